/**
 * `npm run generate`: normalize every API (or the `--api` ones) under the
 * specs folder and write `<out>/<api>/`: the normalized `openapi.yaml`, its
 * normalization report, the client package built from it (sources and
 * `dist/`), and a CHANGELOG entry when the document changed.
 *
 * Everything is built in a temporary folder first. Writing swaps it into
 * place only when every step of every selected API succeeded, then records
 * the provenance of each raw file that changed (`specs/<api>/provenance.yaml`);
 * `check` compares it with the output folder instead, fails first when a raw
 * file no longer matches its provenance, and writes nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_API_REFERENCE, PACKAGE_FILE, PACKAGE_README } from './codegen/files.js';
import type { PackageContext, PackageStep } from './codegen/write-package.js';
import { count } from './count.js';
import { sha256 } from './sha256.js';
import { isOwnBug, pointerOf, StepFailure } from './step-failure.js';
import { firstLine, printable, SpecError } from './errors.js';
import { FileRefused, readRegularFile } from './ingest/input-file.js';
import { MAX_SOURCE_BYTES } from './ingest/source.js';
import { isObject, type JsonObject } from './openapi/types.js';
import { discoverManifests, displayPath, selectManifests, type Manifest } from './manifest.js';
import { buildApiModel } from './model/build.js';
import { derivedErrorsLine } from './model/error-shape.js';
import type { ApiModel } from './model/types.js';
import { normalizeApi, type NormalizedApi } from './normalize/pipeline.js';
import type { Warning } from './normalize/report.js';
import { recoverOutput, replaceDirectory, swapFolders } from './output/atomic-dir.js';
import { carryOver } from './output/carry-over.js';
import { checkFolders, MARKER_FILE, MARKER_TEXT } from './output/output-folder.js';
import { removeAbandoned, removeOnExit } from './output/temp-folders.js';
import { outputWriteError, type StandIn } from './output/write-error.js';
import { toYaml } from './output/yaml-writer.js';
import { compareDocuments, type Change } from './regenerate/changes.js';
import { acceptCommand, CHANGELOG_HEADER, changelogEntry, reportLines } from './regenerate/change-report.js';
import { changeLine } from './regenerate/change-entry.js';
import { compareTrees, type Drift } from './regenerate/drift.js';
import { nextRelease, type Release } from './regenerate/version.js';
import { checkProvenance, planChangesFile, planProvenance, provenanceError, type ProvenanceChange, type ProvenancePlan } from './regenerate/provenance.js';
import { PROVENANCE_FILE, writeProvenance } from './regenerate/provenance-file.js';

export { CLIENT_FILE, ENUMS_FILE, INDEX_FILE, PACKAGE_FILE, RUNTIME_DIR, TYPES_FILE } from './codegen/files.js';

export const NORMALIZED_FILE = 'openapi.yaml';
export const REPORT_FILE = 'normalization-report.json';
export const CHANGELOG_FILE = 'CHANGELOG.md';

/** What an API's output folder holds (its package's `src/` and `dist/` included). */
const API_OUTPUT_ENTRIES = { allowed: [NORMALIZED_FILE, REPORT_FILE, CHANGELOG_FILE, PACKAGE_FILE, PACKAGE_README, PACKAGE_API_REFERENCE, 'src', 'dist'], required: [NORMALIZED_FILE, REPORT_FILE] };

/** `--check` builds in `<tmpdir>/openapi-clients-check-<pid>-…`: the process id tells a later run whose it was. */
const CHECK_PREFIX = 'openapi-clients-check-';

/** The steps of one API, in order. */
export const STEPS = ['normalize', 'document', 'types', 'client', 'build', 'changes'] as const;
export type Step = (typeof STEPS)[number];

export interface StepEvent {
  api: string;
  step: Step;
  /** Milliseconds the step took. */
  ms: number;
}

