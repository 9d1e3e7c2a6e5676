/**
 * The real-world corpus through the real CLI: every vendor document of
 * ../shared/realworld and ../shared/upstream (test/corpus/corpus.ts), each
 * in a temporary specs folder with a minimal manifest derived from the
 * document, must give a valid OpenAPI 3.1 document (our validator), a
 * lossless report, a package that compiles under `strict` (the CLI's dist
 * build), and a Prism mock of the document that answers one documented
 * operation. Every spec has to pass; a run that fails says so with its one
 * line. What is missing of ../shared is reported as skipped, never passed.
 *
 * The specs generate two at a time (the CLI is a process of its own; two
 * cores); each starts its one Prism once it generated, while the next spec
 * generates, and at most two Prisms run at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startPrism } from '../../src/contract/prism.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { lintDocument } from '../../src/normalize/verify/validate.js';
import { runGenerate, tempDir } from '../helpers.js';
import { askFor, chooseOperation } from './ask-prism.js';
import { listCorpus, prepareApi, type CorpusSpec } from './corpus.js';

const { specs, missing } = listCorpus();
/** Specs generated at once: each is a CLI process. */
const PARALLEL = 2;
/** Prism mocks running at once: a spec asks its Prism while the next spec generates. */
const PRISM_PARALLEL = 2;
const SPEC_TIMEOUT_MS = 15 * 60_000;
/**
 * Prism dereferences the whole document before it listens: Xero's takes
 * ~35 s of CPU (its recursive schemas: json-schema-ref-parser's crawl and
 * pointer encoding), 25-45 s alone on two cores and over 3 minutes when the
 * cores are shared with other jobs. A bound against a hang, not a budget:
 * Prism that fails to load exits, and that fails at once.
 */
const PRISM_READY_TIMEOUT_MS = 8 * 60_000;

/** A tiny semaphore: `it.concurrent` starts every spec, at most `size` run what it guards. */
function semaphore(size: number): <T>(run: () => Promise<T>) => Promise<T> {
  let free = size;
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
}
const generating = semaphore(PARALLEL);
const asking = semaphore(PRISM_PARALLEL);

interface CliJson {
  ok: boolean;
  error?: string;
  apis: Array<{ name: string; operations: number; lossless: { checked: number; missing: number } }>;
}

describe('the real-world corpus', () => {
  // Reported as skipped, with what is missing; never a silent pass.
  for (const what of missing) it.skip(`skipped: ${what} is missing from this copy of ../shared`, () => undefined);

  // Largest first: the long runs (and Xero's slow Prism) start at once, the short ones fill the end.
  const largestFirst = [...specs].sort((a, b) => b.bytes - a.bytes || a.id.localeCompare(b.id));
  it.concurrent.each(largestFirst.map((spec) => [spec.id, spec] as const))('%s', async (_id, spec) => checkSpec(spec), SPEC_TIMEOUT_MS);
});

async function checkSpec(spec: CorpusSpec): Promise<void> {
  const root = tempDir();
  const specsDir = join(root, 'specs');
  prepareApi(spec, specsDir);
  const out = join(root, 'out');
  // Run from the temporary folder, as a maintainer runs it from the repository: paths in errors are relative.
  const result = await generating(() => runGenerate(['--specs', 'specs', '--out', 'out', '--json'], root, { timeoutMs: SPEC_TIMEOUT_MS - 60_000 }));
  expect(result.code, `${spec.id} does not generate: ${result.stderr}`).toBe(0);
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

  await asking(() => expectPrismAnswers(spec.id, documentPath, document));
}

/**
 * Prism on the written document answers the operation ask-prism.ts chooses
 * with a documented 2xx, and a JSON answer parses. A failure names the
 * operation and Prism's answer: its 400/401/422 body says what it refused.
 */
async function expectPrismAnswers(id: string, documentPath: string, document: JsonObject): Promise<void> {
  const operation = chooseOperation(document);
  expect(operation, `${id}: an operation with a documented 2xx answer and inputs the harness can send (none in the document)`).toBeDefined();
  const question = askFor(document, operation!);
  const asked = `${question.method} ${question.url}`;
  const prism = await startPrism(documentPath, { readyTimeoutMs: PRISM_READY_TIMEOUT_MS });
  try {
    const response = await fetch(`${prism.url}${question.url}`, { method: question.method, headers: question.headers, ...(question.body === undefined ? {} : { body: question.body }) });
    const body = await response.text();
    const status = String(response.status);
    const answer = `${id}: Prism answered ${asked} (${operation!.route}) with ${status}: ${body.slice(0, 2000)} ${response.headers.get('sl-violations') ?? ''}`;
    expect(question.expected.some((expected) => expected === status || expected.toUpperCase() === `${status[0]}XX`), `${answer}; documented: ${question.expected.join(', ')}`).toBe(true);
    if (/^application\/(.+\+)?json\b/.test(response.headers.get('content-type') ?? '')) expect(() => JSON.parse(body), `${answer}: not JSON`).not.toThrow();
  } finally {
    await prism.stop();
  }
}
