/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/retry.ts, copied verbatim
 * Source sha256: 1596d423acf48637bf13936d7b91af8fa5c978d283191585ebeb88d282f24eae
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * When to retry and how long to wait.
 *
 * Which methods: GET, HEAD, OPTIONS, PUT, DELETE and TRACE are idempotent, so
 * a repeat is harmless and they are retried on 408, 429, every 5xx, network
 * errors and timeouts. POST and PATCH start work that costs money here (a
 * browser task runs once per request), so they are retried only when the
 * failure proves the server did not act: 408 and 429 (the server refused
 * before processing) and connection errors raised before anything was sent
 * (refused, DNS). A POST that times out or gets a 502 may have run: it is
 * returned or thrown, never repeated behind the caller's back.
 */
export declare const IDEMPOTENT_METHODS: ReadonlySet<string>;
export declare const RETRY_BASE_DELAY_MS = 500;
export declare const RETRY_MAX_DELAY_MS = 8000;
/** A Retry-After longer than this is not waited for: the response is returned. */
export declare const RETRY_AFTER_LIMIT_MS = 60000;
export declare function isRetryableStatus(method: string, status: number): boolean;
/** A thrown fetch error: retried for idempotent methods, or for any method when nothing was sent. */
export declare function isRetryableError(method: string, error: unknown, timedOut: boolean): boolean;
/** The first string `code` on the error or its causes (undici puts it on `cause`). */
export declare function errorCode(error: unknown): string | undefined;
/**
 * Parses `Retry-After` (seconds or an HTTP date) into milliseconds;
 * undefined when absent or unreadable.
 */
export declare function parseRetryAfter(headers: Headers, now?: number): number | undefined;
/**
 * Exponential backoff with jitter: attempt 0 waits about 500 ms, then 1 s,
 * 2 s… capped at 8 s, each scaled by a random factor in [0.75, 1] so that
 * clients failing together do not retry together.
 */
export declare function backoffDelay(attempt: number, random?: () => number): number;
