/**
 * The key never shows in an error, whatever carries it there: a table of
 * leak channels × keys × auth schemes, every error rendered every way
 * (message, stack, String, util.inspect with depth Infinity and showHidden,
 * JSON.stringify) down its `cause` chain. Servers echo what they really
 * received, through real HTTP on 127.0.0.1.
 */
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthScheme } from '../../src/runtime/auth.js';
import { createApiClient, unwrap, type ApiResult } from '../../src/runtime/client.js';
import { ApiError, ConnectionError, TimeoutError } from '../../src/runtime/errors.js';
import type { FetchLike } from '../../src/runtime/fetch.js';
import { createWaiter } from '../../src/runtime/waiter.js';
import { exampleApi } from './example-api.js';
import { startServer, type Received, type TestServer } from './echo-server.js';

const KEYS: Array<[string, string]> = [
  ['plain', 'sk-live-0123456789abcdef'],
  ['surrounded by spaces', '  sk-spaced-0123456789  '],
  ['with a trailing newline (a secret file)', 'sk-file-0123456789abcdef\n'],
  ['with JSON specials', 'sk-"quoted"\\back\\slash-0123'],
  ['with regex and replacement specials', 'sk-$&$1.*+?^${}()|[]-0123'],
  ['with URL specials', 'sk/key?x=1&y=%2F#frag-0123'],
];

const SCHEMES: Array<[string, AuthScheme]> = [
  ['apiKey header', { type: 'apiKey', name: 'x-api-key' }],
  ['Bearer', { type: 'http', scheme: 'bearer' }],
];

const definition = (auth: AuthScheme) => exampleApi({
  auth,
  operations: { createThing: 'POST /v1/things', getThing: 'GET /v1/things/{thingId}', listRuns: 'GET /v1/things/{thingId}/runs' },
  errors: { code: '/error/code', message: '/error/message', traceId: '/traceId' },
});

type Call = (...args: unknown[]) => Promise<ApiResult>;
type AnyClient = Record<string, Call> & { use(middleware: object): void };

/** Every form in which the key could be printed: as given, trimmed, JSON-, inspect- and URL-escaped. */
function keyForms(raw: string): string[] {
  const key = raw.trim();
  return [raw, key, JSON.stringify(key).slice(1, -1), inspect(key).slice(1, -1), encodeURIComponent(key)];
}

/** Every way an error is shown, for the error and each `cause` below it. */
function renderings(error: unknown): string[] {
  const shown: string[] = [];
  for (let current = error, depth = 0; current !== undefined && depth < 10; depth++) {
    shown.push(String(current), inspect(current, { depth: Infinity, showHidden: true }), JSON.stringify(current) ?? '');
    if (!(current instanceof Error)) break;
    shown.push(current.message, current.stack ?? '');
    current = current.cause;
  }
  return shown;
}

/** The key as the server received it, from either scheme's header. */
const credential = (request: Received) => String(request.headers['x-api-key'] ?? request.headers.authorization).replace(/^Bearer /, '');

/** The echo server: the first path segment picks how the credential is echoed. */
function echo(request: Received, response: ServerResponse): void {
  const secret = credential(request);
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    void response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  switch (request.url.split('/')[1]) {
    case 'status-text':
      return void response.writeHead(401, `invalid key ${secret}`).end();
    case 'json-body':
      return json(401, { error: { code: 'bad_key', message: `invalid key ${secret}` }, traceId: `trace-${secret}`, [secret]: { nested: [secret] } });
    case 'text-body':
      return void response.writeHead(502, { 'content-type': 'text/plain' }).end(`upstream refused ${secret}`);
    case 'header':
      return json(403, { error: { code: 'forbidden', message: 'forbidden' } }, { 'x-echo': secret });
    case 'invalid-json':
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(`not json ${secret}`);
    case 'waiter':
      return json(200, { data: { results: [{ id: 'r1', status: `running ${secret}` }] } });
    case 'hang':
      return; // never answers: the client's timeout ends it
  }
}

/** A fetch that fails the way `fail` says, with the credential it was handed. */
const failingFetch = (fail: (secret: string) => unknown): FetchLike => async (_url, init) => {
  const headers = new Headers(init.headers);
  throw fail(String(headers.get('x-api-key') ?? headers.get('authorization')).replace(/^Bearer /, ''));
};

interface Channel {
  name: string;
  /** Makes the call that must fail, on a client built from these options. */
  run(create: (options: Record<string, unknown>) => AnyClient, origin: string, rawKey: string): Promise<unknown>;
  /** The error's class and what it must still say. */
  type: new (...args: never[]) => Error;
  says: RegExp;
}

