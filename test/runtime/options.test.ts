/**
 * What a client accepts and refuses at creation and per call: the key
 * (normalized once, never printed), the base URL, extra headers, time
 * limits setTimeout can hold, and path parameters that stay one segment.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, type ApiResult, type UntypedClientOptions } from '../../src/runtime/client.js';
import { ClientOptionsError, TimeoutError } from '../../src/runtime/errors.js';
import { MAX_DELAY_MS, type FetchLike } from '../../src/runtime/fetch.js';
import { createWaiter } from '../../src/runtime/waiter.js';
import { exampleApi } from './example-api.js';

const definition = exampleApi({ operations: { createThing: 'POST /v1/things', getRuns: 'GET /v1/task/{taskId}/executions' } });

type AnyClient = Record<string, (init?: object) => Promise<ApiResult>>;
const create = (options: UntypedClientOptions) => createApiClient<{}, AnyClient>(definition, options) as unknown as AnyClient;

/** A fetch that records each request's URL and key, answering `{"ok":true}` after `delayMs` unless aborted first. */
function recorder(delayMs = 0) {
  const sent: Array<{ url: string; key: string | null }> = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, key: new Headers(init.headers).get('x-api-key') });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, delayMs);
      init.signal?.addEventListener('abort', () => reject((clearTimeout(timer), init.signal!.reason)));
    });
    return new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, sent };
}

/** Long enough that the redactor, which hides every occurrence of the key, leaves messages alone. */
const KEY = 'test-key-0123456789';

/** Every run of 4 non-space characters of the key: none may be printed. */
const keyParts = (key: string) => [...key.replace(/\s/g, '')].map((_, index, chars) => chars.slice(index, index + 4).join('')).filter((part) => part.length === 4);

afterEach(() => vi.unstubAllEnvs());

describe('the API key', () => {
  it.each([
    ['surrounded by spaces', '  SECRETkey0123  '],
    ['with a trailing newline, as a secret file has', 'SECRETkey0123\n'],
    ['with CRLF and a tab around it', '\tSECRETkey0123\r\n'],
    ['with a byte order mark', '\uFEFFSECRETkey0123'],
  ])('is sent trimmed when %s, from the option and from the environment', async (_name, raw) => {
    const { fetch, sent } = recorder();
    await create({ apiKey: raw, fetch }).createThing!({ body: {} });
    vi.stubEnv('EXAMPLE_API_KEY', raw);
    await create({ fetch }).createThing!({ body: {} });
    expect(sent.map((request) => request.key)).toEqual(['SECRETkey0123', 'SECRETkey0123']);
  });

  const fromOption = (raw: string) => () => create({ apiKey: raw });
  const fromEnv = (raw: string) => () => {
    vi.stubEnv('EXAMPLE_API_KEY', raw);
    return create({});
  };
  // An environment variable cannot hold a NUL, so that case is the option's only.
  it.each([
    ['blank', '   \n', 'is blank', [fromOption, fromEnv]],
    ['with a NUL', 'SECRET\0key0123', 'has a control or non-ASCII character', [fromOption]],
    ['with an inner newline', 'SECRET\nkey0123', 'has a control or non-ASCII character', [fromOption, fromEnv]],
    ['with an inner CR', 'SECRET\rkey0123', 'has a control or non-ASCII character', [fromOption, fromEnv]],
    ['with an escape character', 'SECRET\x1B[31mkey0123', 'has a control or non-ASCII character', [fromOption, fromEnv]],
    ['with DEL', 'SECRET\x7Fkey0123', 'has a control or non-ASCII character', [fromOption, fromEnv]],
    ['with a non-ASCII letter', 'SECRETkéy0123', 'has a control or non-ASCII character', [fromOption, fromEnv]],
    ['with a character Headers cannot encode', 'SECRET€key0123', 'has a control or non-ASCII character', [fromOption, fromEnv]],
  ])('is refused %s, naming where it came from and never printing it', (_name, raw, problem, sources) => {
    for (const source of sources) {
      const make = source(raw);
      const error = (() => {
        try {
          make();
        } catch (caught) {
          return caught as Error;
        }
        throw new Error('no error');
      })();
      expect(error).toBeInstanceOf(ClientOptionsError);
      expect(error.message).toBe(`Example: ${source === fromOption ? 'options.apiKey' : 'EXAMPLE_API_KEY'} ${problem}`);
      for (const part of keyParts(raw)) expect(error.stack).not.toContain(part);
    }
  });

  it('is refused when there is none, naming the variable', () => {
    vi.stubEnv('EXAMPLE_API_KEY', '');
    expect(() => create({})).toThrow(new ClientOptionsError('Example: no credentials; pass { apiKey } to createExampleClient() or set EXAMPLE_API_KEY'));
  });
});

