/**
 * The fetch given to openapi-fetch: a fresh timeout per attempt, retries
 * under the policy in `retry.ts`, and errors that never carry the API key.
 */
import { ConnectionError, TimeoutError, type Redactor } from './errors.js';
import { backoffDelay, errorCode, isRetryableError, isRetryableStatus, parseRetryAfter, RETRY_AFTER_LIMIT_MS } from './retry.js';

/** How requests are sent: the global `fetch`'s (url, init) form. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ResilientFetchOptions {
  /** Called at request time, so a stubbed `globalThis.fetch` is honoured. */
  fetch?: FetchLike;
  timeoutMs: number;
  maxRetries: number;
  redact: Redactor;
  /** Injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** openapi-fetch hands its `fetch` option an instance of its `Request` class: here a PlainRequest. */
export type RequestFetch = (request: PlainRequest) => Promise<Response>;

/**
 * The `Request` class the clients give openapi-fetch: what sending needs,
 * with the body as openapi-fetch serialized it. Building a WHATWG Request per
 * call and reading its body back cost about a fifth of a call (see the
 * README). Middleware receives it (`url`, `method`, `headers`, a real
 * Headers, `body`, `signal`) and may change it in place; openapi-fetch takes
 * no other Request class in its place.
 */
export class PlainRequest {
  declare method: string;
  declare headers: Headers;
  declare body?: BodyInit | null;
  declare signal?: AbortSignal;
  constructor(public url: string, init: RequestInit) {
    Object.assign(this, init);
  }
}

export function createResilientFetch(options: ResilientFetchOptions): RequestFetch {
  const { timeoutMs, maxRetries, redact, sleep = abortableSleep, random } = options;
  return async function resilientFetch(request: PlainRequest): Promise<Response> {
    // The body as openapi-fetch serialized it: every attempt sends the same
    // bytes, with no stream to tee or clone.
    const { method, body, signal: callerSignal } = request;
    for (let attempt = 0; ; attempt++) {
      const lastAttempt = attempt >= maxRetries;
      // One controller per attempt, fed by a fresh timer and by the caller's
      // signal: cheaper than AbortSignal.timeout + AbortSignal.any, whose
      // signals cost more than the request itself at high rates. The deadline
      // runs until the response headers arrive, as in most HTTP clients.
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const onCallerAbort = () => controller.abort(callerSignal?.reason);
      callerSignal?.addEventListener('abort', onCallerAbort);
      let delay: number | undefined;
      try {
        const response = await (options.fetch ?? globalThis.fetch)(request.url, { method, headers: request.headers, body, signal: controller.signal });
        if (lastAttempt || !isRetryableStatus(method, response.status)) return response;
        delay = parseRetryAfter(response.headers);
        if (delay !== undefined && delay > RETRY_AFTER_LIMIT_MS) return response;
        await response.body?.cancel().catch(() => {});
      } catch (error) {
        if (callerSignal?.aborted) throw callerSignal.reason;
        if (lastAttempt || !isRetryableError(method, error, timedOut)) {
          const what = `${method} ${new URL(request.url).pathname}`;
          if (timedOut) throw new TimeoutError(timeoutMs, what);
          // undici says only "fetch failed" and puts the reason on `cause`.
          const failure = error as { message?: string; cause?: { message?: string } } | undefined;
          throw new ConnectionError(redact(`${what} failed: ${failure?.cause?.message ?? failure?.message ?? failure}`), errorCode(error));
        }
      } finally {
        clearTimeout(timer);
        callerSignal?.removeEventListener('abort', onCallerAbort);
      }
      await sleep(delay ?? backoffDelay(attempt, random), callerSignal);
    }
  };
}

/** setTimeout as a promise that rejects with the signal's reason when aborted. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