export interface GenerateOptions {
  specsDir: string;
  outDir: string;
  /** Only these APIs (folder names); the others' output is kept as it is. */
  apis?: string[];
  /** Compare with `outDir` instead of writing it. */
  check?: boolean;
  /** Refuse to write when a document changed in a way that breaks clients. */
  failOnBreaking?: boolean;
  /** Human-readable summary lines. */
  log?: (line: string) => void;
  /** Called and awaited before each step; throwing fails the run there (tests use it to prove nothing is written, and to pause a run). */
  beforeStep?: (api: string, step: Step | PackageStep) => void | Promise<void>;
  /** Called after each step with its duration. */
  afterStep?: (event: StepEvent) => void;
}

export interface ApiOutcome extends NormalizedApi {
  /** What changed since the previous document in the output folder (empty when it did not change or there was none). */
  changes: Change[];
  documentChanged: boolean;
  /** The package version this run writes, and what the change report called for. */
  release: Release;
  /** Why the previous document could not be compared (it no longer parses, say); regenerating replaces it. */
  previousUnreadable?: string;
  /** The API's operation model, built once from the normalized document and the manifest: what the package and the summary were made from. */
  model: ApiModel;
  /** Raw files whose provenance record this run wrote (none with `check`). */
  provenance: ProvenanceChange[];
}

export interface GenerateResult {
  apis: ApiOutcome[];
  /** With `check`: every file that differs from the output folder. */
  drift: Drift[];
}

/**
 * A document changed in a way that breaks clients, and `failOnBreaking` was
 * set. The message is one line: how many, the releases they would make, and
 * the command that accepts them; `details` lists the breaking entries, one
 * line each, for the CLI to print before it.
 */
export class BreakingChangesError extends Error {
  override readonly name = 'BreakingChangesError';
  readonly details: string[];
  constructor(readonly outcomes: ApiOutcome[], folders: { specs: string; out: string }) {
    const breaking = outcomes
      .map((outcome) => ({ outcome, changes: outcome.changes.filter((change) => change.kind === 'breaking') }))
      .filter(({ changes }) => changes.length > 0);
    const total = breaking.reduce((sum, { changes }) => sum + changes.length, 0);
    const releases = breaking.map(({ outcome: { manifest, release } }) => `${manifest.name} ${release.previous === undefined ? '' : `${release.previous} → `}${release.version}`).join(', ');
    const command = acceptCommand({ apis: breaking.map(({ outcome }) => outcome.manifest.name), ...folders });
    super(printable(`${count(total, 'breaking change')} (${releases}), nothing written (--fail-on-breaking); to accept, run \`${command}\` and commit the result`));
    this.details = breaking.flatMap(({ outcome, changes }) => changes.map((change) => printable(`  ${outcome.manifest.name}: ${changeLine(change)}`)));
  }
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { outDir, standIns } = prepareOutput(options);
  const manifests = selectManifests(discoverManifests(options.specsDir), options.apis, options.specsDir);
  if (manifests.length === 0) throw new SpecError(displayPath(options.specsDir), {}, `no API folder (a folder holding manifest.yaml) in the specs folder: nothing to generate, ${displayPath(options.outDir)} left as it is`);
  // A raw file that changed without a regenerate fails --check before anything is built.
  if (options.check) {
    const problems = manifests.flatMap(checkProvenance);
    if (problems.length > 0) throw provenanceError(problems);
  }
  // Read (and validated) before the run: a bad provenance file fails it before anything is built.
  const provenance = new Map<string, ProvenancePlan>(options.check ? [] : manifests.map((manifest) => [manifest.name, planProvenance(manifest)]));
  const outcomes: ApiOutcome[] = [];
  const tools = new CodegenTools();
  const build = async (tempDir: string) => {
    // With --api, the other APIs' output is carried over unchanged.
    if (options.apis && existsSync(outDir)) carryOver(outDir, tempDir, displayPath);
    writeFileSync(join(tempDir, MARKER_FILE), MARKER_TEXT);
    // One API at a time on this thread; its package compiles in the builder's
    // worker (then its changes are recorded) while the next API is generated.
    const finishing: Array<Promise<ApiOutcome>> = [];
    for (const manifest of manifests) finishing.push((await buildApi(manifest, tempDir, outDir, options, tools)).finished);
    outcomes.push(...(await Promise.all(finishing)).map((outcome) => ({ ...outcome, provenance: provenance.get(outcome.manifest.name)?.changes ?? [] })));
    if (options.failOnBreaking && outcomes.some((outcome) => outcome.changes.some((change) => change.kind === 'breaking'))) {
      throw new BreakingChangesError(outcomes, { specs: displayPath(options.specsDir), out: displayPath(options.outDir) });
    }
    // Every step succeeded: the records are written just before the output is swapped in (so a run killed
    // between the swap's renames, which the next run finishes, has recorded them), and undone if the swap fails.
    if (!options.check) {
      for (const manifest of manifests) {
        const plan = provenance.get(manifest.name)!;
        if (planChangesFile(plan)) undoProvenance.push(writeProvenance(manifest, plan.records));
      }
    }
  };
  const undoProvenance: Array<() => void> = [];

