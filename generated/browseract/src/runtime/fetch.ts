/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/fetch.ts, copied verbatim
 * Source sha256: 2577fe313fe0e39ffd8ee2e5b3ca9ec7a2f122af347c723b893c177e4f501c0f
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The fetch given to openapi-fetch: a fresh timeout per attempt, retries
 * under the policy in `retry.ts`, and errors that never carry the API key.
 */
import { ConnectionError, TimeoutError, type Redactor } from './errors.js';
import { backoffDelay, errorCode, isRetryableError, isRetryableStatus, parseRetryAfter, RETRY_AFTER_LIMIT_MS } from './retry.js';

export type FetchLike = (request: Request) => Promise<Response>;

export interface ResilientFetchOptions {
  /** Called at request time, so a stubbed `globalThis.fetch` is honoured. */
  fetch?: FetchLike;
  timeoutMs: number;
  maxRetries: number;
  redact: Redactor;
  /** Injectable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

export function createResilientFetch(options: ResilientFetchOptions): FetchLike {
  const { timeoutMs, maxRetries, redact, sleep = abortableSleep, random } = options;
  return async function resilientFetch(request: Request): Promise<Response> {
    const { method, signal: callerSignal } = request;
    const what = `${method} ${new URL(request.url).pathname}`;
    for (let attempt = 0; ; attempt++) {
      const lastAttempt = attempt >= maxRetries;
      // The body can be read once: keep a copy while another attempt may follow.
      const spare = lastAttempt ? undefined : request.clone();
      // A fresh deadline per attempt. It also bounds reading the body, which
      // openapi-fetch does after this function returns.
      const timeout = AbortSignal.timeout(timeoutMs);
      let delay: number | undefined;
      try {
        const response = await (options.fetch ?? globalThis.fetch)(new Request(request, { signal: AbortSignal.any([callerSignal, timeout]) }));
        if (lastAttempt || !isRetryableStatus(method, response.status)) return response;
        delay = parseRetryAfter(response.headers);
        if (delay !== undefined && delay > RETRY_AFTER_LIMIT_MS) return response;
        await response.body?.cancel().catch(() => {});
      } catch (error) {
        if (callerSignal.aborted) throw callerSignal.reason;
        if (lastAttempt || !isRetryableError(method, error, timeout.aborted)) {
          if (timeout.aborted) throw new TimeoutError(timeoutMs, what);
          // undici says only "fetch failed" and puts the reason on `cause`.
          const failure = error as { message?: string; cause?: { message?: string } } | undefined;
          throw new ConnectionError(redact(`${what} failed: ${failure?.cause?.message ?? failure?.message ?? failure}`), errorCode(error));
        }
      }
      await sleep(delay ?? backoffDelay(attempt, random), callerSignal);
      request = spare!;
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
