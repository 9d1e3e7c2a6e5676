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
import type { Change } from './changes.js';

export type ReleaseKind = 'breaking' | 'additive' | 'documentation';

export interface Release {
  version: string;
  /** What the change report called for; absent when the document did not change. */
  kind?: ReleaseKind;
  /** The version the previous package had, when this one follows from it. */
  previous?: string;
  /** One line for the CHANGELOG heading: `breaking: [Removed] operation POST /v1/task (method createTask), and 2 more`. */
  reason?: string;
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
  const version = base === undefined ? configured : atLeast(inc(base, bumpOf(kind, major(base) === 0))!, configured);
  return { version, kind, reason: reasonOf(kind, changes, comparable), ...(base === undefined ? {} : { previous: base }) };
}

function releaseKind(changes: readonly Change[], comparable: boolean): ReleaseKind {
  if (!comparable || changes.some((change) => change.breaking)) return 'breaking';
  return changes.some((change) => !change.documentation) ? 'additive' : 'documentation';
}

function bumpOf(kind: ReleaseKind, belowOne: boolean): 'major' | 'minor' | 'patch' {
  if (kind === 'breaking') return belowOne ? 'minor' : 'major';
  if (kind === 'additive') return belowOne ? 'patch' : 'minor';
  return 'patch';
}

function atLeast(version: string, floor: string): string {
  return gt(floor, version) ? floor : version;
}

function reasonOf(kind: ReleaseKind, changes: readonly Change[], comparable: boolean): string {
  if (!comparable) return 'breaking: the previous document could not be compared';
  if (kind === 'documentation') return 'documentation only: no change a client compiles against';
  const shown = changes.filter((change) => (kind === 'breaking' ? change.breaking : !change.documentation));
  const more = shown.length > 1 ? `, and ${shown.length - 1} more` : '';
  return `${kind}: ${shown[0]!.description}${more}`;
}
