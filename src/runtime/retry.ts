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

export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);


/** Error codes (undici / Node) meaning the request never left this machine. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

export const RETRY_BASE_DELAY_MS = 500;
export const RETRY_MAX_DELAY_MS = 8_000;
/** A Retry-After longer than this is not waited for: the response is returned. */
export const RETRY_AFTER_LIMIT_MS = 60_000;

export function isRetryableStatus(method: string, status: number): boolean {
  // 408 and 429: the server says it did not process the request, so any method may repeat it.
  return status === 408 || status === 429 || (IDEMPOTENT_METHODS.has(method) && status >= 500 && status <= 599);
}

/** A thrown fetch error: retried for idempotent methods, or for any method when nothing was sent. */
export function isRetryableError(method: string, error: unknown, timedOut: boolean): boolean {
  if (IDEMPOTENT_METHODS.has(method)) return true;
  return !timedOut && NOT_SENT_CODES.has(errorCode(error) ?? '');
}

/** The first string `code` on the error or its causes (undici puts it on `cause`). */
export function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Parses `Retry-After` (seconds or an HTTP date) into milliseconds;
 * undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after');
  if (!value?.trim()) return undefined;
  const seconds = Number(value);
  const ms = Number.isNaN(seconds) ? Date.parse(value) - now : seconds * 1000;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * Exponential backoff with jitter: attempt 0 waits about 500 ms, then 1 s,
 * 2 s… capped at 8 s, each scaled by a random factor in [0.75, 1] so that
 * clients failing together do not retry together.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** attempt);
  return Math.round(exponential * (1 - 0.25 * random()));
}