  try {
    if (options.check) {
      const checkPrefix = join(tmpdir(), `${CHECK_PREFIX}${process.pid}-`);
      const checkCopy = { shownAs: options.outDir, note: 'in the --check copy in the system temporary folder' };
      standIns.push({ temp: checkPrefix, ...checkCopy });
      const tempDir = mkdtempSync(checkPrefix);
      standIns.unshift({ temp: tempDir, ...checkCopy });
      const pending = removeOnExit(tempDir);
      try {
        await build(tempDir);
        return { apis: outcomes, drift: compareTrees(outDir, tempDir) };
      } finally {
        rmSync(tempDir, { recursive: true, force: true });
        pending.release();
      }
    }
    try {
      await replaceDirectory(outDir, build);
    } catch (error) {
      // A failed run records nothing.
      for (const undo of undoProvenance.reverse()) undo();
      throw error;
    }
  } catch (error) {
    throw outputWriteError(error, standIns, displayPath) ?? error;
  } finally {
    await tools.close();
  }
  for (const outcome of outcomes) for (const line of summarize(outcome)) options.log?.(line);
  return { apis: outcomes, drift: [] };
}

/**
 * Refuses folders a run must not write, then puts right whatever killed runs
 * left (an interrupted swap, temporary folders), whether or not this run
 * then succeeds. Returns the output folder to write (symlinks resolved) and
 * the temporary paths that stand for it in error messages.
 */
function prepareOutput(options: GenerateOptions): { outDir: string; standIns: StandIn[] } {
  const { outDir } = checkFolders({ specsDir: options.specsDir, outDir: options.outDir, apiOutputEntries: API_OUTPUT_ENTRIES, show: displayPath });
  const { temp, old, lock } = swapFolders(outDir, process.pid);
  const standIns: StandIn[] = [temp, old, lock].map((path) => ({ temp: path, shownAs: options.outDir }));
  try {
    recoverOutput(outDir);
  } catch (error) {
    throw outputWriteError(error, standIns, displayPath) ?? error;
  }
  removeAbandoned(tmpdir(), (name) => (name.startsWith(CHECK_PREFIX) ? Number(name.slice(CHECK_PREFIX.length).split('-')[0]) || undefined : undefined));
  return { outDir, standIns };
}

/**
 * The generators (ts-morph, the TypeScript compiler, openapi-typescript) are
 * loaded on first use, after a document normalized: a run that fails on bad
 * input exits without paying a second for them. The builder is created
 * first: when its cache is empty it starts the compiler's worker at once,
 * so the compiler loads there while ts-morph loads here.
 */
