/**
 * The real-world corpus through the real CLI: every vendor document of
 * ../shared/realworld and ../shared/upstream (test/corpus/corpus.ts), each
 * in a temporary specs folder with a minimal manifest derived from the
 * document, must give a valid OpenAPI 3.1 document (our validator), a
 * lossless report, a package that compiles under `strict` (the CLI's dist
 * build), and a Prism mock of the document that answers one documented
 * operation. A spec that fails must fail as bad input does: one line naming
 * its raw file, no stack, exit 1. What is missing of ../shared is reported
 * as skipped, never passed.
 *
 * The specs run two at a time (the CLI is a process of its own; two cores),
 * and each starts its one Prism only once it generated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startPrism } from '../../src/contract/prism.js';
import { operations } from '../../src/openapi/operations.js';
import type { JsonObject, Operation } from '../../src/openapi/types.js';
import { lintDocument } from '../../src/normalize/verify/validate.js';
import { runGenerate, tempDir } from '../helpers.js';
import { listCorpus, prepareApi, type CorpusSpec } from './corpus.js';
import { KNOWN_FAILURES } from './expected.js';

const { specs, missing } = listCorpus();
/** Specs generated at once: each is a CLI process (plus, briefly, its Prism). */
const PARALLEL = 2;
const SPEC_TIMEOUT_MS = 15 * 60_000;

