/** CLI entry point of `npm run generate`; all logic lives in src/. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SpecError } from '../src/errors.js';
import { generate } from '../src/generate.js';

const { values } = parseArgs({
  options: {
    specs: { type: 'string', default: 'specs' },
    out: { type: 'string', default: 'generated' },
    quiet: { type: 'boolean', default: false },
  },
});

try {
  await generate({
    specsDir: resolve(values.specs),
    outDir: resolve(values.out),
    log: values.quiet ? undefined : (line) => console.log(line),
  });
} catch (error) {
  if (error instanceof SpecError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