describe('the base URL', () => {
  it.each([
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010/v1/things'],
    ['https://api.example.com/', 'https://api.example.com/v1/things'],
    ['https://api.example.com/base', 'https://api.example.com/base/v1/things'],
    [' https://api.example.com\n', 'https://api.example.com/v1/things'],
  ])('%j is used as given, trimmed', async (baseUrl, url) => {
    const { fetch, sent } = recorder();
    await create({ apiKey: KEY, baseUrl, fetch }).createThing!({ body: {} });
    expect(sent[0]!.url).toBe(url);
  });

  it.each([
    'api.example.test',
    'ftp://api.example.test',
    'file:///etc/passwd',
    'sk-live:SECRETkey0123',
    'https://api.exa mple.test',
    'https://api.example.test/a b',
    'https://api.example.test/\u0001',
    'https://api.example.test\u00A0/v1',
    'https://user:password@api.example.test',
    'https://user@api.example.test',
    'https://api.example.test?tenant=1',
    'https://api.example.test#top',
  ])('%j is refused with one error naming its source, not printing it', (baseUrl) => {
    vi.stubEnv('EXAMPLE_BASE_URL', baseUrl);
    for (const [options, source] of [[{ apiKey: KEY, baseUrl }, 'options.baseUrl'], [{ apiKey: KEY }, 'EXAMPLE_BASE_URL']] as const) {
      const message = `${source} is not an absolute http(s) URL without whitespace, credentials, query or fragment`;
      expect(() => create(options)).toThrow(new ClientOptionsError(message));
    }
  });
});

describe('extra headers', () => {
  it.each([
    ['a value with CRLF', { 'x-trace': 'on\r\nx-evil: 1' }, 'options.headers: the value of x-trace is not valid in HTTP'],
    ['a value with NUL', { 'x-trace': 'SECRET\0value' }, 'options.headers: the value of x-trace is not valid in HTTP'],
    ['a value beyond Latin-1', { 'x-trace': 'SECRET€value' }, 'options.headers: the value of x-trace is not valid in HTTP'],
    ['one bad value in an array', { 'x-trace': ['fine', 'SECRET\nvalue'] }, 'options.headers: the value of x-trace is not valid in HTTP'],
    ['a name with a space', { 'x SECRETname': 'on' }, 'options.headers: a header name is not valid in HTTP'],
    ['a name with a newline', { 'x-SECRET\nname': 'on' }, 'options.headers: a header name is not valid in HTTP'],
  ])('with %s are refused without printing the value', (_name, headers, message) => {
    expect(() => create({ apiKey: KEY, headers: { 'x-fine': 'yes', ...headers } })).toThrow(new ClientOptionsError(message));
  });

  it('with the key as a header name are refused without naming it', () => {
    expect(() => create({ apiKey: 'SECRETkey0123', headers: { SECRETkey0123: 'a\nb' } })).toThrow(new ClientOptionsError('options.headers: a header name is not valid in HTTP'));
  });
});

