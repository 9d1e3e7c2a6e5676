/**
 * The key never shows in an error, whatever carries it there: a table of
 * leak channels × keys × auth schemes (apiKey in a header, the query and a
 * cookie, bearer, basic with the key as username and as password), every error rendered every way
 * (message, stack, String, util.inspect with depth Infinity and showHidden,
 * JSON.stringify) down its `cause` chain. Servers echo what they really
 * received, through real HTTP on 127.0.0.1.
 */
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { senderOf, type AuthScheme } from '../../src/runtime/auth.js';
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

interface Scheme {
  send: AuthScheme;
  /** The client options giving the key. */
  options(rawKey: string): Record<string, unknown>;
  /** Whether the scheme can carry this key at all (a cookie value holds no quote, backslash or space). */
  carries(key: string): boolean;
}

const SCHEMES: Array<[string, Scheme]> = [
  ['apiKey header', { send: { type: 'apiKey', in: 'header', name: 'x-api-key' }, options: (apiKey) => ({ apiKey }), carries: () => true }],
  ['apiKey query', { send: { type: 'apiKey', in: 'query', name: 'api_key' }, options: (apiKey) => ({ apiKey }), carries: () => true }],
  ['apiKey cookie', { send: { type: 'apiKey', in: 'cookie', name: 'session' }, options: (apiKey) => ({ apiKey }), carries: (key) => !/[\s;,"\\]/.test(key.trim()) }],
  ['Bearer', { send: { type: 'http', scheme: 'bearer' }, options: (apiKey) => ({ apiKey }), carries: () => true }],
  ['basic, the key as username', { send: { type: 'http', scheme: 'basic' }, options: (username) => ({ username, password: 'pw' }), carries: (key) => !key.includes(':') }],
  ['basic, the key as password', { send: { type: 'http', scheme: 'basic' }, options: (password) => ({ username: 'user', password }), carries: () => true }],
];

const definition = (send: AuthScheme) => exampleApi({
  credentials: { auth: { send: senderOf(send), options: send.type === 'http' && send.scheme === 'basic' ? ['username', 'password'] : ['apiKey'], env: ['EXAMPLE_USERNAME', 'EXAMPLE_PASSWORD'] } },
  security: [['auth']],
  operations: { createThing: 'POST /v1/things', getThing: 'GET /v1/things/{thingId}', listRuns: 'GET /v1/things/{thingId}/runs' },
  errors: [{ code: '/error/code', message: '/error/message', traceId: '/traceId' }],
});

type Call = (...args: unknown[]) => Promise<ApiResult>;
type AnyClient = Record<string, Call> & { use(middleware: object): void };

/** Every form in which the key could be printed: as given, trimmed, JSON-, inspect- and URL-escaped, and for basic auth inside the encoded pair. */
function keyForms(raw: string, scheme: Scheme): string[] {
  const key = raw.trim();
  const { username, password } = scheme.options(key) as { username?: string; password?: string };
  const pair = scheme.send.type === 'http' && scheme.send.scheme === 'basic' ? [btoa(`${username}:${password}`)] : [];
  return [raw, key, JSON.stringify(key).slice(1, -1), inspect(key).slice(1, -1), encodeURIComponent(key), ...pair];
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

/** The credential as the server received it, in whichever place its scheme puts it, and for basic auth decoded too. */
function received(url: string, headers: Headers): string {
  const authorization = headers.get('authorization') ?? '';
  const basic = /^Basic (.*)$/.exec(authorization)?.[1];
  const cookie = /(?:^|; )session=([^;]*)/.exec(headers.get('cookie') ?? '')?.[1];
  const query = new URL(url, 'http://x').searchParams.get('api_key');
  if (basic) return `${basic} ${atob(basic)}`;
  return headers.get('x-api-key') ?? cookie ?? query ?? authorization.replace(/^Bearer /, '');
}

/** The basic echo (the encoded pair, then the pair decoded: both credentials) reads as the one redaction the other schemes show. */
const oneRedaction = (text: string) => text.replaceAll('[redacted] [redacted]:[redacted]', '[redacted]');

const credential = (request: Received) => received(request.url, new Headers(request.headers as Record<string, string>));

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
const failingFetch = (fail: (secret: string) => unknown): FetchLike => async (url, init) => {
  throw fail(received(url, new Headers(init.headers)));
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
    says: /^createThing \(POST http:\/\/127\.0\.0\.1:\d+\/status-text\/v1\/things(\?api_key=\[redacted\])?\) failed with 401: invalid key \[redacted\]$/,
  },
  {
    name: 'JSON body: message, trace id, property names, nested values',
    run: (create, origin) => create({ baseUrl: `${origin}/json-body` }).createThing!({ body: {} }).then(unwrap),
    type: ApiError,
    says: /^createThing \(POST .*\/json-body\/v1\/things(\?api_key=\[redacted\])?\) failed with 401: invalid key \[redacted\] \(code bad_key, traceId trace-\[redacted\]\)$/,
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
    name: 'middleware throwing an error (and cause) quoting the request URL and headers',
    run: (create, origin) => {
      const client = create({ baseUrl: `${origin}/json-body` });
      client.use({
        onRequest({ request }: { request: { url: string; headers: Headers } }) {
          const secret = [request.url, ...request.headers.values()].join(' ');
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

describe.each(SCHEMES)('with %s auth', (_scheme, scheme) => {
  // A key the scheme cannot carry is refused when the client is made (test/runtime/options.test.ts).
  describe.each(KEYS.filter(([, key]) => scheme.carries(key)))('a key %s', (_name, rawKey) => {
    const create = (options: Record<string, unknown>) => createApiClient<{}, AnyClient>(definition(scheme.send), { ...scheme.options(rawKey), ...options }) as unknown as AnyClient;

    it.each(CHANNELS)('never shows it through the $name', async (channel) => {
      const error = await channel.run(create, server.origin, rawKey).then(
        () => expect.unreachable('the call should have failed'),
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(channel.type);
      expect(oneRedaction((error as Error).message)).toMatch(channel.says);
      for (const shown of renderings(error)) for (const form of keyForms(rawKey, scheme)) expect(shown).not.toContain(form);
    });

    it('redacts the typed error body a call returns, keeping its shape', async () => {
      const result = await create({ baseUrl: `${server.origin}/json-body` }).createThing!({ body: {} });
      expect(result.response.status).toBe(401);
      expect(JSON.parse(oneRedaction(JSON.stringify(result.error)))).toEqual({ error: { code: 'bad_key', message: 'invalid key [redacted]' }, traceId: 'trace-[redacted]', '[redacted]': { nested: ['[redacted]'] } });
    });
  });
});
