/**
 * CLI entry of `npm run mock`; all logic lives in src/cli/mock.ts. Parses
 * the options only: `--help` prints the usage and starts nothing.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MockError, runMock } from '../src/cli/mock.js';
import { firstLine, printable, SpecError } from '../src/errors.js';

const USAGE = `usage: npm run mock -- [--api <name>]... [--port <n>] [--json] [--specs <dir>] [--out <dir>]

One Prism mock server per API on 127.0.0.1, from <out>/<api>/openapi.yaml.
  --api <name>   only this API (repeatable)
  --port <n>     the first API (in name order) listens on n, the next on n+1, ...
                 (default: 4010 upward, one port per API in specs/, always the same)
  --json         one JSON object per API on stdout: name, url, env, auth, curl
  --specs <dir>  the API folders (default: specs)
  --out <dir>    the generated output (default: generated)
Prints each API's base URL, the environment variable to set, the auth header
and curl lines to try. Ctrl-C, SIGTERM or SIGHUP stops every server.`;

const root = resolve(import.meta.dirname, '..');

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        api: { type: 'string', multiple: true },
        port: { type: 'string' },
        json: { type: 'boolean', default: false },
        specs: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${USAGE.split('\n')[0]}`);
    process.exit(2);
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = values.port === undefined ? undefined : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
if (port !== undefined && Number.isNaN(port)) {
  console.error(`error: --port expects a whole number, got ${JSON.stringify(printable(values.port!))}`);
  process.exit(2);
}

try {
  await runMock(
    {
      specsDir: values.specs ? resolve(values.specs) : resolve(root, 'specs'),
      outDir: values.out ? resolve(values.out) : resolve(root, 'generated'),
      apis: values.api,
      port,
      json: values.json,
    },
    { stdout: process.stdout, stderr: process.stderr },
  );
} catch (error) {
  // A bad option, a taken port or a bad manifest says what to fix; anything else is ours, in one line too.
  const message = error instanceof MockError || error instanceof SpecError ? error.message : `internal error: ${firstLine(String((error as Error)?.message ?? error))}`;
  console.error(`error: ${printable(message)}`);
  process.exit(1);
}