describe('time limits', () => {
  it.each([1, 1000, MAX_DELAY_MS - 1, MAX_DELAY_MS, Infinity])('timeoutMs %d lets a 50 ms request finish', async (timeoutMs) => {
    const { fetch } = recorder(50);
    const result = await create({ apiKey: KEY, fetch, timeoutMs: timeoutMs === 1 ? 1_000 : timeoutMs }).createThing!({ body: {} });
    expect(result.data).toEqual({ ok: true });
  });

  it('timeoutMs still ends a request that takes longer', async () => {
    const { fetch } = recorder(2_000);
    await expect(create({ apiKey: KEY, fetch, timeoutMs: 30 }).createThing!({ body: {} })).rejects.toBeInstanceOf(TimeoutError);
  });

  it.each([0, -1, NaN, MAX_DELAY_MS + 1, 2 ** 31, 1e12, -Infinity])('timeoutMs %d is refused', (timeoutMs) => {
    expect(() => create({ apiKey: KEY, timeoutMs })).toThrow(new ClientOptionsError(`timeoutMs must be in (0, ${MAX_DELAY_MS}] or Infinity and maxRetries an integer ≥ 0, got ${timeoutMs} and 2`));
  });

  it.each([-1, 1.5, NaN, Infinity])('maxRetries %d is refused', (maxRetries) => {
    expect(() => create({ apiKey: KEY, maxRetries })).toThrow(ClientOptionsError);
  });

  describe('of a waiter', () => {
    const waiter = (statuses: string[]) => {
      const fetch: FetchLike = async () => Response.json({ status: statuses.shift() ?? 'done' });
      return createWaiter('waitForRun', create({ apiKey: KEY, fetch }).getRuns!, (id: string) => ({ path: { taskId: id } }), (body: { status: string }) => body, 'status', ['done']);
    };

    it.each([Infinity, 2 ** 40, MAX_DELAY_MS + 1])('timeoutMs %d waits (it is a deadline, not a timer)', async (timeoutMs) => {
      await expect(waiter(['running', 'running'])('t1', { intervalMs: 1, timeoutMs })).resolves.toEqual({ status: 'done' });
    });

    it.each([
      ['intervalMs', MAX_DELAY_MS + 1], ['intervalMs', Infinity], ['intervalMs', NaN], ['intervalMs', -1],
      ['maxIntervalMs', 2 ** 31], ['maxIntervalMs', Infinity], ['maxIntervalMs', -5],
      ['timeoutMs', -1], ['timeoutMs', NaN], ['backoffFactor', 0.5], ['backoffFactor', NaN],
    ])('%s %d is refused before any poll', async (option, value) => {
      await expect(waiter([])('t1', { [option]: value })).rejects.toThrow(
        new RangeError(`waitForRun("t1"): intervalMs and maxIntervalMs must be in [0, ${MAX_DELAY_MS}], timeoutMs ≥ 0, backoffFactor ≥ 1`),
      );
    });
  });
});

describe('path parameters', () => {
  it.each(['a/b', '../../admin', '?x=1', '#frag', '%2e%2e', '.%2e', 'a..b', '...', 'a b', '{taskId}', 'täsk'])('%j stays one segment', async (taskId) => {
    const { fetch, sent } = recorder();
    await create({ apiKey: KEY, fetch }).getRuns!({ params: { path: { taskId } } });
    const url = new URL(sent[0]!.url);
    const segments = url.pathname.split('/');
    expect(segments).toHaveLength(5);
    expect([segments[1], segments[2], segments[4]]).toEqual(['v1', 'task', 'executions']);
    expect(decodeURIComponent(segments[3]!)).toBe(taskId);
    expect(url.search + url.hash).toBe('');
  });

  it.each([
    ['a doubled slash', '/v1//legacy/{taskId}'],
    ['dot segments', '/v1/./task/../{taskId}'],
    ['a parameter inside a segment', '/v1/files/{taskId}.json'],
  ])('checks only the segments parameters fill: a template with %s is sent as the spec wrote it', async (_, template) => {
    const { fetch, sent } = recorder();
    const client = createApiClient<{}, Record<string, (init: object) => Promise<unknown>>>({ ...definition, operations: { odd: `GET ${template}` } }, { apiKey: KEY, fetch });
    await client.odd!({ params: { path: { taskId: 't 1' } } });
    expect(sent[0]!.url).toBe(`https://api.example.test${template.replace('{taskId}', 't%201')}`);
  });

  it.each([['..'], ['.'], [''], [undefined]])('%j is refused before anything is sent', async (taskId) => {
    const { fetch, sent } = recorder();
    const call = create({ apiKey: KEY, fetch }).getRuns!({ params: { path: { taskId } } });
    await expect(call).rejects.toThrow(new TypeError("https://api.example.test/v1/task/{taskId}/executions: a path parameter is missing, empty, '.' or '..'"));
    expect(sent).toHaveLength(0);
  });
});
