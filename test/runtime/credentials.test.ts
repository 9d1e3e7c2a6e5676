/**
 * Which credentials a request carries: one option per scheme, the first
 * requirement (OR) whose schemes (AND) are all configured, per operation,
 * `[]` sending none; each kind where its scheme says (a header, the query,
 * a cookie, Authorization: Bearer or Basic). A request that needs
 * credentials the client lacks is refused before anything is sent, and
 * credentials never go to another origin.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { basic as basicSender, bearer, cookieKey, headerKey, queryKey, type CredentialDefinition } from '../../src/runtime/auth.js';
import { createApiClient, type ApiResult, type UntypedClientOptions } from '../../src/runtime/client.js';
import { ClientOptionsError } from '../../src/runtime/errors.js';
import type { FetchLike } from '../../src/runtime/fetch.js';
import { exampleApi } from './example-api.js';

/** influxdata's v1-compat schemes, plus a bearer and a cookie: every kind the runtime sends. */
const CREDENTIALS: Record<string, CredentialDefinition> = {
  token: { send: headerKey('Authorization'), options: ['tokenAuthentication'], env: ['X_TOKEN'] },
  query: { send: queryKey('u'), options: ['queryKey'], env: ['X_QUERY'] },
  cookie: { send: cookieKey('sid'), options: ['session'], env: ['X_SESSION'] },
  bearer: { send: bearer, options: ['bearerToken'], env: ['X_BEARER'] },
  basic: { send: basicSender, options: ['username', 'password'], env: ['X_USERNAME', 'X_PASSWORD'] },
};

const definition = exampleApi({
  credentials: CREDENTIALS,
  // The document's: bearer, or basic together with the query key.
  security: [['bearer'], ['basic', 'query']],
  operations: { getThing: 'GET /v1/things', getPublic: 'GET /v1/public', getOptional: 'GET /v1/optional', getByCookie: 'GET /v1/cookie', getUnsendable: 'GET /v1/mtls' },
  operationSecurity: {
    'GET /v1/public': [],
    'GET /v1/optional': [['token'], []],
    'GET /v1/cookie': [['cookie']],
    'GET /v1/mtls': [['mtls']],
  },
});

interface Sent {
  url: string;
  headers: Record<string, string>;
}

type AnyClient = Record<string, (init?: object) => Promise<ApiResult>> & { GET(path: string, init?: object): Promise<ApiResult> };

function client(options: UntypedClientOptions) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, headers: Object.fromEntries(new Headers(init.headers)) });
    return new Response('{}', { headers: { 'content-type': 'application/json' } });
  };
  const made = createApiClient<{}, AnyClient>(definition, { fetch, ...options }) as unknown as AnyClient;
  return { client: made, sent, last: () => sent.at(-1)! };
}

/** The credentials a request carried, by where they travel. */
function carried({ url, headers }: Sent) {
  return {
    authorization: headers.authorization,
    cookie: headers.cookie,
    query: new URL(url).search,
  };
}

const basic = (username: string, password: string) => `Basic ${btoa(`${username}:${password}`)}`;

afterEach(() => vi.unstubAllEnvs());

describe('choosing a requirement', () => {
  it.each<[string, UntypedClientOptions, ReturnType<typeof carried>]>([
    ['the first alternative when configured', { bearerToken: 'tok', username: 'ann', password: 'pw', queryKey: 'q' }, { authorization: 'Bearer tok', cookie: undefined, query: '' }],
    ['the next one (AND: basic and the query key) when the first is not', { username: 'ann', password: 'pw', queryKey: 'q k' }, { authorization: basic('ann', 'pw'), cookie: undefined, query: '?u=q%20k' }],
  ])('sends %s', async (_, options, want) => {
    const { client: made, last } = client(options);
    await made.getThing!();
    expect(carried(last())).toEqual(want);
  });

  it('refuses, before sending, an operation none of whose requirements is configured (AND needs every scheme)', async () => {
    const { client: made, sent } = client({ username: 'ann', session: 'session-abc' });
    const error = await made.getThing!().catch((caught: unknown) => caught);
    expect(error).toEqual(
      new ClientOptionsError('Example: GET /v1/things needs credentials; pass { bearerToken } to createExampleClient() or set X_BEARER; or pass { username, password, queryKey } to createExampleClient() or set X_USERNAME and X_PASSWORD and X_QUERY'),
    );
    // The path method is the same operation: refused alike.
    await expect(made.GET('/v1/things')).rejects.toBeInstanceOf(ClientOptionsError);
    expect(sent).toEqual([]);
  });

  it('sends per operation: its own requirement, none for `security: []`, and an empty alternative as optional auth', async () => {
    const { client: made, last } = client({ session: 'abc', bearerToken: 'tok' });
    await made.getByCookie!({ headers: { cookie: 'theme=dark' } });
    expect(carried(last())).toEqual({ authorization: undefined, cookie: 'theme=dark; sid=abc', query: '' });
    await made.getPublic!();
    expect(carried(last())).toEqual({ authorization: undefined, cookie: undefined, query: '' });
    await made.getOptional!();
    expect(carried(last())).toEqual({ authorization: undefined, cookie: undefined, query: '' });
    const withToken = client({ tokenAuthentication: 'Token abc', bearerToken: 'tok' });
    await withToken.client.getOptional!();
    expect(carried(withToken.last())).toEqual({ authorization: 'Token abc', cookie: undefined, query: '' });
  });

  it('names a scheme the client cannot send', async () => {
    const { client: made } = client({ bearerToken: 'tok' });
    await expect(made.getUnsendable!()).rejects.toThrow(new ClientOptionsError('Example: GET /v1/mtls needs credentials; schemes mtls (which this client cannot send)'));
  });

  it('refuses at creation a client with no credential when every operation needs one, listing every way', () => {
    const strict = exampleApi({ credentials: CREDENTIALS, security: [['bearer']], operationSecurity: { 'GET /v1/cookie': [['cookie']] } });
    expect(() => createApiClient(strict, {})).toThrow(
      new ClientOptionsError('Example: no credentials; pass { bearerToken } to createExampleClient() or set X_BEARER; or pass { session } to createExampleClient() or set X_SESSION'),
    );
    // With an operation that needs none, the client is made; the calls that need some are refused.
    expect(() => createApiClient(definition, {})).not.toThrow();
  });
});

