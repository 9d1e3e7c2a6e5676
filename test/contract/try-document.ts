/**
 * The contract suite on any OpenAPI document, from the command line:
 *
 *   npx tsx test/contract/try-document.ts <openapi.yaml> [--errors /error/code,/error/message]
 *
 * Writes a scratch API folder with a minimal manifest (the document's own
 * title, servers and security schemes; the error pointers when given),
 * generates it, runs the unchanged test/contract/operations.test.ts and
 * properties.test.ts on it in a child vitest against Prism, and prints how
 * many cases pass, per kind of case, with the first line of each failure. The scratch folder is
 * removed afterwards. This is how a vendor's complete document is tried
 * before an API folder is switched to it.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { generate } from '../../src/generate.js';
import { runTestsOn } from '../apis/child-run.js';
import { REPO_ROOT } from '../helpers.js';

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx test/contract/try-document.ts <openapi.yaml> [--errors /code/pointer,/message/pointer]');
const errorsFlag = rest.indexOf('--errors');
const [code, message] = errorsFlag >= 0 ? (rest[errorsFlag + 1] ?? '').split(',') : [];

// Inside node_modules so that the generated package resolves openapi-fetch like the real one.
const scratch = join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-try-document', String(process.pid));
try {
  const document = parse(readFileSync(resolve(file), 'utf8')) as { info?: { title?: string } };
  const specs = join(scratch, 'specs');
  const api = join(specs, 'api');
  mkdirSync(api, { recursive: true });
  copyFileSync(resolve(file), join(api, basename(file)));
  const manifest = { title: document.info?.title ?? 'API', sources: [{ file: basename(file) }], ...(code && message ? { client: { errors: { code, message } } } : {}) };
  writeFileSync(join(api, 'manifest.yaml'), JSON.stringify(manifest, null, 2));
  const generated = join(scratch, 'generated');
  await generate({ specsDir: specs, outDir: generated });
  const { results, output } = await runTestsOn(['test/contract/operations.test.ts', 'test/contract/properties.test.ts'], { specs, generated }, join(scratch, 'report.json'));
  if (results.length === 0) console.error(output);
  const kindOf = (name: string) => name.replace(/^api (request bodies \S+ )?\S+ (\([^)]*\) )?/, '').replace(/'.*'|\d{3}/g, '…').slice(0, 60);
  const kinds = new Map<string, { passed: number; failed: number }>();
  for (const result of results) {
    const counts = kinds.get(kindOf(result.fullName)) ?? { passed: 0, failed: 0 };
    counts[result.status === 'passed' ? 'passed' : 'failed']++;
    kinds.set(kindOf(result.fullName), counts);
  }
  const failed = results.filter((result) => result.status !== 'passed');
  console.log(`${results.length} cases, ${results.length - failed.length} passed, ${failed.length} failed`);
  for (const [kind, { passed, failed: failures }] of kinds) console.log(`  ${passed}/${passed + failures} ${kind}`);
  for (const result of failed) console.log(`FAILED ${result.fullName}\n  ${(result.failureMessages[0] ?? '').split('\n')[0]!.slice(0, 600)}`);
  process.exitCode = failed.length > 0 ? 1 : 0;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
