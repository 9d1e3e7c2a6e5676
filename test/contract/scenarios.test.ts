/**
 * The guides' flows, through the generated clients, against Prism.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ContractApi } from '../../src/contract/apis.js';
import { contractApisUnderTest, loadClient, type LoadedClient } from './client.js';

const apis = contractApisUnderTest();
const api = (name: string) => apis.find((candidate) => candidate.name === name) as ContractApi;

describe('Anchor Browser tasks guide', () => {
  let anchor: LoadedClient;
  beforeAll(async () => {
    anchor = await loadClient(api('anchorbrowser'), inject('prism').anchorbrowser!);
  });

  it('creates a task, runs it asynchronously and waits for the execution', async () => {
    const created = anchor.unwrap(await anchor.client.createTask!({
      body: { name: 'web-scraper', language: 'typescript', code: Buffer.from('export default async () => "done";').toString('base64') },
    })) as { data: { id: string } };
    const started = anchor.unwrap(await anchor.client.runTask!({
      body: { taskId: created.data.id, version: '1', async: true, inputs: { ANCHOR_TARGET_URL: 'https://example.com', ANCHOR_MAX_PAGES: '10' } },
    })) as { data: { async: boolean; message: string } };
    expect(started.data).toMatchObject({ async: true, message: 'Task execution started' });
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
    const counting = await loadClient(api('anchorbrowser'), inject('prism').anchorbrowser!, {
      maxRetries: 2,
      fetch: (url: string, init: RequestInit) => (attempts.push(init.method!), fetch(url, init)),
    });
    const list = await counting.client.listTaskExecutions!({ params: { path: { taskId: 't' } }, headers: { Prefer: 'code=500' } });
    expect(list.response.status).toBe(500);
    expect(attempts).toEqual(['GET', 'GET', 'GET']);
    attempts.length = 0;
    const run = await counting.client.runTaskV2!({ params: { path: { taskId: 't' } }, body: { input_params: {} }, headers: { Prefer: 'code=500' } });
    expect(run.response.status).toBe(500);
    expect(attempts).toEqual(['POST']);
  });
});

describe('BrowserAct run-a-workflow guide', () => {
  it('runs a workflow task with input_parameters, save_browser_data and callback URLs', async () => {
    const browserAct = await loadClient(api('browseract'), inject('prism').browseract!);
    const result = await browserAct.client.runTask!({
      body: {
        workflow_id: 'wf_123456789',
        input_parameters: [{ name: 'keyword', value: 'laptops' }],
        save_browser_data: true,
        callback_url: 'https://your-server.com/webhooks/workflow-callback',
        status_change_callback_url: 'https://your-server.com/webhooks/task-status-change-callback',
      },
    });
    expect(browserAct.unwrap(result)).toEqual({ id: 'task_123456789', profile_id: 'profile_abc123' });
  });
});
