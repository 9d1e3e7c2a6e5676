/**
 * Cursor pagination on a real, cursor-paginated spec of the corpus:
 * Mistral's (`page_token` with `next_page_token`, `cursor` with
 * `next_cursor`, one object down in `pagination` for connectors). Its list
 * operations are recognised by shape from the document the CLI writes, and
 * the package the CLI builds pages through one of them, `paginate` against
 * a local server on 127.0.0.1 that answers each cursor with the next page.
 */
import { readFileSync, symlinkSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadManifest } from '../../src/manifest.js';
import { buildApiModel } from '../../src/model/build.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { REPO_ROOT, runGenerate, tempDir } from '../helpers.js';
import { listCorpus, prepareApi } from './corpus.js';

const mistral = listCorpus().specs.find((spec) => spec.id === 'realworld/mistral');
const KEY = 'corpus-pagination-key-8d1e';

/** Agents by page token: no token is the first page; the last page's next token is null. */
const AGENT_PAGES: Record<string, { data: Array<{ id: string }>; next_page_token: string | null }> = {
  '': { data: [{ id: 'a1' }, { id: 'a2' }], next_page_token: 't2' },
  t2: { data: [{ id: 'a3' }, { id: 'a4' }], next_page_token: 't3' },
  t3: { data: [{ id: 'a5' }], next_page_token: null },
};

describe('cursor pagination on the corpus', () => {
  if (!mistral) it.skip('skipped: realworld/mistral is missing from this copy of ../shared', () => undefined);
  else it('recognises Mistral\'s cursor list operations, and its package pages through one against a local server', async () => {
    const root = tempDir();
    prepareApi(mistral, join(root, 'specs'));
    const result = await runGenerate(['--specs', 'specs', '--out', 'out', '--api', mistral.api, '--quiet'], root, { timeoutMs: 240_000 });
    expect(result.code, result.stderr).toBe(0);

    const document = parse(readFileSync(join(root, 'out', mistral.api, 'openapi.yaml'), 'utf8')) as JsonObject;
    const model = buildApiModel(loadManifest(join(root, 'specs', mistral.api)), document);
    const cursors = Object.fromEntries(model.paged.filter(({ pagination }) => pagination.style === 'cursor').map(({ operation, pagination }) => [operation.methodName, pagination]));
    expect(cursors).toMatchObject({
      agents_api_v1_agents_list_pages: { style: 'cursor', cursor: 'page_token', items: ['data'], next: ['next_page_token'] },
      connector_list_v1: { style: 'cursor', cursor: 'cursor', items: ['items'], next: ['pagination', 'next_cursor'] },
      get_workflow_events_v1_workflows_events_list_get: { style: 'cursor', cursor: 'cursor', items: ['events'], next: ['next_cursor'] },
    });

    // The built package, as a consumer imports it; its openapi-fetch is the repository's.
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    const dist = join(root, 'out', mistral.api, 'dist');
    const entry = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Record<string, (...args: never[]) => unknown>;
    const pages = (await import(pathToFileURL(join(dist, 'pages.js')).href)) as Record<string, object>;
    expect(pages.agents_api_v1_agents_list_pages).toEqual({ cursor: 'page_token', items: '/data', next: '/next_page_token' });

    const asked: Array<{ path: string; token: string | null; size: string | null; auth: string | undefined }> = [];
    const server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      asked.push({ path: url.pathname, token: url.searchParams.get('page_token'), size: url.searchParams.get('page_size'), auth: request.headers.authorization });
      const page = AGENT_PAGES[url.searchParams.get('page_token') ?? ''];
      response.writeHead(page ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(page ?? { message: 'no such page' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = (entry.createMistralAIClient as (options: object) => Record<string, unknown>)({ baseUrl: `http://127.0.0.1:${port}`, bearerToken: KEY, maxRetries: 0 });
      const paginate = entry.paginate as (method: unknown, pages: object, init?: object, options?: object) => AsyncIterable<{ id: string }>;
      const ids: string[] = [];
      for await (const agent of paginate(client.agents_api_v1_agents_list_pages, pages.agents_api_v1_agents_list_pages!, { params: { query: { page_size: 2 } } })) ids.push(agent.id);
      expect(ids).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
      expect(asked).toEqual([null, 't2', 't3'].map((token) => ({ path: '/v1/agents/pages', token, size: '2', auth: `Bearer ${KEY}` })));

      // Bounded: two pages at most, the third never asked for.
      asked.length = 0;
      const bounded: string[] = [];
      for await (const agent of paginate(client.agents_api_v1_agents_list_pages, pages.agents_api_v1_agents_list_pages!, {}, { maxPages: 2 })) bounded.push(agent.id);
      expect(bounded).toEqual(['a1', 'a2', 'a3', 'a4']);
      expect(asked.map(({ token }) => token)).toEqual([null, 't2']);
    } finally {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    }
  }, 300_000);
});
