import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, unwrap, type UntypedClientOptions } from '../../src/runtime/client.js';
import { ApiError, AuthenticationError, BadRequestError, ClientOptionsError, ConflictError, ConnectionError, InternalServerError, NotFoundError, PermissionDeniedError, RateLimitError, TimeoutError, UnprocessableEntityError } from '../../src/runtime/errors.js';
import type { FetchLike, PlainRequest } from '../../src/runtime/fetch.js';
import { createWaiter } from '../../src/runtime/waiter.js';
import { exampleApi, sentAs } from './example-api.js';

const SECRET = 'sk-test-abcdef0123456789';

const definition = exampleApi({
  operations: { createThing: 'POST /v1/things', listRuns: 'GET /v1/things/{thingId}/runs' },
  errors: [{ code: '/error/code', message: '/error/message', traceId: '/traceId' }],
});

type Recorded = { url: string; method: string; headers: Record<string, string>; body: string };

function recordingFetch(respond: (request: Recorded) => Response) {
  const requests: Recorded[] = [];
  const fetch: FetchLike = async (url, init) => {
    const request = new Request(url, init);
    const recorded = { url: request.url, method: request.method, headers: Object.fromEntries(request.headers), body: await request.text() };
    requests.push(recorded);
    return respond(recorded);
  };
  return { fetch, requests };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type AnyClient = Record<string, (...args: never[]) => Promise<{ data?: unknown; error?: unknown; response: Response; status?: number }>>;
const create = (options: UntypedClientOptions) => createApiClient<{}, AnyClient>(definition, options) as unknown as AnyClient;

afterEach(() => vi.unstubAllEnvs());

describe('createApiClient', () => {
  it('sends the key in the scheme’s header to the spec’s server, one method per operationId', async () => {
    const { fetch, requests } = recordingFetch(() => json({ id: 't1' }));
    const client = create({ apiKey: SECRET, fetch, headers: { 'x-trace': 'on', 'x-api-key': 'not-this' } });
    const result = await client.createThing!({ body: { name: 'a' } } as never);
    expect(result.data).toEqual({ id: 't1' });
    expect(requests[0]).toMatchObject({
      url: 'https://api.example.test/v1/things',
      method: 'POST',
      body: '{"name":"a"}',
      headers: { 'x-api-key': SECRET, 'x-trace': 'on', 'content-type': 'application/json' },
    });
  });

  it('hands middleware a PlainRequest it can change in place, for operation and path methods alike', async () => {
    const { fetch, requests } = recordingFetch(() => json({ id: 't1' }));
    const client = create({ apiKey: SECRET, fetch });
    const seen: string[] = [];
    (client as unknown as { use: (middleware: object) => void }).use({
      onRequest({ request }: { request: PlainRequest }) {
        seen.push(`${request.constructor.name} ${request.method} ${request.url}`);
        request.headers.set('x-request-id', `r${seen.length}`);
      },
    });
    await client.createThing!({ body: { name: 'a' } } as never);
    await (client as unknown as { POST: AnyClient[string] }).POST('/v1/things' as never, { body: {} } as never);
    expect(seen).toEqual(['PlainRequest POST https://api.example.test/v1/things', 'PlainRequest POST https://api.example.test/v1/things']);
    expect(requests.map((request) => request.headers['x-request-id'])).toEqual(['r1', 'r2']);
  });

  it('sends Authorization: Bearer for http bearer auth', async () => {
    const { fetch, requests } = recordingFetch(() => json({}));
    const client = createApiClient<{}, AnyClient>({ ...definition, ...sentAs({ type: 'http', scheme: 'bearer' }) }, { apiKey: SECRET, fetch }) as unknown as AnyClient;
    await client.createThing!({ body: {} } as never);
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(requests[0]!.headers['x-api-key']).toBeUndefined();
  });

  it('reads the key and base URL from the environment; options win', async () => {
    vi.stubEnv('EXAMPLE_API_KEY', 'from-env');
    vi.stubEnv('EXAMPLE_BASE_URL', 'http://127.0.0.1:4010/');
    const { fetch, requests } = recordingFetch(() => json({}));
    await create({ fetch }).listRuns!({ params: { path: { thingId: 'a b' }, query: { limit: 1 } } } as never);
    expect(requests[0]).toMatchObject({ url: 'http://127.0.0.1:4010/v1/things/a%20b/runs?limit=1', headers: { 'x-api-key': 'from-env' } });
    await create({ fetch, apiKey: 'explicit', baseUrl: 'http://localhost:1' }).listRuns!({ params: { path: { thingId: 'x' } } } as never);
    expect(requests[1]).toMatchObject({ url: 'http://localhost:1/v1/things/x/runs', headers: { 'x-api-key': 'explicit' } });
  });

  it('names the environment variable when there is no key', () => {
    vi.stubEnv('EXAMPLE_API_KEY', '');
    expect(() => create({})).toThrow(ClientOptionsError);
    expect(() => create({})).toThrow('Example: no credentials; pass { apiKey } to createExampleClient() or set EXAMPLE_API_KEY');
  });

  it('refuses options it cannot honour', () => {
    expect(() => create({ apiKey: 'k', timeoutMs: 0 })).toThrow('timeoutMs must be in (0, 2147483647] or Infinity and maxRetries an integer ≥ 0, got 0 and 2');
    expect(() => create({ apiKey: 'k', maxRetries: 1.5 })).toThrow('timeoutMs must be in (0, 2147483647] or Infinity and maxRetries an integer ≥ 0, got 60000 and 1.5');
    expect(() => create({ apiKey: 'k', baseUrl: 'api.example.test' })).toThrow('options.baseUrl is not an absolute http(s) URL without whitespace, credentials, query or fragment');
  });

  it('keeps the key out of the client object', () => {
    const client = create({ apiKey: SECRET, fetch: async () => json({}) });
    expect(inspect(client, { depth: 5, showHidden: true })).not.toContain(SECRET);
    expect(JSON.stringify(client)).not.toContain(SECRET);
  });
});

describe('results', () => {
  it('carry the response status beside data and error, for operation and path methods alike', async () => {
    let status = 201;
    const client = create({ apiKey: SECRET, maxRetries: 0, fetch: async () => json({ id: 't1' }, status) });
    expect(await client.createThing!({ body: {} } as never)).toMatchObject({ status: 201, data: { id: 't1' } });
    status = 404;
    expect(await client.createThing!({ body: {} } as never)).toMatchObject({ status: 404, error: { id: 't1' } });
    const viaPath = await (client as unknown as { POST: AnyClient[string] }).POST('/v1/things' as never, { body: {} } as never);
    expect(viaPath.status).toBe(404);
  });
});

describe('a success body that contradicts the document', () => {
  const withImage = exampleApi({ operations: { createThing: 'POST /v1/things', getImage: 'GET /v1/image blob' }, errors: [] });
  const client = (respond: () => Response) => createApiClient<{}, AnyClient>(withImage, { apiKey: SECRET, maxRetries: 0, fetch: async () => respond() }) as unknown as AnyClient;
  const answer = (body: string | null, headers: Record<string, string>, status = 200) => () => new Response(body, { status, headers });

  it('is an ApiError naming what arrived, not a SyntaxError: HTML where JSON is documented, JSON where bytes are', async () => {
    const html = client(answer('<html>proxy error</html>', { 'content-type': 'text/html; charset=utf-8' }));
    const thrown = await html.createThing!({ body: {} } as never).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ status: 200, operationId: 'createThing', message: expect.stringContaining('the response is text/html; charset=utf-8, where the document gives JSON') });
    const json = client(answer('{"error":"not an image"}', { 'content-type': 'application/json' }));
    await expect(json.getImage!({} as never)).rejects.toMatchObject({ name: 'ApiError', operationId: 'getImage', message: expect.stringContaining('where the document gives bytes') });
  });

  it('is no error where the body agrees, is empty, or the call asked to read it otherwise', async () => {
    expect((await client(answer('{"id":"t"}', { 'content-type': 'application/problem+json' })).createThing!({ body: {} } as never)).data).toEqual({ id: 't' });
    expect((await client(answer(null, { 'content-type': 'text/plain' }, 204)).createThing!({ body: {} } as never)).status).toBe(204);
    expect((await client(answer('', { 'content-type': 'text/plain', 'content-length': '0' })).createThing!({ body: {} } as never)).status).toBe(200);
    expect((await client(answer('plain words', { 'content-type': 'text/plain' })).createThing!({ body: {}, parseAs: 'text' } as never)).data).toBe('plain words');
    expect((await client(answer('bytes', { 'content-type': 'image/png' })).getImage!({} as never)).data).toBeInstanceOf(Blob);
  });
});

