/**
 * The provenance of an API's raw files (sources and references): what
 * `generate` records when a file changes, and the check `generate --check`
 * and `npm test` make of the files against that record. A vendor update is
 * a normal event: replace the page, regenerate, and the record follows.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { SpecError } from '../errors.js';
import { loadBytes } from '../ingest/source.js';
import { displayPath, readableFolders, type Manifest, type ManifestFile } from '../manifest.js';
import { PROVENANCE_FILE, provenancePath, readProvenance, type FileRecord, type ProvenanceRecords } from './provenance-file.js';

export { PROVENANCE_FILE } from './provenance-file.js';

/** One raw file whose record this run writes: new, or its sha256 or URL changed. */
export interface ProvenanceChange {
  /** As the manifest lists it: `raw/v2-run-workflow-task.md`. */
  file: string;
  /** The sha256 recorded before, absent for a file recorded for the first time. */
  previousSha256?: string;
  record: FileRecord;
}

/** What a run does to one API's record. */
export interface ProvenancePlan {
  records: ProvenanceRecords;
  changes: ProvenanceChange[];
  /** Records of files the manifest no longer lists (dropped on write). */
  dropped: string[];
}

/** A raw file that does not match its record: `file` is the path to show, `reason` the rest of the line. */
export interface ProvenanceProblem {
  file: string;
  reason: string;
}

/** Today's UTC date, as records write it. */
export function utcDate(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The records after this run: a file whose sha256 or URL differs from its
 * record gets a new one dated `today`, keeping the original it was first
 * taken from; every other record is kept as it is (so regenerating
 * unchanged sources writes nothing).
 */
export function planProvenance(manifest: Manifest, today: string = utcDate()): ProvenancePlan {
  const previous = readProvenance(manifest);
  const records: ProvenanceRecords = new Map();
  const changes: ProvenanceChange[] = [];
  for (const entry of rawFiles(manifest)) {
    const sha256 = rawFileSha256(manifest, entry.file);
    const before = previous.get(entry.file);
    if (before && before.sha256 === sha256 && before.url === entry.url) {
      records.set(entry.file, before);
      continue;
    }
    const original = before ? before.original : originalOf(entry, sha256);
    const record: FileRecord = { ...(entry.url === undefined ? {} : { url: entry.url }), sha256, recorded: today, ...(original === undefined ? {} : { original }) };
    records.set(entry.file, record);
    changes.push({ file: entry.file, ...(before === undefined ? {} : { previousSha256: before.sha256 }), record });
  }
  const dropped = [...previous.keys()].filter((file) => !records.has(file));
  return { records, changes, dropped };
}

/** True when the plan changes the file (a changed, new or dropped record). */
export function planChangesFile(plan: ProvenancePlan): boolean {
  return plan.changes.length > 0 || plan.dropped.length > 0;
}

/**
 * Every way the API's raw files differ from their record, one line each
 * (empty when they all match): what `generate --check` fails on and what
 * `npm test` checks.
 */
export function checkProvenance(manifest: Manifest): ProvenanceProblem[] {
  const record = displayPath(provenancePath(manifest));
  const plan = planProvenance(manifest);
  const problems: ProvenanceProblem[] = plan.changes.map(({ file, previousSha256, record: next }) => {
    const shown = displayPath(join(manifest.dir, file));
    if (previousSha256 === undefined) return { file: shown, reason: `has no provenance record in ${record}; run generate` };
    if (previousSha256 !== next.sha256) return { file: shown, reason: `changed since its provenance was recorded in ${record}; run generate` };
    return { file: shown, reason: `its url in ${PROVENANCE_FILE} is not the manifest's; run generate` };
  });
  for (const file of plan.dropped) problems.push({ file: record, reason: `records ${JSON.stringify(file)}, which the manifest no longer lists; run generate` });
  return problems;
}

/** `checkProvenance`'s problems as the one error line of a failed `--check`. */
export function provenanceError(problems: ProvenanceProblem[]): SpecError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new SpecError(first!.file, {}, `${first!.reason}${more}`);
}

/** The files a record is kept for: every source and reference, in the manifest's order. */
function rawFiles(manifest: Manifest): ManifestFile[] {
  return [...manifest.sources, ...manifest.references];
}

/** The copy the file is first recorded from, when the manifest names one (`seed:` or `upstream:`). */
function originalOf(entry: ManifestFile, sha256: string): FileRecord['original'] {
  if (entry.seed !== undefined) return { seed: entry.seed, sha256 };
  if (entry.upstream !== undefined) return { upstream: entry.upstream, sha256 };
  return undefined;
}

/** The sha256 of a raw file's bytes, read as a source is (src/ingest/source.ts): inside the API's folders, a regular file, bounded. */
export function rawFileSha256(manifest: Manifest, file: string): string {
  const bytes = loadBytes(displayPath(join(manifest.dir, file)), readableFolders(manifest.dir));
  return createHash('sha256').update(bytes).digest('hex');
}
