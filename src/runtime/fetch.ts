/**
 * The fetch given to openapi-fetch: a fresh timeout per attempt, retries
 * under the policy in `retry.ts`, redirects followed within the origin
 * only, and errors that never carry the API key.
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
  // RequestInit's own body type, not the DOM lib's BodyInit: a Node project
  // without the DOM lib has RequestInit (from @types/node) but no BodyInit.
  declare body?: RequestInit['body'];
  declare signal?: AbortSignal;
  constructor(public url: string, init: RequestInit) {
    Object.assign(this, init);
  }
}

/** The longest delay setTimeout keeps: a longer one (or Infinity, NaN) fires at once. */
export const MAX_DELAY_MS = 2 ** 31 - 1;

/** Same-origin redirects followed in one attempt before giving up (a loop). */
export const MAX_REDIRECTS = 5;

export function createResilientFetch(options: ResilientFetchOptions): RequestFetch {
  const { timeoutMs, maxRetries, redact, sleep = abortableSleep, random } = options;
  return async function resilientFetch(request: PlainRequest): Promise<Response> {
    // The body as openapi-fetch serialized it: every attempt sends the same
    // bytes, with no stream to tee or clone.
    const { method, signal: callerSignal } = request;
    const what = redact(`${method} ${new URL(request.url).pathname}`);
    for (let attempt = 0; ; attempt++) {
      const lastAttempt = attempt >= maxRetries;
      // One controller per attempt, fed by a fresh timer and by the caller's
      // signal: cheaper than AbortSignal.timeout + AbortSignal.any, whose
      // signals cost more than the request itself at high rates. The deadline
      // runs until the response headers arrive, as in most HTTP clients;
      // timeoutMs Infinity sets no timer.
      const controller = new AbortController();
      let timedOut = false;
      const timer = timeoutMs < Infinity ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs) : undefined;
      const onCallerAbort = () => controller.abort(callerSignal?.reason);
      callerSignal?.addEventListener('abort', onCallerAbort);
      let delay: number | undefined;
      try {
        const response = await sendWithinOrigin(options.fetch ?? globalThis.fetch, request, controller.signal, what, redact);
        if (lastAttempt || !isRetryableStatus(method, response.status)) return response;
        delay = parseRetryAfter(response.headers);
        if (delay !== undefined && delay > RETRY_AFTER_LIMIT_MS) return response;
        await discard(response);
      } catch (error) {
        if (callerSignal?.aborted) throw callerSignal.reason;
        // A refused redirect is final: the same request would be redirected again.
        if (error instanceof ConnectionError) throw error;
        if (lastAttempt || !isRetryableError(method, error, timedOut)) {
          if (timedOut) throw new TimeoutError(timeoutMs, what);
          // undici says only "fetch failed" and puts the reason on `cause`.
          const failure = error as { message?: string; cause?: { message?: string } } | undefined;
          throw new ConnectionError(redact(`${what} failed: ${failure?.cause?.message ?? failure?.message ?? failure}`), redact(errorCode(error)));
        }
      } finally {
        clearTimeout(timer);
        callerSignal?.removeEventListener('abort', onCallerAbort);
      }
      await sleep(delay ?? backoffDelay(attempt, random), callerSignal);
    }
  };
}

/**
 * Sends with `redirect: 'manual'` and follows redirects only within the
 * request's origin: fetch's own following takes every header but
 * `Authorization` to another origin, an API-key header included. A hop
 * changes the method as fetch would (303, and 301/302 after a POST, become
 * a GET without body or content headers); 307 and 308 send the same method
 * and body (serialized: it can be sent again). Another origin, a browser's
 * opaque redirect (status 0: it hides the target) and a loop end in a
 * ConnectionError `ERR_REDIRECT` that names the target's origin.
 */
async function sendWithinOrigin(fetch: FetchLike, { url, method, headers, body }: PlainRequest, signal: AbortSignal, what: string, redact: Redactor): Promise<Response> {
  for (let hops = 0; ; hops++) {
    const response = await fetch(url, { method, headers, body, signal, redirect: 'manual' });
    const { status } = response;
    const location = response.headers.get('location');
    if (status && !(location !== null && /^30[12378]$/.test(`${status}`))) return response;
    await discard(response);
    const target = status && URL.canParse(location!, url) ? new URL(location!, url) : undefined;
    if (target?.origin !== new URL(url).origin || hops === MAX_REDIRECTS) {
      throw new ConnectionError(redact(`${what}: ${target ? (hops === MAX_REDIRECTS ? 'too many redirects' : `redirect to ${target.origin} refused`) : 'redirect to an unknown location refused'}`), 'ERR_REDIRECT');
    }
    if (status === 303 ? method !== 'GET' && method !== 'HEAD' : status < 303 && method === 'POST') {
      method = 'GET';
      body = undefined;
      headers = new Headers(headers);
      for (const name of ['type', 'encoding', 'language', 'location']) headers.delete(`content-${name}`);
    }
    url = target.href;
  }
}

/** Lets go of a response whose body is not wanted, freeing its connection. */
const discard = (response: Response) => response.body?.cancel().catch(() => {});

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