class CodegenTools {
  private loaded?: Promise<{ write: typeof import('./codegen/write-package.js').writeClientPackage; tools: Pick<PackageContext, 'project' | 'builder'> }>;

  load() {
    this.loaded ??= (async () => {
      const builder = new (await import('./codegen/build.js')).PackageBuilder();
      const { writeClientPackage, createProject } = await import('./codegen/write-package.js');
      return { write: writeClientPackage, tools: { project: createProject(), builder } };
    })();
    return this.loaded;
  }

  /** Stops the builder's worker, if it started. */
  async close(): Promise<void> {
    const loaded = await this.loaded?.catch(() => undefined);
    await loaded?.tools.builder.close();
  }
}

/** Generates one API's sources; `finished` is the rest (package build, change report). */
async function buildApi(manifest: Manifest, tempDir: string, outDir: string, options: GenerateOptions, codegen: CodegenTools): Promise<{ finished: Promise<ApiOutcome> }> {
  let model: ApiModel | undefined;
  // A bug of ours, in any step: one line naming the API's raw source and, when known, the pointer behind it.
  const guarded = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (!isOwnBug(error)) throw error;
      throw new StepFailure(name, rawSourceName(manifest), pointerOf(error, model), firstLine(error.message), error);
    }
  };
  const step = <T>(name: Step | PackageStep, run: () => T | Promise<T>): Promise<T> =>
    guarded(name, async () => {
      await options.beforeStep?.(manifest.name, name);
      const started = performance.now();
      const result = await run();
      options.afterStep?.({ api: manifest.name, step: name, ms: Math.round(performance.now() - started) });
      return result;
    });
  const apiDir = join(tempDir, manifest.name);
  const normalized = await step('normalize', () => normalizeApi(manifest));
  model = await guarded('the operation model', () => buildApiModel(normalized.manifest, normalized.document));
  const clientMethods = new Map(model.operations.map((operation) => [operation.id, operation.methodName]));
  const documentText = await step('document', () => {
    const text = toYaml(normalized.document);
    // --api copied the previous output in: start this API's folder afresh.
    rmSync(apiDir, { recursive: true, force: true });
    mkdirSync(apiDir, { recursive: true });
    writeFileSync(join(apiDir, NORMALIZED_FILE), text);
    writeFileSync(join(apiDir, REPORT_FILE), `${JSON.stringify(normalized.report, null, 2)}\n`);
    return text;
  });
  // The package's version follows the change report, so the comparison comes before the package is written.
  const previousDir = join(outDir, manifest.name);
  const comparison = await guarded('changes', () => compareWithPrevious(previousDir, normalized, documentText, model!.names.version, clientMethods));
  model = { ...model!, names: { ...model!.names, version: comparison.release.version } };
  const { write, tools } = await codegen.load();
  const { built } = await write(apiDir, model, { text: documentText, path: NORMALIZED_FILE }, { ...tools, step });
  const finished = built.then(async () => ({ ...(await step('changes', () => recordChanges(previousDir, apiDir, comparison))), model: model!, provenance: [] }));
  // Awaited with the other APIs; a failure meanwhile is not an unhandled rejection.
  finished.catch(() => undefined);
  return { finished };
}

/** What a failure of an API names: its one raw source, or its manifest when it merges several. */
function rawSourceName(manifest: Manifest): string {
  return manifest.sources.length === 1 ? displayPath(join(manifest.dir, manifest.sources[0]!.file)) : displayPath(join(manifest.dir, 'manifest.yaml'));
}

interface Comparison extends Omit<ApiOutcome, 'model' | 'provenance'> {
  previousText?: string;
  nextText: string;
}

/**
 * Compares with the document in the output folder and decides the
 * package's release (src/regenerate/version.ts) from the version its
 * package.json was generated with. A previous document that no longer
 * parses (a hand edit, a bad merge) does not block regenerating: it is
 * replaced, and the release counts it as breaking.
 */
