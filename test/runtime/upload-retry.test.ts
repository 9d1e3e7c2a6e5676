/**
 * A retried upload sends the same parts again: the client serializes a
 * multipart or URL-encoded body into something every attempt can send (no
 * stream consumed by the first attempt), against a real server on
 * 127.0.0.1 that refuses the first attempt with 429.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient, toFormData, type UntypedClientOptions } from '../../src/runtime/client.js';
import { startServer, type TestServer } from './echo-server.js';
import { exampleApi } from './example-api.js';

type AnyClient = Record<string, (init?: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>>;

const definition = exampleApi({
  operations: {
    uploadFile: ['POST /v1/files', toFormData],
    submitForm: 'POST /v1/forms application/x-www-form-urlencoded',
  },
});

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A server that answers the first request 429 (retry at once), and every later one 200. */
async function refusingOnce(): Promise<TestServer> {
  const server = await startServer((_request, response) => {
    const first = server.received.length === 1;
    response.writeHead(first ? 429 : 200, { 'content-type': 'application/json', ...(first ? { 'retry-after': '0' } : {}) });
    response.end(JSON.stringify({ ok: !first }));
  });
  servers.push(server);
  return server;
}

function client(server: TestServer): AnyClient {
  const options: UntypedClientOptions = { apiKey: 'sk-upload-test-0123456789', baseUrl: server.origin, maxRetries: 2 };
  return createApiClient<{}, AnyClient>(definition, options) as unknown as AnyClient;
}

/** A multipart body with its boundary taken out: the parts, as sent. */
function parts(body: string, contentType: string | string[] | undefined): string {
  const boundary = /boundary=([^;]+)/.exec(String(contentType))?.[1];
  expect(boundary, String(contentType)).toBeDefined();
  return body.replaceAll(boundary!, '<boundary>');
}

describe('retried uploads', () => {
  it('send the same multipart parts, file bytes included, on every attempt', async () => {
    const server = await refusingOnce();
    const bytes = new Uint8Array(4096).map((_, index) => (index * 7) % 251);
    const result = await client(server).uploadFile!({ body: { name: 'report.bin', file: new Blob([bytes], { type: 'application/octet-stream' }), tags: ['a', 'b'] } });
    expect(result.response.status).toBe(200);
    expect(server.received).toHaveLength(2);
    const [first, second] = server.received.map((request) => parts(request.body, request.headers['content-type']));
    expect(first).toContain('name="file"');
    expect(first!.length).toBeGreaterThan(bytes.length);
    expect(second).toBe(first);
  });

  it('send the same URL-encoded form on every attempt', async () => {
    const server = await refusingOnce();
    const result = await client(server).submitForm!({ body: { name: 'a b&c', count: 3 } });
    expect(result.response.status).toBe(200);
    expect(server.received.map((request) => request.body)).toEqual(['name=a+b%26c&count=3', 'name=a+b%26c&count=3']);
    expect(server.received.map((request) => request.headers['content-type'])).toEqual(['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded']);
  });
});