describe('unwrap', () => {
  it('returns data on success', async () => {
    const client = create({ apiKey: SECRET, fetch: async () => json({ id: 't1' }) });
    expect(unwrap(await client.createThing!({ body: {} } as never))).toEqual({ id: 't1' });
  });

  it('throws an ApiError with status, code, message, traceId and operationId, for operation and path methods alike', async () => {
    const body = { error: { code: 4001, message: 'name taken' }, traceId: 'tr-1' };
    const client = create({ apiKey: SECRET, fetch: async () => json(body, 409) });
    const viaOperation = await client.createThing!({ body: {} } as never).then(unwrap).catch((error: unknown) => error);
    const viaPath = await (client as unknown as { POST: AnyClient[string] }).POST('/v1/things' as never, { body: {} } as never).then(unwrap).catch((error: unknown) => error);
    for (const error of [viaOperation, viaPath]) {
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 409, code: 4001, message: 'createThing (POST https://api.example.test/v1/things) failed with 409: name taken (code 4001, traceId tr-1)', traceId: 'tr-1', operationId: 'createThing', body });
    }
  });

  it.each([
    [400, BadRequestError], [401, AuthenticationError], [403, PermissionDeniedError], [404, NotFoundError], [409, ConflictError],
    [422, UnprocessableEntityError], [429, RateLimitError], [500, InternalServerError], [503, InternalServerError], [418, ApiError], [402, ApiError],
  ] as const)('throws for %i the class of its status, an ApiError all the same', async (status, ErrorClass) => {
    const client = create({ apiKey: SECRET, maxRetries: 0, fetch: async () => json({ error: { code: 'E', message: 'no' } }, status) });
    const error = await client.createThing!({ body: {} } as never).then(unwrap).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: ErrorClass.name, status, code: 'E', operationId: 'createThing' });
    // The other classes do not claim it.
    const others = [BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError].filter((other) => other !== ErrorClass);
    for (const other of others) expect(error).not.toBeInstanceOf(other);
  });

  it('falls back to the text body or status text when the shape does not match', async () => {
    const client = create({ apiKey: SECRET, maxRetries: 0, fetch: async () => new Response('upstream exploded', { status: 502, statusText: 'Bad Gateway' }) });
    await expect(client.listRuns!({ params: { path: { thingId: 'x' } } } as never).then(unwrap)).rejects.toThrow('listRuns (GET https://api.example.test/v1/things/x/runs) failed with 502: upstream exploded');
  });

  it('never shows the API key, even when the server echoes it', async () => {
    const echo = { error: { code: 401, message: `invalid key ${SECRET}` }, [SECRET]: SECRET };
    const client = create({ apiKey: SECRET, fetch: async () => json(echo, 401) });
    const error = (await client.createThing!({ body: {} } as never).then(unwrap).catch((caught: unknown) => caught)) as ApiError;
    expect(error.message).toBe('createThing (POST https://api.example.test/v1/things) failed with 401: invalid key [redacted] (code 401)');
    for (const rendering of [String(error), error.stack ?? '', inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), JSON.stringify(error.body)]) {
      expect(rendering).not.toContain(SECRET);
    }
  });

  it('surfaces network failures as ConnectionError without the key', async () => {
    const client = create({
      apiKey: SECRET,
      maxRetries: 0,
      fetch: async (_url, init) => {
        throw new TypeError(`cannot reach ${new Headers(init.headers).get('x-api-key')}`);
      },
    });
    const error = await client.createThing!({ body: {} } as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(inspect(error, { depth: 10 })).not.toContain(SECRET);
  });
});