function compareWithPrevious(previousDir: string, normalized: NormalizedApi, documentText: string, configured: string, clientMethods: ReadonlyMap<string, string>): Comparison {
  const previous = readPreviousDocument(join(previousDir, NORMALIZED_FILE), normalized.document, documentText, clientMethods);
  const documentChanged = previous.unreadable !== undefined || (previous.text !== undefined && previous.text !== documentText);
  const { changes = [], unreadable: previousUnreadable } = previous;
  const release = nextRelease({ previous: readPreviousVersion(join(previousDir, PACKAGE_FILE)), configured, documentChanged, changes, comparable: previousUnreadable === undefined });
  return {
    ...normalized,
    changes,
    documentChanged,
    release,
    nextText: documentText,
    ...(previous.text === undefined ? {} : { previousText: previous.text }),
    ...(previousUnreadable === undefined ? {} : { previousUnreadable }),
  };
}

/** Carries the CHANGELOG over, and appends an entry, headed by the release, when the document changed. */
function recordChanges(previousDir: string, apiDir: string, { previousText, nextText, ...outcome }: Comparison): Omit<ApiOutcome, 'model' | 'provenance'> {
  const changelog = readChangelog(join(previousDir, CHANGELOG_FILE));
  if (outcome.documentChanged) {
    const entry = changelogEntry({
      ...(previousText === undefined || outcome.previousUnreadable !== undefined ? {} : { previousSha: sha256(previousText) }),
      nextSha: sha256(nextText),
      report: outcome,
    });
    writeFileSync(join(apiDir, CHANGELOG_FILE), `${changelog ?? CHANGELOG_HEADER}\n${entry}`);
  } else if (changelog !== undefined) {
    writeFileSync(join(apiDir, CHANGELOG_FILE), changelog);
  }
  return outcome;
}

