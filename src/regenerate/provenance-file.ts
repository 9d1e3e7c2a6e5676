/**
 * `specs/<api>/provenance.yaml`: where each raw file of an API came from,
 * its sha256 and the UTC date that was recorded, written by `generate`.
 * The file sits in a specs folder, so it is read as untrusted input like a
 * manifest: inside the API folder only, bounded, every field checked, one
 * line naming the file, line and pointer for anything unexpected.
 */
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errnoMeaning } from '../ingest/input-file.js';
import { loadSource } from '../ingest/source.js';
import { SpecError } from '../errors.js';
import { displayPath, readableFolders, type Manifest } from '../manifest.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import { toPointer } from '../openapi/pointer.js';
import { removeAbandoned } from '../output/temp-folders.js';
import { toYaml } from '../output/yaml-writer.js';

export const PROVENANCE_FILE = 'provenance.yaml';

/** The copy a page or document was first taken from: a file of `../shared/seeds` or `../shared/upstream`, and its sha256 then. */
export interface OriginalRecord {
  seed?: string;
  upstream?: string;
  sha256: string;
}

/** One raw file's record. */
export interface FileRecord {
  /** Where it was published (the manifest's `url`), when the manifest names one. */
  url?: string;
  sha256: string;
  /** UTC date (YYYY-MM-DD) this sha256 was recorded. */
  recorded: string;
  /** Kept from the first record on, whatever later updates change. */
  original?: OriginalRecord;
}

/** Records by the file's path as the manifest lists it (`raw/openapi.json`), in the manifest's order. */
export type ProvenanceRecords = Map<string, FileRecord>;

const HEADER = [
  '# Where each raw file of this API came from: its URL, its sha256 and the UTC',
  '# date that was recorded. Written by `npm run generate` when a file changes;',
  '# `npm run generate -- --check` and `npm test` check the files against it.',
  '# `original` is the copy the file was first taken from; it is never rewritten.',
].join('\n');

const SHA256 = /^[0-9a-f]{64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function provenancePath(manifest: Manifest): string {
  return join(manifest.dir, PROVENANCE_FILE);
}

/** The API's records; empty when it has no provenance file yet (a new API). */
export function readProvenance(manifest: Manifest): ProvenanceRecords {
  const path = provenancePath(manifest);
  try {
    lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new SpecError(displayPath(path), {}, `cannot read file: ${errnoMeaning(error)}`);
  }
  const source = loadSource(displayPath(path), readableFolders(manifest.dir));
  const fail = (pointer: string, reason: string): never => {
    throw new SpecError(source.file, source.locate(pointer), reason);
  };
  onlyKeys(source.value, [], ['files'], fail);
  const files = source.value.files;
  if (!isObject(files)) return fail('/files', 'expected a map of raw file (as the manifest lists it) to {url?, sha256, recorded, original?}');
  const records: ProvenanceRecords = new Map();
  for (const [file, entry] of Object.entries(files)) records.set(file, readRecord(entry, ['files', file], fail));
  return records;
}

type Fail = (pointer: string, reason: string) => never;

function readRecord(entry: unknown, at: string[], fail: Fail): FileRecord {
  if (!isObject(entry)) return fail(toPointer(at), 'expected {url?, sha256, recorded, original?}');
  onlyKeys(entry, at, ['url', 'sha256', 'recorded', 'original'], fail);
  const url = entry.url === undefined ? undefined : text(entry, 'url', at, fail);
  const sha256 = hash(entry, at, fail);
  const recorded = text(entry, 'recorded', at, fail);
  if (!DATE.test(recorded) || Number.isNaN(Date.parse(`${recorded}T00:00:00Z`)) || new Date(`${recorded}T00:00:00Z`).toISOString().slice(0, 10) !== recorded) {
    fail(toPointer([...at, 'recorded']), `expected a date such as "2026-01-31", got ${JSON.stringify(recorded)}`);
  }
  const original = entry.original === undefined ? undefined : readOriginal(entry.original, [...at, 'original'], fail);
  return { ...(url === undefined ? {} : { url }), sha256, recorded, ...(original === undefined ? {} : { original }) };
}

function readOriginal(entry: unknown, at: string[], fail: Fail): OriginalRecord {
  if (!isObject(entry)) return fail(toPointer(at), 'expected {seed, sha256} or {upstream, sha256}');
  onlyKeys(entry, at, ['seed', 'upstream', 'sha256'], fail);
  if ((entry.seed === undefined) === (entry.upstream === undefined)) fail(toPointer(at), 'expected exactly one of seed and upstream');
  const name = entry.seed === undefined ? { upstream: text(entry, 'upstream', at, fail) } : { seed: text(entry, 'seed', at, fail) };
  return { ...name, sha256: hash(entry, at, fail) };
}

function onlyKeys(value: JsonObject, at: string[], allowed: string[], fail: Fail): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(toPointer([...at, key]), `unknown field "${key}": expected ${allowed.join(', ')}`);
  }
}

function text(value: JsonObject, key: string, at: string[], fail: Fail): string {
  const field = value[key];
  if (typeof field !== 'string' || field === '' || /[\u0000-\u001f\u007f]/.test(field)) return fail(toPointer([...at, key]), `expected "${key}" as a one-line string`);
  return field;
}

function hash(value: JsonObject, at: string[], fail: Fail): string {
  const field = value.sha256;
  if (typeof field !== 'string' || !SHA256.test(field)) return fail(toPointer([...at, 'sha256']), `expected sha256 as 64 lowercase hex digits, got ${JSON.stringify(field ?? null)}`);
  return field;
}

/** The file's text: the same records always give the same bytes. */
export function provenanceText(records: ProvenanceRecords): string {
  return `${HEADER}\n${toYaml({ files: Object.fromEntries(records) })}`;
}

/**
 * Replaces the provenance file in one rename, so a reader (or a killed run)
 * sees the old records or the new ones, never half a file. Returns what puts
 * the previous file back, for a run that fails after writing it.
 */
export function writeProvenance(manifest: Manifest, records: ProvenanceRecords): () => void {
  const path = provenancePath(manifest);
  let previous: Buffer | undefined;
  try {
    previous = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(path, error);
  }
  replaceFile(path, provenanceText(records));
  return () => (previous === undefined ? rmSync(path, { force: true }) : replaceFile(path, previous));
}

/** A run writes its new record to `.provenance.yaml.tmp-<pid>` first: the pid tells a later run whose it was. */
const TEMP_PREFIX = `.${PROVENANCE_FILE}.tmp-`;

function replaceFile(path: string, content: string | Buffer): void {
  const temp = join(dirname(path), `${TEMP_PREFIX}${process.pid}`);
  // A run killed between its write and its rename left its temporary file: its process is gone, the file goes too.
  removeAbandoned(dirname(path), (name) => (name.startsWith(TEMP_PREFIX) ? Number(name.slice(TEMP_PREFIX.length)) || undefined : undefined));
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeError(path, error);
  }
}

function writeError(path: string, error: unknown): SpecError {
  return new SpecError(displayPath(path), {}, `cannot write the provenance record: ${errnoMeaning(error)}`);
}
