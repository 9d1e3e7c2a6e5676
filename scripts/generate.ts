/** CLI entry point of `npm run generate`; all logic lives in src/. */
import { watch } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { firstLine, printable, SpecError } from '../src/errors.js';
import { BreakingChangesError, generate, summarize, type GenerateResult, type StepEvent } from '../src/generate.js';
import { StepFailure } from '../src/step-failure.js';
import { PROVENANCE_FILE } from '../src/regenerate/provenance.js';

const USAGE = `usage: npm run generate -- [--api <name>]... [--specs <dir>] [--out <dir>] [--check] [--fail-on-breaking] [--quiet] [--json] [--watch] [--debug]`;

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        specs: { type: 'string', default: 'specs' },
        out: { type: 'string', default: 'generated' },
        api: { type: 'string', multiple: true },
        check: { type: 'boolean', default: false },
        'fail-on-breaking': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        // A bug's stack after its one line (also OPENAPI_CLIENTS_DEBUG=1).
        debug: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();

// A signal ends the run through process.exit, so the exit handlers remove
// its temporary folders (a SIGKILL leaves them to the next run).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) process.once(signal, () => process.exit(code));

/**
 * Test hooks: OPENAPI_CLIENTS_TEST_PAUSE_BEFORE=<step> pauses every API
 * before that step for a minute, saying so on stderr, so a test can signal
 * or kill a real run in the middle; OPENAPI_CLIENTS_TEST_BUG_BEFORE=<step>
 * throws there what a bug would (a plain Error), so a test can see how the
 * CLI reports one.
 */
const pauseBefore = process.env.OPENAPI_CLIENTS_TEST_PAUSE_BEFORE;
const bugBefore = process.env.OPENAPI_CLIENTS_TEST_BUG_BEFORE;
const beforeStep = pauseBefore || bugBefore
  ? async (api: string, step: string) => {
      if (step === bugBefore) throw new TypeError(`Cannot read properties of undefined (reading 'x')\n    at ${api} ${step} (/tmp/.generated.tmp-${process.pid}/x.js:1:1)`);
      if (step !== pauseBefore) return;
      process.stderr.write(`paused before ${api} ${step}\n`);
      await new Promise((resolve) => setTimeout(resolve, 60_000));
    }
  : undefined;

const debug = values.debug || Boolean(process.env.OPENAPI_CLIENTS_DEBUG);
const specsDir = resolve(values.specs);
const outDir = resolve(values.out);
const human = !values.quiet && !values.json;
// A terminal gets a live line per API; CI and pipes get one plain line per API when it is done.
const live = human && process.stdout.isTTY && !process.env.CI;

function progress() {
  const steps = new Map<string, string[]>();
  return (event: StepEvent) => {
    const done = [...(steps.get(event.api) ?? []), `${event.step} ${event.ms} ms`];
    steps.set(event.api, done);
    const line = `${event.api}: ${done.join(', ')}`;
    if (live) process.stdout.write(`\r\x1b[2K${line}${event.step === 'changes' ? '\n' : ''}`);
    else if (human && event.step === 'changes') console.log(line);
  };
}

function toJson(result: GenerateResult) {
  return {
    ok: result.drift.length === 0,
    apis: result.apis.map(({ report, model, changes, documentChanged, release, provenance }) => ({
      name: model.names.api,
      operations: model.operations.length,
      sources: report.sources,
      overlays: report.overlays,
      lossless: report.lossless,
      fixes: Object.fromEntries(report.fixCounts()),
      warnings: report.warnings,
      package: { name: model.names.package, version: model.names.version, renamedMethods: model.renamedMethods, errors: model.errors, ...(release.kind === undefined ? {} : { release: release.kind, previousVersion: release.previous ?? null }) },
      documentChanged,
      changes,
      provenance,
    })),
    drift: result.drift,
  };
}

/** One run; returns the exit code. */
async function run(): Promise<number> {
  try {
    const result = await generate({
      specsDir,
      outDir,
      apis: values.api,
      check: values.check,
      failOnBreaking: values['fail-on-breaking'],
      afterStep: progress(),
      beforeStep,
    });
    if (values.json) console.log(JSON.stringify(toJson(result), null, 2));
    else if (human && !values.check) for (const outcome of result.apis) for (const line of summarize(outcome)) console.log(line);
    if (values.check) {
      for (const drift of result.drift) console.error(`${drift.kind}: ${drift.file}`);
      if (result.drift.length > 0) {
        console.error(`error: ${result.drift.length} file(s) in ${values.out} differ from what the specs generate; run \`npm run generate\` and commit the result`);
        return 1;
      }
      if (human) console.log(`${values.out} is up to date with ${values.specs}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof SpecError || error instanceof BreakingChangesError) {
      if (values.json) console.log(JSON.stringify({ ok: false, error: error.message }, null, 2));
      console.error(`error: ${error.message}`);
      return 1;
    }
    // Anything else is a bug of the toolchain, whatever input set it off: one
    // line still, naming the step, the API's raw source and the pointer behind
    // it when known (StepFailure), with the stack only on request (it names
    // our files, and the temporary folders a run works in).
    const message = printable(firstLine(error instanceof Error ? error.message : String(error)));
    if (values.json) console.log(JSON.stringify({ ok: false, error: `internal error: ${message}` }, null, 2));
    const stack = error instanceof StepFailure ? (error.cause as Error | undefined)?.stack : (error as Error).stack;
    console.error(`error: internal error (a bug in the toolchain; please report it with the input that caused it): ${message}${debug ? `\n${stack ?? ''}` : ' (--debug shows the stack)'}`);
    return 70;
  }
}

if (!values.watch) {
  process.exitCode = await run();
} else {
  // Regenerate on every change under the specs folder, debounced, one run at a time.
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
      await run().catch((error: unknown) => console.error(error));
      if (human) console.log(`watching ${values.specs} for changes (Ctrl-C stops)`);
    } while (pending);
    running = false;
  };
  watch(specsDir, { recursive: true }, (_event, file) => {
    // A run's own provenance record is not a change to regenerate for.
    if (file && basename(file).includes(PROVENANCE_FILE)) return;
    clearTimeout(timer);
    timer = setTimeout(again, 200);
  });
  await again();
}
