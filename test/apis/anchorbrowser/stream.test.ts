/**
 * `parseAs: 'stream'` on an operation call: `data` is typed as the
 * ReadableStream it is (checked by `tsc`: each @ts-expect-error fails the
 * typecheck if its line compiles), and the call returns the body unread, at
 * runtime, from a server on 127.0.0.1. The real Anchor client: a JSON
 * operation (`listTasks`) and a bytes one (`takeScreenshot`, read as a Blob
 * unless the call asks otherwise).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnchorBrowserClient, type AnchorBrowserClient } from '../../../generated/anchorbrowser/src/index.js';

const TASKS = { data: { tasks: [{ id: 't1', name: 'scrape' }], total: 1 } };
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

/** Type-level only: compiled by tsc, never called. */
export async function streamTypes(client: AnchorBrowserClient): Promise<void> {
  const streamed = await client.listTasks({ parseAs: 'stream', params: { query: { page: '1' } } });
  // @ts-expect-error before narrowing, data may be undefined (an error status)
  streamed.data.getReader();
  if (streamed.error) return;
  const stream: ReadableStream<Uint8Array> = streamed.data;
  // @ts-expect-error a stream is not the JSON body: it has no `data.tasks`
  void streamed.data.data;
  void stream;

  const parsed = await client.listTasks();
  // @ts-expect-error without parseAs 'stream', data is the JSON body, not a stream
  const notStream: ReadableStream<Uint8Array> | undefined = parsed.data;
  void notStream;
  if (!parsed.error) void parsed.data.data?.tasks;

  // @ts-expect-error not a way to read a body
  await client.listTasks({ parseAs: 'streamed' });
  // @ts-expect-error the query is still checked exactly with parseAs
  await client.listTasks({ parseAs: 'stream', params: { query: { pages: '1' } } });

  const screenshot = await client.takeScreenshot({ params: { path: { sessionId: 's' } }, parseAs: 'stream' });
  if (!screenshot.error) void (screenshot.data satisfies ReadableStream<Uint8Array>);
}

describe("parseAs: 'stream'", () => {
  let server: ReturnType<typeof createServer>;
  let client: AnchorBrowserClient;

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const screenshot = request.url?.includes('/screenshot');
      response.writeHead(200, { 'content-type': screenshot ? 'image/png' : 'application/json' });
      response.end(screenshot ? PNG : JSON.stringify(TASKS));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    client = createAnchorBrowserClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, apiKey: 'stream-test-key', maxRetries: 0 });
  });

  afterAll(() => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))));

  it('returns the body of a JSON operation unread, as a ReadableStream', async () => {
    const result = await client.listTasks({ parseAs: 'stream' });
    if (result.error) throw new Error('expected a success');
    expect(result.data).toBeInstanceOf(ReadableStream);
    expect(JSON.parse(await new Response(result.data).text())).toEqual(TASKS);
    // Without it, the same call parses the JSON.
    expect((await client.listTasks()).data).toEqual(TASKS);
  });

  it('returns the bytes of a download operation as a stream, where it would give a Blob', async () => {
    const result = await client.takeScreenshot({ params: { path: { sessionId: 's1' } }, parseAs: 'stream' });
    if (result.error) throw new Error('expected a success');
    expect(result.data).toBeInstanceOf(ReadableStream);
    expect(new Uint8Array(await new Response(result.data).arrayBuffer())).toEqual(PNG);
    expect((await client.takeScreenshot({ params: { path: { sessionId: 's1' } } })).data).toBeInstanceOf(Blob);
  });
});