describe('createWaiter', () => {
  type Run = { id: string; status: string };
  const waiterFor = (client: AnyClient) =>
    createWaiter(
      'waitForRun',
      client.listRuns!,
      (id: string, options: { version?: string }) => ({ path: { thingId: id }, query: { page: 1, limit: 1, version: options.version } }),
      (body: { data: { results: Run[] } }) => body?.data?.results?.[0],
      'status',
      ['success', 'failure'],
    );

  it('polls the list operation until the newest item is terminal', async () => {
    const statuses = ['running', 'running', 'failure'];
    const { fetch, requests } = recordingFetch(() => json({ data: { results: [{ id: 'r1', status: statuses.shift() }] } }));
    const result = await waiterFor(create({ apiKey: SECRET, fetch }))('t1', { version: '2', intervalMs: 1 });
    expect(result).toEqual({ id: 'r1', status: 'failure' });
    expect(requests.map((request) => request.url)).toEqual(Array(3).fill('https://api.example.test/v1/things/t1/runs?page=1&limit=1&version=2'));
  });

  it('keeps polling while there is no execution yet, and times out clearly', async () => {
    const { fetch } = recordingFetch(() => json({ data: { results: [] } }));
    await expect(waiterFor(create({ apiKey: SECRET, fetch }))('t1', { intervalMs: 5, timeoutMs: 20 })).rejects.toThrow(
      /^waitForRun\("t1"\), after \d+ polls \(last status: none\), timed out after 20 ms$/,
    );
  });

  it('backs off between polls, never waits past the deadline, and names the last status', async () => {
    vi.useFakeTimers();
    try {
      const { fetch, requests } = recordingFetch(() => json({ data: { results: [{ id: 'r1', status: 'running' }] } }));
      const polledAt: number[] = [];
      const waiting = waiterFor(create({ apiKey: SECRET, fetch: async (url, init) => (polledAt.push(Date.now()), fetch(url, init)) }))('t1', {
        intervalMs: 1000,
        backoffFactor: 2,
        maxIntervalMs: 3000,
        timeoutMs: 7500,
      });
      const outcome = waiting.catch((error: unknown) => error);
      await vi.runAllTimersAsync();
      const error = await outcome;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toBe('waitForRun("t1"), after 5 polls (last status: running), timed out after 7500 ms');
      const start = polledAt[0]!;
      expect(polledAt.map((at) => at - start)).toEqual([0, 1000, 3000, 6000, 7500]);
      expect(requests).toHaveLength(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when the signal aborts, with its reason', async () => {
    const controller = new AbortController();
    let polls = 0;
    const { fetch } = recordingFetch(() => {
      if (++polls === 2) controller.abort(new Error('cancelled by caller'));
      return json({ data: { results: [{ id: 'r1', status: 'running' }] } });
    });
    await expect(waiterFor(create({ apiKey: SECRET, fetch }))('t1', { intervalMs: 1, signal: controller.signal })).rejects.toThrow('cancelled by caller');
    expect(polls).toBe(2);
  });

  it('rejects polling options it cannot honour', async () => {
    const wait = waiterFor(create({ apiKey: SECRET, fetch: async () => json({}) }));
    await expect(wait('t1', { intervalMs: -1 })).rejects.toThrow('waitForRun("t1"): intervalMs and maxIntervalMs must be in [0, 2147483647], timeoutMs ≥ 0, backoffFactor ≥ 1');
    await expect(wait('t1', { backoffFactor: 0.5 })).rejects.toThrow(RangeError);
  });

  it('throws the ApiError of a failed poll', async () => {
    const { fetch } = recordingFetch(() => json({ error: { code: 404, message: 'Task not found' } }, 404));
    const failed = waiterFor(create({ apiKey: SECRET, fetch }))('nope', { intervalMs: 1 });
    await expect(failed).rejects.toBeInstanceOf(NotFoundError);
    await expect(failed).rejects.toMatchObject({
      name: 'NotFoundError',
      status: 404,
      operationId: 'listRuns',
      message: expect.stringContaining('Task not found'),
    });
  });
});
