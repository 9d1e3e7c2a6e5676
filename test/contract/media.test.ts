/**
 * The contract suite on an API of its own (test/fixtures/good-specs/
 * media-contracts): no examples anywhere, so every request value is
 * sampled; patterned path and query parameters, a multipart upload, a
 * URL-encoded form, an image/png and a text/plain response. The fixture is
 * generated into a scratch folder and the unchanged operations.test.ts runs
 * on it in a child vitest. Prism is then asked directly whether it checks
 * what the suite relies on: a value off its pattern, a part missing from the
 * form, a form sent as JSON are refused.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { contractApis, type ContractApi } from '../../src/contract/apis.js';
import { exampleRequest } from '../../src/contract/requests.js';
import { startPrism, type PrismServer } from '../../src/contract/prism.js';
import { runTestsOn } from '../apis/child-run.js';
import { REPO_ROOT } from '../helpers.js';
import { CONTRACT_API_KEY, loadClient, type LoadedClient } from './load-client.js';

const SPECS = join(REPO_ROOT, 'test/fixtures/good-specs/media-contracts/specs');
// Inside node_modules so that the generated package resolves openapi-fetch like the real one.
const scratch = join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-media-contracts', String(process.pid));
const generated = join(scratch, 'generated');

let api: ContractApi;
let prism: PrismServer | undefined;
let loaded: LoadedClient;

beforeAll(async () => {
  await generate({ specsDir: SPECS, outDir: generated });
  [api] = contractApis(SPECS, generated) as [ContractApi];
  prism = await startPrism(api.documentPath);
  loaded = await loadClient(api, prism.url);
}, 120_000);

afterAll(async () => {
  await prism?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const operation = (id: string) => api.model.operations.find((candidate) => candidate.id === id)!;
const call = (id: string, init: object) => loaded.client[id]!(init);

describe('the contract suite on an API with sampled values, forms, binary and text', () => {
  it('passes every case of every operation, through the unchanged operations.test.ts', async () => {
    const { results, output } = await runTestsOn(['test/contract/operations.test.ts'], { specs: SPECS, generated }, join(scratch, 'report.json'));
    const successes = results.filter((result) => result.fullName.includes('gets the documented success'));
    expect(successes.map((result) => result.fullName.split(' (')[0]).sort(), output).toEqual(api.model.operations.map((candidate) => `files ${candidate.id}`).sort());
    expect(results.find((result) => result.fullName.includes('every operation of every normalized document'))?.status, output).toBe('passed');
    expect(results.filter((result) => result.status !== 'passed'), output).toEqual([]);
  }, 120_000);

  it('samples path and query values Prism accepts, and Prism refuses one off the pattern', async () => {
    const example = exampleRequest(api.document, operation('getTaskVersion'));
    expect(example.params.path).toMatchObject({ taskVersion: expect.stringMatching(/^(draft|latest|\d+)$/) });
    expect(example.params.query).toMatchObject({ label: expect.stringMatching(/^[a-z]{3}-[0-9]{2,4}$/) });
    expect((await call('getTaskVersion', example)).response.status).toBe(200);
    const offPattern = { ...example, params: { ...example.params, path: { ...example.params.path, taskVersion: 'v1' } } };
    expect((await call('getTaskVersion', offPattern)).response.status).toBe(422);
  });

  it('sends a multipart form with the binary part as a file, and Prism refuses it without that part', async () => {
    const example = exampleRequest(api.document, operation('uploadFile'));
    expect(example.body).toBeInstanceOf(FormData);
    const form = example.body as FormData;
    expect(form.get('file')).toBeInstanceOf(Blob);
    expect((form.get('file') as Blob).type).toBe('image/png');
    expect(form.get('name')).toMatch(/^[\w.-]+\.png$/);
    expect((await call('uploadFile', example)).response.status).toBe(201);
    const withoutFile = new FormData();
    withoutFile.append('name', form.get('name') as string);
    expect((await call('uploadFile', { ...example, body: withoutFile })).response.status).toBe(422);
    // The same fields as JSON are not the documented media type.
    const asJson = await fetch(`${prism!.url}/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${CONTRACT_API_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: form.get('name') }) });
    expect(asJson.status).toBe(415);
  });

  it('sends a URL-encoded form as a form', async () => {
    const example = exampleRequest(api.document, operation('labelFile'));
    expect(example.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
    expect((await call('labelFile', example)).response.status).toBe(204);
    expect((await call('labelFile', { ...example, body: { label: 'NOT A LABEL' } })).response.status).toBe(422);
    // As a consumer calls it: a plain object, no Content-Type; the route says it is a form, whatever other headers the call sets.
    const { headers: _headers, ...plain } = example;
    expect((await call('labelFile', plain)).response.status).toBe(204);
    expect((await call('labelFile', { ...plain, headers: { 'x-request-id': 'r1' } })).response.status).toBe(204);
  });

  it('reads an image/png response as bytes and a text/plain one as text', async () => {
    const image = await call('downloadFile', exampleRequest(api.document, operation('downloadFile')));
    expect(image.response.headers.get('content-type')).toContain('image/png');
    expect(image.data).toBeInstanceOf(ArrayBuffer);
    const text = await call('getFileSummary', exampleRequest(api.document, operation('getFileSummary')));
    expect(text.response.headers.get('content-type')).toContain('text/plain');
    expect(typeof text.data).toBe('string');
    expect(text.data).not.toBe('');
  });
});
