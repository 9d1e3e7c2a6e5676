/**
 * Redirects never take the credentials to another origin. Two real HTTP
 * servers on 127.0.0.1 (two ports: two origins): the first redirects, the
 * second must never see a request. Same-origin redirects are followed with
 * fetch's method rules, and a loop ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthScheme } from '../../src/runtime/auth.js';
import { createApiClient, type ApiResult } from '../../src/runtime/client.js';
import { ConnectionError, createRedactor } from '../../src/runtime/errors.js';
import { createResilientFetch, MAX_REDIRECTS, PlainRequest } from '../../src/runtime/fetch.js';
import { startServer, type Received, type TestServer } from './echo-server.js';
import { exampleApi, sentAs } from './example-api.js';

const KEY = 'sk-redirect-0123456789';
const STATUSES = [301, 302, 303, 307, 308] as const;
const SCHEMES: Array<[string, AuthScheme, string]> = [
  ['apiKey header', { type: 'apiKey', in: 'header', name: 'anchor-api-key' }, 'anchor-api-key'],
  ['Bearer', { type: 'http', scheme: 'bearer' }, 'authorization'],
];

type Call = (init?: object) => Promise<ApiResult>;
type AnyClient = Record<string, Call>;

const definition = (auth: AuthScheme) => exampleApi({ ...sentAs(auth), operations: { createThing: 'POST /v1/things', listThings: 'GET /v1/things' } });

/** What the landing page saw, as JSON: the method, body, content type and whether credentials came. */
const landing = (request: Received, authHeader: string) => ({
  method: request.method,
  body: request.body,
  contentType: request.headers['content-type'] ?? null,
  credentials: request.headers[authHeader] !== undefined,
});

let other: TestServer;
let api: TestServer;
beforeAll(async () => {
  other = await startServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"stolen":true}'));
  // /cross/<status>/… → the other origin; /same/<status>/… → /landing/… here; /loop/… → itself; /landing/… echoes.
  api = await startServer((request, response) => {
    const [, kind, status] = request.url.split('/');
    const authHeader = request.headers.authorization ? 'authorization' : 'anchor-api-key';
    if (kind === 'landing') return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(landing(request, authHeader)));
    const location = { cross: `${other.origin}/landing/v1/things`, same: '/landing/v1/things', loop: request.url }[kind!];
    response.writeHead(Number(status), location ? { location } : {}).end();
  });
});
afterAll(async () => {
  await Promise.all([api.close(), other.close()]);
});

describe.each(SCHEMES)('with %s auth', (_name, auth, authHeader) => {
  const create = (path: string) => createApiClient<{}, AnyClient>(definition(auth), { apiKey: KEY, baseUrl: `${api.origin}${path}` }) as unknown as AnyClient;

  describe.each(STATUSES)('a %i', (status) => {
    it.each([
      ['POST', 'createThing', { body: { name: 'a' } }],
      ['GET', 'listThings', {}],
    ] as const)('to another origin is refused for a %s, naming that origin, and the other server sees nothing', async (_method, operation, init) => {
      const before = { api: api.received.length, other: other.received.length };
      const error = await create(`/cross/${status}`)[operation]!(init).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).toMatchObject({ code: 'ERR_REDIRECT' });
      expect((error as Error).message).toContain(`redirect to ${other.origin} refused`);
      expect((error as Error).message).not.toContain(KEY);
      expect(other.received.length).toBe(before.other);
      // Not retried either: the same request would be redirected again.
      expect(api.received.length).toBe(before.api + 1);
    });

    it('within the origin is followed with the credentials, by fetch’s method rules', async () => {
      const posted = await create(`/same/${status}`).createThing!({ body: { name: 'a' } });
      const becomesGet = status !== 307 && status !== 308;
      expect(posted.data).toEqual(
        becomesGet
          ? { method: 'GET', body: '', contentType: null, credentials: true }
          : { method: 'POST', body: '{"name":"a"}', contentType: 'application/json', credentials: true },
      );
      const got = await create(`/same/${status}`).listThings!();
      expect(got.data).toEqual({ method: 'GET', body: '', contentType: null, credentials: true });
      expect(api.received.at(-1)!.headers[authHeader]).toContain(KEY);
    });
  });

  it(`ends a redirect loop after ${MAX_REDIRECTS} hops`, async () => {
    const before = api.received.length;
    const error = await create('/loop/307').listThings!().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe('GET /loop/307/v1/things: too many redirects');
    expect(api.received.length - before).toBe(MAX_REDIRECTS + 1);
  });

  it('returns a redirect without Location as the response it is', async () => {
    const result = await create('/none/302').listThings!();
    expect(result.response.status).toBe(302);
  });
});

describe('redirects a client cannot read', () => {
  const send = (respond: () => Response) =>
    createResilientFetch({ fetch: async () => respond(), timeoutMs: 1000, maxRetries: 2, redact: createRedactor([KEY]) })(
      new PlainRequest('https://api.example.test/v1/things', { method: 'GET', headers: new Headers({ 'x-api-key': KEY }) }),
    );

  it.each([
    ['a browser’s opaque redirect (it hides the target)', () => ({ type: 'opaqueredirect', status: 0, headers: new Headers(), body: null }) as unknown as Response],
    ['a Location that is not a URL', () => new Response(null, { status: 302, headers: { location: 'http://[::1' } })],
  ])('refuses %s', async (_name, respond) => {
    await expect(send(respond)).rejects.toThrow(new ConnectionError('GET /v1/things: redirect to an unknown location refused', 'ERR_REDIRECT'));
  });
});
