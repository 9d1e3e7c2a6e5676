/**
 * The package's version follows its document: each regeneration that
 * changes `openapi.yaml` bumps the version the previous output was
 * published with (its committed `package.json`) by what the change report
 * found, as semver says:
 *
 * | change report            | 1.0.0 and up | below 1.0.0 |
 * |--------------------------|--------------|-------------|
 * | a breaking change        | major        | minor       |
 * | additions only           | minor        | patch       |
 * | documentation only       | patch        | patch       |
 *
 * Documentation is what api-smart-diff calls an annotation (descriptions,
 * summaries, examples) and a change of key order or formatting only.
 *
 * Below 1.0 a caret range (`^0.2.0`) accepts only patches, so a breaking
 * change must move the minor. A previous document that could not be
 * compared counts as breaking: nothing shows it is not. The manifest's
 * `client.version` is the first version and a floor: raising it by hand
 * releases that version. Unchanged sources change nothing.
 */
import { gt, inc, major, valid } from 'semver';
import type { Change, ChangeKind } from './changes.js';

export type ReleaseKind = ChangeKind;

export interface Release {
  version: string;
  /** What the change report called for; absent when the document did not change. */
  kind?: ReleaseKind;
  /** The version the previous package had, when this one follows from it. */
  previous?: string;
  /** Why this version, for the report's header: `breaking changes below 1.0 bump the minor`. */
  why?: string;
}

/** The release a regeneration makes (`previous` is the last generated package.json's version, if it had a valid one). */
export function nextRelease({ previous, configured, documentChanged, changes, comparable }: {
  previous: string | undefined;
  configured: string;
  documentChanged: boolean;
  changes: readonly Change[];
  /** False when the previous document could not be read or parsed. */
  comparable: boolean;
}): Release {
  // No previous package (a first run, or output written before versions followed the document): the manifest's version.
  const base = previous !== undefined && valid(previous) === previous ? previous : undefined;
  if (!documentChanged) return { version: base === undefined ? configured : atLeast(base, configured) };
  const kind = releaseKind(changes, comparable);
  const uncompared = comparable ? '' : 'the previous document could not be compared, so it counts as breaking; ';
  if (base === undefined) return { version: configured, kind, why: `${uncompared}no previous package.json: the manifest's client.version` };
  const belowOne = major(base) === 0;
  const bumped = inc(base, bumpOf(kind, belowOne))!;
  const version = atLeast(bumped, configured);
  const why = version === bumped ? RULES[kind](belowOne) : `the manifest's client.version ${configured} is above ${bumped} (${RULES[kind](belowOne)}), so it is released as set`;
  return { version, kind, why: uncompared + why, previous: base };
}

/** Each kind's semver rule, as the report's header says it. */
const RULES: Record<ReleaseKind, (belowOne: boolean) => string> = {
  breaking: (belowOne) => (belowOne ? 'breaking changes below 1.0 bump the minor' : 'breaking changes bump the major'),
  additive: (belowOne) => (belowOne ? 'additions below 1.0 bump the patch' : 'additions bump the minor'),
  documentation: () => 'documentation-only changes bump the patch',
};

function releaseKind(changes: readonly Change[], comparable: boolean): ReleaseKind {
  if (!comparable || changes.some((change) => change.kind === 'breaking')) return 'breaking';
  return changes.some((change) => change.kind === 'additive') ? 'additive' : 'documentation';
}

function bumpOf(kind: ReleaseKind, belowOne: boolean): 'major' | 'minor' | 'patch' {
  if (kind === 'breaking') return belowOne ? 'minor' : 'major';
  if (kind === 'additive') return belowOne ? 'patch' : 'minor';
  return 'patch';
}

function atLeast(version: string, floor: string): string {
  return gt(floor, version) ? floor : version;
}