const CHANNELS: Channel[] = [
  {
    name: 'status text (reason phrase)',
    run: (create, origin) => create({ baseUrl: `${origin}/status-text` }).createThing!({ body: {} }).then(unwrap),
    type: ApiError,
    says: /^createThing \(POST http:\/\/127\.0\.0\.1:\d+\/status-text\/v1\/things\) failed with 401: invalid key \[redacted\]$/,
  },
  {
    name: 'JSON body: message, trace id, property names, nested values',
    run: (create, origin) => create({ baseUrl: `${origin}/json-body` }).createThing!({ body: {} }).then(unwrap),
    type: ApiError,
    says: /^createThing \(POST .*\/json-body\/v1\/things\) failed with 401: invalid key \[redacted\] \(code bad_key, traceId trace-\[redacted\]\)$/,
  },
  {
    name: 'text body',
    run: (create, origin) => create({ baseUrl: `${origin}/text-body` }).createThing!({ body: {} }).then(unwrap),
    type: ApiError,
    says: /^createThing \(POST .*\) failed with 502: upstream refused \[redacted\]$/,
  },
  {
    name: 'response header',
    run: (create, origin) => create({ baseUrl: `${origin}/header` }).createThing!({ body: {} }).then(unwrap),
    type: ApiError,
    says: /^createThing \(POST .*\) failed with 403: forbidden \(code forbidden\)$/,
  },
  {
    name: 'a 200 whose JSON does not parse (openapi-fetch’s SyntaxError quotes it)',
    run: (create, origin) => create({ baseUrl: `${origin}/invalid-json` }).createThing!({ body: {} }),
    type: SyntaxError,
    says: /JSON/,
  },
  {
    name: 'timeout of a request whose path parameter is the key',
    run: (create, origin, rawKey) => create({ baseUrl: `${origin}/hang`, timeoutMs: 100, maxRetries: 0 }).getThing!({ params: { path: { thingId: rawKey } } }),
    type: TimeoutError,
    says: /^GET \/hang\/v1\/things\/.*\[redacted\].* timed out after 100 ms$/,
  },
  {
    name: 'waiter timeout naming the last status',
    run: (create, origin) => {
      const client = create({ baseUrl: `${origin}/waiter` });
      const wait = createWaiter('waitForRun', client.listRuns!, (id: string) => ({ path: { thingId: id } }), (body: { data: { results: unknown[] } }) => body.data.results[0], 'status', ['done']);
      return wait('t1', { intervalMs: 5, timeoutMs: 40 });
    },
    type: TimeoutError,
    says: /^waitForRun\("t1"\), after \d+ polls \(last status: running \[redacted\]\), timed out after 40 ms$/,
  },
  {
    name: 'custom fetch throwing an Error naming the key',
    run: (create) => create({ maxRetries: 0, fetch: failingFetch((secret) => new Error(`cannot reach with ${secret}`)) }).createThing!({ body: {} }),
    type: ConnectionError,
    says: /^POST \/v1\/things failed: cannot reach with \[redacted\]$/,
  },
  {
    name: 'custom fetch throwing with the key in its cause’s message and code',
    run: (create) =>
      create({ maxRetries: 0, fetch: failingFetch((secret) => new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${secret}`), { code: `E_${secret}` }) })) }).createThing!({ body: {} }),
    type: ConnectionError,
    says: /^POST \/v1\/things failed: connect \[redacted\]$/,
  },
  {
    name: 'custom fetch throwing a string',
    run: (create) => create({ maxRetries: 0, fetch: failingFetch((secret) => `refused ${secret}`) }).createThing!({ body: {} }),
    type: ConnectionError,
    says: /^POST \/v1\/things failed: refused \[redacted\]$/,
  },
  {
    name: 'middleware throwing an error (and cause) quoting the request headers',
    run: (create, origin) => {
      const client = create({ baseUrl: `${origin}/json-body` });
      client.use({
        onRequest({ request }: { request: { headers: Headers } }) {
          const secret = [...request.headers.values()].join(' ');
          throw new Error(`refusing ${secret}`, { cause: Object.assign(new Error(`inner ${secret}`), { detail: `detail ${secret}` }) });
        },
      });
      return client.createThing!({ body: {} });
    },
    type: Error,
    says: /^refusing .*\[redacted\]/,
  },
];

let server: TestServer;
beforeAll(async () => {
  server = await startServer(echo);
});
afterAll(() => server.close());

describe.each(SCHEMES)('with %s auth', (_scheme, auth) => {
  describe.each(KEYS)('a key %s', (_name, rawKey) => {
    const create = (options: Record<string, unknown>) => createApiClient<{}, AnyClient>(definition(auth), { apiKey: rawKey, ...options }) as unknown as AnyClient;

    it.each(CHANNELS)('never shows it through the $name', async (channel) => {
      const error = await channel.run(create, server.origin, rawKey).then(
        () => expect.unreachable('the call should have failed'),
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(channel.type);
      expect((error as Error).message).toMatch(channel.says);
      for (const shown of renderings(error)) for (const form of keyForms(rawKey)) expect(shown).not.toContain(form);
    });

    it('redacts the typed error body a call returns, keeping its shape', async () => {
      const result = await create({ baseUrl: `${server.origin}/json-body` }).createThing!({ body: {} });
      expect(result.response.status).toBe(401);
      expect(result.error).toEqual({ error: { code: 'bad_key', message: 'invalid key [redacted]' }, traceId: 'trace-[redacted]', '[redacted]': { nested: ['[redacted]'] } });
    });
  });
});