describe('reading and checking credentials', () => {
  it('reads each from its variable; options win; a basic password defaults to empty (a key sent as the username)', async () => {
    vi.stubEnv('X_USERNAME', 'key_from_env');
    vi.stubEnv('X_QUERY', 'q');
    const fromEnv = client({});
    await fromEnv.client.getThing!();
    expect(carried(fromEnv.last()).authorization).toBe(basic('key_from_env', ''));
    const explicit = client({ username: ' ann\n', password: 'p:w' });
    await explicit.client.getThing!();
    expect(carried(explicit.last()).authorization).toBe(basic('ann', 'p:w'));
  });

  it.each<[string, UntypedClientOptions, string]>([
    ['a basic username with a colon', { username: 'a:b' }, 'Example: options.username has a colon, which a basic username cannot hold'],
    ['a blank basic username', { username: '  ' }, 'Example: options.username is blank'],
    ['a cookie value with a semicolon (it would add a cookie)', { session: 'a; admin=1' }, 'Example: options.session has a character a cookie value cannot hold'],
    ['a cookie value with a quote', { session: 'a"b' }, 'Example: options.session has a character a cookie value cannot hold'],
    ['a query key with a newline', { queryKey: 'a\nb' }, 'Example: options.queryKey has a control or non-ASCII character'],
    ['a credential that is not a string', { bearerToken: 42 }, 'Example: options.bearerToken must be a string'],
  ])('refuses %s, naming the option, never the value', (_, options, message) => {
    expect(() => createApiClient(definition, options)).toThrow(new ClientOptionsError(message));
  });

  it('names the variable a bad value came from', () => {
    vi.stubEnv('X_SESSION', 'a,b');
    expect(() => createApiClient(definition, {})).toThrow(new ClientOptionsError('Example: X_SESSION has a character a cookie value cannot hold'));
  });
});

describe('where credentials go', () => {
  it('never to another origin: a call with its own baseUrl elsewhere is refused before anything is sent', async () => {
    const { client: made, sent } = client({ bearerToken: 'tok' });
    await expect(made.getThing!({ baseUrl: 'https://attacker.example' })).rejects.toThrow(
      new ClientOptionsError("Example: a call's baseUrl is another origin than the client's: credentials are not sent there"),
    );
    expect(sent).toEqual([]);
    // Another path on the same origin is fine.
    await made.getThing!({ baseUrl: 'https://api.example.test/v2' });
    expect(sent.map((request) => request.url)).toEqual(['https://api.example.test/v2/v1/things']);
  });

  it('wins over a header of the same name given in options or per call', async () => {
    const { client: made, last } = client({ bearerToken: 'tok', headers: { authorization: 'Bearer not-this' } });
    await made.getThing!({ headers: { Authorization: 'Bearer nor-this' } });
    expect(carried(last()).authorization).toBe('Bearer tok');
  });

  it('appends a query key after the query parameters of the call', async () => {
    const { client: made, last } = client({ username: 'a', queryKey: 'k&x=1' });
    await made.getThing!({ params: { query: { page: 2 } } });
    expect(last().url).toBe('https://api.example.test/v1/things?page=2&u=k%26x%3D1');
  });
});