/** A tiny semaphore: `it.concurrent` starts every spec, at most PARALLEL run. */
const slots = (() => {
  let free = PARALLEL;
  const waiting: Array<() => void> = [];
  return async <T>(run: () => Promise<T>): Promise<T> => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free--;
    try {
      return await run();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
})();

interface CliJson {
  ok: boolean;
  error?: string;
  apis: Array<{ name: string; operations: number; lossless: { checked: number; missing: number } }>;
}

describe('the real-world corpus', () => {
  // Reported as skipped, with what is missing; never a silent pass.
  for (const what of missing) it.skip(`skipped: ${what} is missing from this copy of ../shared`, () => undefined);

  it('lists no known failure for a spec that is not in the corpus', () => {
    const ids = new Set(specs.map((spec) => spec.id));
    const listed = Object.keys(KNOWN_FAILURES).filter((id) => !ids.has(id) && !missing.some((what) => what.startsWith(`${id} `) || what.startsWith(`${id.split('/')[0]}/ `)));
    expect(listed, 'entries of test/corpus/expected.ts naming no spec').toEqual([]);
  });

  it.concurrent.each(specs.map((spec) => [spec.id, spec] as const))('%s', async (_id, spec) => slots(() => checkSpec(spec)), SPEC_TIMEOUT_MS);
});

async function checkSpec(spec: CorpusSpec): Promise<void> {
  const root = tempDir();
  const specsDir = join(root, 'specs');
  prepareApi(spec, specsDir);
  const out = join(root, 'out');
  // Run from the temporary folder, as a maintainer runs it from the repository: paths in errors are relative.
  const result = await runGenerate(['--specs', 'specs', '--out', 'out', '--json'], root, { timeoutMs: SPEC_TIMEOUT_MS - 60_000 });
  const known = KNOWN_FAILURES[spec.id];
  if (result.code !== 0) {
    // However it fails, it fails as bad input does: one line, the raw file, no stack, no temporary path.
    // The raw document (or a file it refers to), or the manifest when that is what disagrees with it.
    const line = `error: specs/${spec.api}/`;
    expect(result.stderr, 'stderr is one line').toMatch(/^error: [^\n]*\n$/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.stderr).not.toContain(root);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr, 'names the raw source file').toMatch(new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^:\\s]+:`));
    expect(known, `${spec.id} does not generate, and test/corpus/expected.ts does not expect it: ${result.stderr}`).toBeDefined();
    expect(result.stderr.trim(), `${spec.id} fails otherwise than test/corpus/expected.ts says (waiting for ${known!.waitingFor})`).toMatch(known!.error);
    return;
  }
  expect(known?.stage, `${spec.id} now generates: remove its entry from test/corpus/expected.ts`).toBe(known ? 'prism' : undefined);
  const [api] = (JSON.parse(result.stdout) as CliJson).apis;
  expect(api?.operations, 'operations generated').toBeGreaterThan(0);
  // Lossless: every fact read from the raw document was found in the result.
  expect(api!.lossless.missing).toBe(0);
  expect(api!.lossless.checked).toBeGreaterThan(0);

  const documentPath = join(out, spec.api, 'openapi.yaml');
  const document = parse(readFileSync(documentPath, 'utf8')) as JsonObject;
  expect(String(document.openapi)).toMatch(/^3\.1\.\d+$/);
  // Valid 3.1 by our own validator, read back from the written file: no fatal problem under the lint policy.
  const fatal = (await lintDocument(document, spec.api)).filter((problem) => problem.severity === 'error');
  expect(fatal, 'fatal lint problems in the written document').toEqual([]);
  // The package compiled (the CLI's build type-checks under `strict` and fails the run otherwise).
  for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/client.js']) expect(existsSync(join(out, spec.api, file)), file).toBe(true);

  const asked = expectPrismAnswers(documentPath, document, firstScheme(document));
  if (known?.stage === 'prism') await expect(asked, `${spec.id} now answers through Prism: remove its entry from test/corpus/expected.ts`).rejects.toThrow(known.error);
  else await asked;
}

/** The first GET that needs no parameter (so no path template either), in document order. */
export function firstPlainGet(document: JsonObject): { path: string; operation: Operation } | undefined {
  const parameters = (list: unknown) => (Array.isArray(list) ? (list as Array<{ required?: boolean; $ref?: string }>) : []);
  return operations(document).find(({ path, method, operation, pathItem }) =>
    method === 'get' && !path.includes('{') && ![...parameters(pathItem.parameters), ...parameters(operation.parameters)].some((parameter) => parameter.required === true || parameter.$ref !== undefined));
}

type Scheme = { type: string; in?: string; name?: string; scheme?: string };

/** The normalized document's first security scheme, if it has any. */
function firstScheme(document: JsonObject): Scheme | undefined {
  const schemes = (document.components as { securitySchemes?: Record<string, Scheme> } | undefined)?.securitySchemes ?? {};
  return Object.values(schemes)[0];
}

/** Credentials as the document's scheme wants them: Prism checks that they are there. */
function credentials(scheme: Scheme | undefined): { headers: Record<string, string>; query: string } {
  if (!scheme) return { headers: {}, query: '' };
  if (scheme.type === 'apiKey' && scheme.in === 'query') return { headers: {}, query: `?${encodeURIComponent(scheme.name!)}=corpus-key` };
  if (scheme.type === 'apiKey' && scheme.in === 'cookie') return { headers: { cookie: `${scheme.name}=corpus-key` }, query: '' };
  if (scheme.type === 'apiKey') return { headers: { [scheme.name!]: 'corpus-key' }, query: '' };
  if (scheme.scheme?.toLowerCase() === 'basic') return { headers: { authorization: `Basic ${Buffer.from('corpus:key').toString('base64')}` }, query: '' };
  return { headers: { authorization: 'Bearer corpus-key' }, query: '' };
}

async function expectPrismAnswers(documentPath: string, document: JsonObject, scheme: Scheme | undefined): Promise<void> {
  const chosen = firstPlainGet(document);
  expect(chosen, 'a GET without parameters to ask Prism (none in the document)').toBeDefined();
  const { path, operation } = chosen!;
  const prism = await startPrism(documentPath);
  try {
    const { headers, query } = credentials(scheme);
    // A `#fragment` in a path key is no part of the URL.
    const response = await fetch(`${prism.url}${path.split('#')[0]}${query}`, { headers });
    await response.arrayBuffer();
    const documented = Object.keys(operation.responses ?? {});
    const matches = documented.some((code) => code === String(response.status) || code === `${String(response.status)[0]}XX` || code === 'default');
    expect(matches, `Prism answered GET ${path} with ${response.status}, not one of the documented ${documented.join(', ')} (${response.headers.get('sl-violations') ?? ''})`).toBe(true);
  } finally {
    await prism.stop();
  }
}
