/**
 * `openapi-clients generate` and `openapi-clients check`: runs the pipeline
 * (src/generate.ts) and tells the person and the machine what happened.
 * Human lines go to stderr, `--json` to stdout, so `… --json | jq` works.
 */
import { watch } from 'node:fs';
import { basename } from 'node:path';
import { count } from '../count.js';
import { firstLine, printable, SpecError } from '../errors.js';
import { displayPath } from '../manifest.js';
import { BreakingChangesError, generate, summarize, type GenerateResult, type Step, type StepEvent } from '../generate.js';
import type { PackageStep } from '../codegen/write-package.js';
import { reportJson } from '../regenerate/change-report.js';
import { PROVENANCE_FILE } from '../regenerate/provenance.js';
import { StepFailure } from '../step-failure.js';
import { EXIT } from './exit-codes.js';
import { briefSummary } from './summary.js';

export interface GenerateCommandOptions {
  specsDir: string;
  outDir: string;
  apis?: string[];
  check: boolean;
  failOnBreaking: boolean;
  /** Only errors. */
  quiet: boolean;
  /** Every fix, warning and step time. */
  verbose: boolean;
  json: boolean;
  watch: boolean;
  /** A bug's stack after its one line. */
  debug: boolean;
  /** Test hook: awaited before each step of each API. */
  beforeStep?: (api: string, step: Step | PackageStep) => void | Promise<void>;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

function progress(options: GenerateCommandOptions) {
  const human = !options.quiet && !options.json;
  // A terminal gets a live line per API, overwritten as steps finish; --verbose keeps each API's times.
  const live = human && process.stderr.isTTY && !process.env.CI;
  const steps = new Map<string, string[]>();
  return (event: StepEvent) => {
    const done = [...(steps.get(event.api) ?? []), `${event.step} ${event.ms} ms`];
    steps.set(event.api, done);
    const line = `${event.api}: ${done.join(', ')}`;
    const last = event.step === 'changes';
    if (live) process.stderr.write(`\r\x1b[2K${last && !options.verbose ? '' : line}${last && options.verbose ? '\n' : ''}`);
    else if (human && options.verbose && last) say(line);
  };
}

function toJson(result: GenerateResult) {
  return {
    ok: result.drift.length === 0,
    apis: result.apis.map(({ report, model, release, ...outcome }) => ({
      name: model.names.api,
      operations: model.operations.length,
      sources: report.sources,
      overlays: report.overlays,
      lossless: report.lossless,
      fixes: Object.fromEntries(report.fixCounts()),
      warnings: report.warnings,
      package: { name: model.names.package, version: model.names.version, renamedMethods: model.renamedMethods, errors: model.errors, ...(release.kind === undefined ? {} : { release: release.kind, previousVersion: release.previous ?? null }) },
      ...reportJson({ ...outcome, release }),
      provenance: outcome.provenance,
    })),
    drift: result.drift,
  };
}

/** One run; returns the exit code. */
async function runOnce(options: GenerateCommandOptions): Promise<number> {
  const human = !options.quiet && !options.json;
  const out = displayPath(options.outDir);
  try {
    const result = await generate({
      specsDir: options.specsDir,
      outDir: options.outDir,
      apis: options.apis,
      check: options.check,
      failOnBreaking: options.failOnBreaking,
      afterStep: progress(options),
      beforeStep: options.beforeStep,
    });
    if (options.json) process.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
    else if (human && !options.check) {
      for (const outcome of result.apis) for (const line of options.verbose ? summarize(outcome) : briefSummary(outcome, out)) say(line);
    }
    if (options.check) {
      for (const drift of result.drift) say(`${drift.kind}: ${drift.file}`);
      if (result.drift.length > 0) {
        say(`error: ${count(result.drift.length, 'file')} in ${out} ${result.drift.length === 1 ? 'differs' : 'differ'} from what the specs in ${displayPath(options.specsDir)} generate; run \`openapi-clients generate\` (here: \`npm run generate\`) and commit the result`);
        return EXIT.invalid;
      }
      if (human) say(`${out} is up to date with ${displayPath(options.specsDir)}`);
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof SpecError || error instanceof BreakingChangesError) {
      if (error instanceof BreakingChangesError) for (const line of error.details) say(line);
      if (options.json) process.stdout.write(`${JSON.stringify({ ok: false, error: error.message }, null, 2)}\n`);
      say(`error: ${error.message}`);
      return EXIT.invalid;
    }
    // Anything else is a bug of the toolchain, whatever input set it off: one
    // line still, naming the step, the API's raw source and the pointer behind
    // it when known (StepFailure), with the stack only on request (it names
    // our files, and the temporary folders a run works in).
    const message = printable(firstLine(error instanceof Error ? error.message : String(error)));
    if (options.json) process.stdout.write(`${JSON.stringify({ ok: false, error: `internal error: ${message}` }, null, 2)}\n`);
    const stack = error instanceof StepFailure ? (error.cause as Error | undefined)?.stack : (error as Error).stack;
    say(`error: internal error (a bug in the toolchain; please report it with the input that caused it): ${message}${options.debug ? `\n${stack ?? ''}` : ' (--debug shows the stack)'}`);
    return EXIT.bug;
  }
}

export async function generateCommand(options: GenerateCommandOptions): Promise<number> {
  if (!options.watch) return runOnce(options);
  // Regenerate on every change under the specs folder, debounced, one run at a time, until a signal.
  let running = false;
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  const again = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    do {
      pending = false;
      await runOnce(options);
      if (!options.quiet) say(`watching ${displayPath(options.specsDir)} for changes (Ctrl-C stops)`);
    } while (pending);
    running = false;
  };
  watch(options.specsDir, { recursive: true }, (_event, file) => {
    // A run's own provenance record is not a change to regenerate for.
    if (file && basename(file).includes(PROVENANCE_FILE)) return;
    clearTimeout(timer);
    timer = setTimeout(again, 200);
  });
  await again();
  return new Promise<number>(() => {});
}
