/**
 * The contract suite follows the documents: a path added to an API's raw
 * inputs, regenerated, is exercised by the unchanged operations.test.ts.
 * This test copies the smallest API of the specs folder, adds a raw source
 * with one new operation to its manifest, regenerates into a scratch folder,
 * and runs that suite on it in a child vitest, reading the outcome from its
 * JSON report. Nothing here names an API: the new operation's error body is
 * built from the pointers of the API's manifest (client.errors).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { generate } from '../../src/generate.js';
import { parsePointer } from '../../src/openapi/pointer.js';
import { runTestsOn, smallestApi } from '../apis/child-run.js';
import { apisUnderTest } from '../apis/under-test.js';
import { REPO_ROOT, tempDir } from '../helpers.js';

const NEW_SOURCE = 'raw/contract-probe.yaml';
const NEW_OPERATION = 'getContractProbeStatus';

/** A schema whose instances have a string at each pointer (e.g. /error/code and /error/message). */
function bodyWith(pointers: string[]): Record<string, unknown> {
  const root: Record<string, unknown> = { type: 'object', properties: {}, required: [] };
  for (const pointer of pointers) {
    const tokens = parsePointer(pointer);
    let node = root;
    tokens.forEach((token, index) => {
      const properties = node.properties as Record<string, Record<string, unknown>>;
      if (!(node.required as string[]).includes(token)) (node.required as string[]).push(token);
      properties[token] ??= index === tokens.length - 1 ? { type: 'string', example: `probe ${token}` } : { type: 'object', properties: {}, required: [] };
      node = properties[token]!;
    });
  }
  return root;
}

// Inside node_modules so that the generated package resolves openapi-fetch like the real one.
const scratch = join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-spec-driven', String(process.pid));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a new operation in an API’s raw inputs', () => {
  it('is contract-tested by the unchanged suite after npm run generate', async () => {
    const api = smallestApi(await apisUnderTest());
    const specs = join(tempDir(), 'specs');
    cpSync(api.manifest.dir, join(specs, api.name), { recursive: true });
    const errors = api.manifest.client.errors;
    writeFileSync(join(specs, api.name, NEW_SOURCE), stringify({
      openapi: '3.1.0',
      info: { title: api.manifest.title, version: '1.0.0' },
      paths: {
        '/contract-probe/status': {
          get: {
            summary: 'Get the status of a probe',
            operationId: NEW_OPERATION,
            parameters: [{ name: 'probe_id', in: 'query', required: true, schema: { type: 'string' }, example: 'probe_1' }],
            responses: {
              '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { status: { type: 'string', enum: ['created', 'running', 'finished'] } }, required: ['status'] } } } },
              '404': { description: 'Not Found', content: { 'application/json': { schema: bodyWith([errors.code, errors.message, errors.traceId].filter((pointer): pointer is string => pointer !== undefined)) } } },
            },
          },
        },
      },
    }));
    const manifest = parseDocument(readFileSync(join(specs, api.name, 'manifest.yaml'), 'utf8'));
    manifest.addIn(['sources'], { file: NEW_SOURCE });
    writeFileSync(join(specs, api.name, 'manifest.yaml'), manifest.toString());
    mkdirSync(scratch, { recursive: true });
    const generated = join(scratch, 'generated');
    await generate({ specsDir: specs, outDir: generated });

    const { results, output } = await runTestsOn(['test/contract/operations.test.ts'], { specs, generated }, join(scratch, 'report.json'));
    const forNewOperation = results.filter((result) => result.fullName.includes(NEW_OPERATION));
    expect(forNewOperation.map((result) => result.fullName).sort(), output).toEqual([
      expect.stringMatching(new RegExp(`${NEW_OPERATION}.*gets the documented success for the example request`)),
      expect.stringMatching(new RegExp(`${NEW_OPERATION}.*refuses a request without credentials with 401`)),
      expect.stringMatching(new RegExp(`${NEW_OPERATION}.*rejects 'missing required query parameter`)),
      expect.stringMatching(new RegExp(`${NEW_OPERATION}.*serves the documented 404`)),
    ]);
    expect(forNewOperation.filter((result) => result.status !== 'passed'), output).toEqual([]);
    expect(results.find((result) => result.fullName.includes('every operation of every normalized document'))?.status).toBe('passed');
    expect(results.filter((result) => result.status !== 'passed'), output).toEqual([]);
  }, 120_000);
});