/** The version the previous output's package was generated with; absent when there is none, or it holds no version. */
function readPreviousVersion(file: string): string | undefined {
  let text: string | undefined;
  try {
    text = readPrevious(file);
  } catch (error) {
    if (error instanceof FileRefused) return undefined;
    throw error;
  }
  try {
    const version: unknown = text === undefined ? undefined : (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The previous document, and how it differs from `next` when its text does;
 * or why it could not be read or compared (not a regular file, no longer
 * parses).
 */
function readPreviousDocument(file: string, next: JsonObject, nextText: string, clientMethods: ReadonlyMap<string, string>): { text?: string; changes?: Change[]; unreadable?: string } {
  let text: string | undefined;
  try {
    text = readPrevious(file);
  } catch (error) {
    if (error instanceof FileRefused) return { unreadable: `${NORMALIZED_FILE} ${error.message}` };
    throw error;
  }
  if (text === undefined || text === nextText) return { text };
  try {
    const previous: unknown = parse(text);
    if (!isObject(previous)) throw new Error('not a mapping');
    return { text, changes: compareDocuments(previous, next, { clientMethod: (id) => clientMethods.get(id) ?? (id === '' ? undefined : id) }) };
  } catch (error) {
    return { text, unreadable: `${NORMALIZED_FILE} no longer parses: ${firstLine((error as Error).message)}` };
  }
}

function readChangelog(file: string): string | undefined {
  try {
    return readPrevious(file);
  } catch (error) {
    throw error instanceof FileRefused ? new SpecError(displayPath(file), {}, `cannot carry the change log over: file ${error.message}`) : error;
  }
}

/** A file of the previous output, or undefined when there is none; only a regular file, of bounded size. */
function readPrevious(file: string): string | undefined {
  try {
    return readRegularFile(file, MAX_SOURCE_BYTES).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The CLI shows this many pointers of a warning kind; the report and `--json` keep them all. */
export const WARNING_POINTERS_SHOWN = 3;

/**
 * One line per warning kind (a Redocly rule, a pass's warning), not one per
 * place: the count, the first pointers and the first message. A kind seen
 * once reads as before: its pointer and message.
 */
export function warningLines(warnings: readonly Warning[]): string[] {
  const byKind = new Map<string, { pointers: string[]; message: string }>();
  for (const warning of warnings) {
    const pointers = 'pointers' in warning ? warning.pointers : [warning.pointer];
    const seen = byKind.get(warning.kind);
    if (seen) seen.pointers.push(...pointers);
    else byKind.set(warning.kind, { pointers: [...pointers], message: warning.message });
  }
  return [...byKind].map(([kind, { pointers, message }]) => {
    if (pointers.length === 1) return `  warning ${kind} at #${pointers[0]}: ${message}`;
    const shown = pointers.slice(0, WARNING_POINTERS_SHOWN).map((pointer) => `#${pointer}`).join(', ');
    const more = pointers.length > WARNING_POINTERS_SHOWN ? ` and ${pointers.length - WARNING_POINTERS_SHOWN} more` : '';
    return `  warning ${kind}: ${pointers.length} times, at ${shown}${more}; first: ${message}`;
  });
}

/** What a maintainer wants to see per API: sources, fixes with counts, warnings, the package, the changes. */
export function summarize(outcome: ApiOutcome): string[] {
  const { report, model } = outcome;
  const { names, operations, waiters, renamedMethods } = model;
  const lines = [`${names.api}: ${count(operations.length, 'operation')} → ${names.api}/${NORMALIZED_FILE}`];
  lines.push(`  sources: ${report.sources.join(', ')}`);
  if (report.overlays.length > 0) lines.push(`  overlays: ${report.overlays.join(', ')}`);
  const { checked, superseded = 0 } = report.lossless;
  lines.push(`  lossless: ${count(checked - superseded, 'fact')} of the sources found in the result${superseded > 0 ? `, ${superseded} superseded by the winning source (explained by the drift entries)` : ''}`);
  const drift = report.documentationDrift();
  if (drift.definitions.length > 0) {
    const pages = [...new Set(drift.definitions.map(({ source }) => source))].length;
    lines.push(`  drift: ${count(drift.disagreements, 'disagreement')} in ${count(drift.definitions.length, 'definition')} between ${count(pages, 'page')} and ${drift.definitions[0]!.winner}, which wins (listed in ${names.api}/${REPORT_FILE}, documentationDrift)`);
  }
  lines.push(`  package: ${names.package}@${names.version}, ${names.factory} with ${count(operations.length, 'operation method')}${waiters.length > 0 ? ` and ${waiters.map((waiter) => waiter.name).join(', ')}` : ''} → ${names.api}/dist`);
  if (model.errors.derived) lines.push(`  ${derivedErrorsLine(model.errors)}`);
  for (const rename of renamedMethods) lines.push(`  method ${rename.methodName}: operationId ${JSON.stringify(rename.operationId)} renamed (${rename.reason})`);
  for (const [kind, count] of report.fixCounts()) lines.push(`  fix ${kind}: ${count}`);
  lines.push(...warningLines(report.warnings));
  lines.push(...changeLines(outcome));
  // Names, warnings and changes quote the spec: one printable line each.
  return lines.map(printable);
}

/** What changed since the previous output, and the version that follows: printed even when the run is otherwise brief. */
export function changeLines(outcome: ApiOutcome): string[] {
  const { names } = outcome.model;
  const sha = (hash: string) => hash.slice(0, 12);
  const provenance = outcome.provenance.map(({ file, previousSha256, record }) =>
    `  provenance: ${file} ${previousSha256 === undefined ? 'recorded' : previousSha256 === record.sha256 ? 'URL changed' : `changed (sha256 ${sha(previousSha256)} → ${sha(record.sha256)})`}, ${record.recorded} UTC (${names.api} ${PROVENANCE_FILE})`);
  return [...reportLines(outcome, `${names.api}/${CHANGELOG_FILE}`), ...provenance].map(printable);
}
