/**
 * Anchor Browser's own contract tests, against the Prism of the global setup:
 * the tasks guide's flows through the generated client, the retry policy,
 * and the regression guard for the enum fix.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validBodies } from '../../../src/contract/bodies.js';
import { startPrism, type PrismServer } from '../../../src/contract/prism.js';
import { loadSource } from '../../../src/ingest/source.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { convertMintlifyPage } from '../../../src/normalize/sources/mintlify.js';
import { NormalizationReport } from '../../../src/normalize/report.js';
import { DocumentValidator } from '../../../src/schema-validator.js';
import { componentSchemas } from '../../../src/openapi/schemas.js';
import { toYaml } from '../../../src/output/yaml-writer.js';
import { contractApiUnderTest, loadClient, PROPERTY_RUNS as RUNS, PROPERTY_SEED as SEED, type LoadedClient } from '../../contract/client.js';
import { tempDir } from '../../helpers.js';

const api = contractApiUnderTest('anchorbrowser');
/** Task ids are UUIDs in the complete document. */
const TASK_ID = '550e8400-e29b-41d4-a716-446655440000';

describe('Anchor Browser tasks guide', () => {
  let anchor: LoadedClient;
  beforeAll(async () => {
    anchor = await loadClient(api, inject('prism')[api.name]!);
  });

  it('creates a task, runs it asynchronously and waits for the execution', async () => {
    const created = anchor.unwrap(await anchor.client.createTask!({
      body: { name: 'web-scraper', language: 'typescript', code: Buffer.from('export default async () => "done";').toString('base64') },
    })) as { data: { id: string } };
    const started = anchor.unwrap(await anchor.client.runTask!({
      body: { taskId: created.data.id, version: '1', async: true, inputs: { ANCHOR_TARGET_URL: 'https://example.com', ANCHOR_MAX_PAGES: '10' } },
    })) as { data: { async: boolean; message: string } };
    expect(started.data).toMatchObject({ async: expect.any(Boolean), message: expect.any(String) });
    const execution = await anchor.client.waitForExecution!(created.data.id, { version: '1', intervalMs: 10, timeoutMs: 5_000 });
    expect(execution).toMatchObject({ status: 'success' });
  });

  it('runs a task by name with ANCHOR_ inputs', async () => {
    const result = await anchor.client.runTaskByName!({ params: { path: { taskName: 'web-scraper' } }, body: { async: true, inputs: { ANCHOR_TARGET_URL: 'https://example.com' } } });
    expect(result.response.status).toBe(200);
    expect(anchor.unwrap(result)).toMatchObject({ data: { success: true } });
  });

  it('runs a v2 task with input_params, and refuses one without them', async () => {
    const ok = await anchor.client.runTaskV2!({ params: { path: { taskId: 'task-1' } }, body: { input_params: { 'File Name': 'invoice-2026-02.pdf', Operation: 'extract_text' } } });
    expect(ok.response.status).toBe(200);
    expect(anchor.unwrap(ok)).toMatchObject({ status: expect.any(String) });
    const missing = await anchor.client.runTaskV2!({ params: { path: { taskId: 'task-1' } }, body: { cleanup_sessions: false } });
    expect(missing.response.status).toBe(422);
  });

  it('retries a GET on 500 through Prism, but never a POST', async () => {
    const attempts: string[] = [];
    const counting = await loadClient(api, inject('prism')[api.name]!, {
      maxRetries: 2,
      fetch: (url: string, init: RequestInit) => (attempts.push(init.method!), fetch(url, init)),
    });
    const list = await counting.client.listTaskExecutions!({ params: { path: { taskId: TASK_ID } }, headers: { Prefer: 'code=500' } });
    expect(list.response.status).toBe(500);
    expect(attempts).toEqual(['GET', 'GET', 'GET']);
    attempts.length = 0;
    const run = await counting.client.runTaskV2!({ params: { path: { taskId: 't' } }, body: { input_params: {} }, headers: { Prefer: 'code=500' } });
    expect(run.response.status).toBe(500);
    expect(attempts).toEqual(['POST']);
  });
});

/**
 * The regression guard for the enum fix: the same property, against a Prism
 * serving the published AnchorProxy (a `oneOf` over four identical enums),
 * must fail: every proxy with a `type` matches four branches.
 */
describe('the raw, un-normalized proxy schema', () => {
  let prism: PrismServer;
  let loaded: LoadedClient;

  beforeAll(async () => {
    const raw = convertMintlifyPage(loadSource(join(api.manifest.dir, 'raw', 'v1-create-task.md')), new NormalizationReport());
    const document = structuredClone(api.document);
    componentSchemas(document).AnchorProxy = componentSchemas(raw).AnchorProxy as JsonObject;
    // With the country lists it refers to, which the complete document does not have.
    for (const [name, schema] of Object.entries(componentSchemas(raw))) if (name.endsWith('CountryCode')) componentSchemas(document)[name] ??= schema as JsonObject;
    const file = join(tempDir(), 'raw-proxy.yaml');
    writeFileSync(file, toYaml(document));
    prism = await startPrism(file);
    loaded = await loadClient(api, prism.url);
  });

  afterAll(async () => {
    await prism?.stop();
  });

  it('is caught by the property test: proxies valid under the normalized schema are rejected', async () => {
    const validator = new DocumentValidator(api.document);
    // Any valid Anchor proxy that names its type, sent the way the guide does, in a task's browser configuration.
    const proxies = validBodies(api.document, '/components/schemas/AnchorProxy', validator).filter((proxy) => typeof (proxy as { type?: unknown }).type === 'string');
    const property = (client: LoadedClient) =>
      fc.asyncProperty(proxies, async (proxy) => {
        const result = await client.client.createTask!({ body: { name: 'web-scraper', language: 'typescript', browserConfiguration: { proxy } } });
        return result.response.status === 200;
      });
    // The normalized document's Prism accepts them all…
    const normalized = await loadClient(api, inject('prism')[api.name]!);
    expect((await fc.check(property(normalized), { seed: SEED, numRuns: RUNS })).failed).toBe(false);
    // …the published schema's Prism rejects them, so the property test would catch a regression of the enum fix.
    const outcome = await fc.check(property(loaded), { seed: SEED, numRuns: RUNS });
    expect(outcome.failed).toBe(true);
    const [proxy] = outcome.counterexample as [{ type: string }];
    expect(proxy.type).toBe('anchor_proxy');
  });
});
