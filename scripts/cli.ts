/** Entry point of the `openapi-clients` executable (scripts/openapi-clients.mjs bundles it); all logic lives in src/cli/. */
import { main } from '../src/cli/program.js';

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

process.exitCode = await main(process.argv.slice(2), { beforeStep });
