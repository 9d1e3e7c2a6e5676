/**
 * The change report of one API, written three ways from the same entries
 * (change-entry.ts): terminal lines, a CHANGELOG.md section and the `--json`
 * object. Each starts with the release it makes and why
 * (`0.1.0 → 0.2.0: breaking changes below 1.0 bump the minor`), then counts
 * the entries by kind, then lists them, breaking first, one line each, the
 * same line in all three.
 */
import { CHANGE_KINDS, changeLine, type Change, type ChangeKind } from './change-entry.js';
import type { Release } from './version.js';
import { shellQuote } from '../shell-quote.js';

export const CHANGELOG_HEADER = '# Changes to the normalized document\n\nAppended by `npm run generate` each time `openapi.yaml` changes, headed by the package version it released; newest last.\n';

/** What a run found for one API (a part of its outcome). */
export interface ReportInput {
  changes: readonly Change[];
  documentChanged: boolean;
  release: Release;
  /** Why the previous document could not be compared; it was replaced. */
  previousUnreadable?: string;
}

/** `0.1.0 → 0.2.0: breaking changes below 1.0 bump the minor`; undefined when nothing was released. */
export function releaseLine(release: Release): string | undefined {
  if (release.kind === undefined) return undefined;
  return `${release.previous === undefined ? '' : `${release.previous} → `}${release.version}: ${release.why ?? release.kind}`;
}

/** `1 breaking, 2 additive, 0 documentation`. */
export function countsText(changes: readonly Change[]): string {
  return CHANGE_KINDS.map((kind) => `${changes.filter((change) => change.kind === kind).length} ${kind}`).join(', ');
}

/** The terminal's lines (indented under the API's summary), `changelog` naming the file the entry was appended to. */
export function reportLines({ changes, documentChanged, release, previousUnreadable }: ReportInput, changelog: string): string[] {
  const released = releaseLine(release);
  const lines = released === undefined ? [] : [`  version: ${released}`];
  if (previousUnreadable !== undefined) return [...lines, `  changed: the previous document could not be compared (${previousUnreadable}); it was replaced (noted in ${changelog})`];
  if (!documentChanged) return lines;
  return [...lines, `  changed: ${countsText(changes)} (appended to ${changelog})`, ...changes.map((change) => `    ${changeLine(change)}`)];
}

/**
 * A CHANGELOG section: the version, the release line, the two documents'
 * hashes (deterministic, no dates), the counts and the entries with their
 * pointers. `previousSha` is absent when the previous document could not
 * be compared.
 */
export function changelogEntry({ previousSha, nextSha, report }: { previousSha?: string; nextSha: string; report: ReportInput }): string {
  const { changes, release, previousUnreadable } = report;
  const heading = [`## ${release.version}`, '', `${releaseLine(release) ?? release.version}.`, '', `openapi.yaml ${previousSha === undefined ? '(unreadable)' : previousSha.slice(0, 12)} → ${nextSha.slice(0, 12)}`, ''];
  if (previousUnreadable !== undefined) return [...heading, `The previous document could not be compared (${previousUnreadable}); it was replaced.`, ''].join('\n');
  if (changes.length === 0) return [...heading, 'No difference between the documents’ contents (key order or formatting only).', ''].join('\n');
  return [...heading, `${countsText(changes)}:`, '', ...changes.map((change) => `- ${changeLine(change)} (\`#${change.pointer}\`)`), ''].join('\n');
}

export interface ReportJson {
  documentChanged: boolean;
  /** Absent when the document did not change: nothing was released. */
  release?: { version: string; previous: string | null; kind: ChangeKind; why: string; line: string };
  counts: Record<ChangeKind, number>;
  previousUnreadable?: string;
  /** Each entry, with `line`: its text as the terminal and CHANGELOG.md print it. */
  changes: Array<Change & { line: string }>;
}

/** The report as `--json` gives it. */
export function reportJson({ changes, documentChanged, release, previousUnreadable }: ReportInput): ReportJson {
  const line = releaseLine(release);
  return {
    documentChanged,
    ...(release.kind === undefined || line === undefined ? {} : { release: { version: release.version, previous: release.previous ?? null, kind: release.kind, why: release.why ?? release.kind, line } }),
    counts: Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, changes.filter((change) => change.kind === kind).length])) as Record<ChangeKind, number>,
    ...(previousUnreadable === undefined ? {} : { previousUnreadable }),
    changes: changes.map((change) => ({ ...change, line: changeLine(change) })),
  };
}

/** The command that regenerates `apis` accepting their breaking changes: the same run, without `--fail-on-breaking`. */
export function acceptCommand({ apis, specs, out }: { apis: readonly string[]; specs: string; out: string }): string {
  const options = [...apis.map((api) => `--api ${shellQuote(api)}`), ...(specs === 'specs' ? [] : [`--specs ${shellQuote(specs)}`]), ...(out === 'generated' ? [] : [`--out ${shellQuote(out)}`])];
  return `npm run generate -- ${options.join(' ')}`;
}

