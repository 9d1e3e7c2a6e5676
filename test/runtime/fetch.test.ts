import { describe, expect, it } from 'vitest';
import { ConnectionError, createRedactor, TimeoutError } from '../../src/runtime/errors.js';
import { createResilientFetch, PlainRequest, type FetchLike } from '../../src/runtime/fetch.js';

const SECRET = 'sk-live-0123456789';

/** A fetch that answers from a script and records what it was sent. */
function scripted(steps: Array<Response | Error | 'hang'>) {
  const seen: Array<{ method: string; body: string; signal: AbortSignal; abortedAtSend: boolean }> = [];
  const fetch: FetchLike = async (url, init) => {
    const request = new Request(url, init);
    const abortedAtSend = request.signal.aborted;
    seen.push({ method: request.method, body: await request.text(), signal: request.signal, abortedAtSend });
    const step = steps.shift() ?? new Response('{}', { status: 200 });
    if (step === 'hang') {
      return new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    }
    if (step instanceof Error) throw step;
    return step;
  };
  return { fetch, seen };
}

function resilient(fetch: FetchLike, overrides: { maxRetries?: number; timeoutMs?: number } = {}) {
  const sleeps: number[] = [];
  const send = createResilientFetch({
    fetch,
    timeoutMs: overrides.timeoutMs ?? 1000,
    maxRetries: overrides.maxRetries ?? 2,
    redact: createRedactor([SECRET]),
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0,
  });
  return { send, sleeps };
}

// What openapi-fetch hands the clients' fetch: a PlainRequest with the serialized body.
const post = (body = '{"a":1}') => new PlainRequest('http://127.0.0.1:9/v1/task', { method: 'POST', headers: new Headers(), body });
const get = () => new PlainRequest('http://127.0.0.1:9/v1/task/t/executions', { method: 'GET', headers: new Headers() });

describe('createResilientFetch', () => {
  it('retries a GET on 503 with backoff and sends the same request again', async () => {
    const { fetch, seen } = scripted([new Response('', { status: 503 }), new Response('', { status: 502 }), new Response('ok')]);
    const { send, sleeps } = resilient(fetch);
    const response = await send(get());
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('replays the body of a POST on 429 and honours Retry-After', async () => {
    const { fetch, seen } = scripted([new Response('', { status: 429, headers: { 'retry-after': '2' } }), new Response('ok')]);
    const { send, sleeps } = resilient(fetch);
    expect((await send(post())).status).toBe(200);
    expect(seen.map((entry) => entry.body)).toEqual(['{"a":1}', '{"a":1}']);
    expect(sleeps).toEqual([2000]);
  });

  it('does not repeat a POST that got a 500: it may have run', async () => {
    const { fetch, seen } = scripted([new Response('', { status: 500 })]);
    const { send } = resilient(fetch);
    expect((await send(post())).status).toBe(500);
    expect(seen).toHaveLength(1);
  });

  it('stops after maxRetries and returns the last response', async () => {
    const { fetch, seen } = scripted([503, 503, 503, 503].map((status) => new Response('', { status })));
    const { send } = resilient(fetch, { maxRetries: 2 });
    expect((await send(get())).status).toBe(503);
    expect(seen).toHaveLength(3);
  });

  it('returns at once when Retry-After is beyond the limit', async () => {
    const { fetch, seen } = scripted([new Response('', { status: 429, headers: { 'retry-after': '3600' } })]);
    const { send } = resilient(fetch);
    expect((await send(get())).status).toBe(429);
    expect(seen).toHaveLength(1);
  });

  it('gives every attempt a fresh timeout and reports a TimeoutError', async () => {
    const { fetch, seen } = scripted(['hang', 'hang', 'hang']);
    const { send } = resilient(fetch, { timeoutMs: 30 });
    await expect(send(get())).rejects.toBeInstanceOf(TimeoutError);
    // One timer shared by all attempts would have sent the retries already aborted.
    expect(seen.map((entry) => [entry.abortedAtSend, entry.signal.aborted])).toEqual([[false, true], [false, true], [false, true]]);
  });

  it('does not retry a POST that timed out', async () => {
    const { fetch, seen } = scripted(['hang']);
    const { send } = resilient(fetch, { timeoutMs: 20 });
    await expect(send(post())).rejects.toThrow(/POST \/v1\/task timed out after 20 ms/);
    expect(seen).toHaveLength(1);
  });

  it('retries a refused connection, then throws a ConnectionError without the key', async () => {
    const refused = () => new TypeError(`fetch failed for ${SECRET}`, { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const { fetch, seen } = scripted([refused(), refused(), refused()]);
    const { send } = resilient(fetch);
    const error = await send(post()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(seen).toHaveLength(3);
    expect(String(error)).not.toContain(SECRET);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as ConnectionError).code).toBe('ECONNREFUSED');
  });

  it('stops at once when the caller aborts, with the caller’s reason', async () => {
    const { fetch } = scripted(['hang']);
    const { send } = resilient(fetch, { timeoutMs: 10_000 });
    const controller = new AbortController();
    const request = new PlainRequest('http://127.0.0.1:9/x', { method: 'GET', headers: new Headers(), signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user gave up')), 10);
    await expect(send(request)).rejects.toThrow('user gave up');
  });
});
