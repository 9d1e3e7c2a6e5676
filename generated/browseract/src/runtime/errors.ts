/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/errors.ts, copied verbatim
 * Source sha256: d4be9f28f712351701e20999eeaf1cb1ef2056b0df9435e8015389d35088e831
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Errors thrown by the generated clients. None of them ever holds the API
 * key: they keep no request, no headers and no options, and every text taken
 * from a response passes through the client's redactor first.
 */

/** Where code, message and trace id sit in an API's error body (JSON pointers). */
export interface ErrorShape {
  code?: string;
  message?: string;
  traceId?: string;
}

export interface ApiErrorInit {
  status: number;
  method: string;
  url: string;
  operationId?: string;
  code?: string | number;
  message: string;
  traceId?: string;
  body?: unknown;
}

/**
 * A response outside 2xx, as `unwrap()` throws it. Fields are `declare`d and
 * set with one `Object.assign`: the same object, less code in every bundle.
 */
export class ApiError extends Error {
  declare readonly name: 'ApiError';
  /** HTTP status of the response. */
  declare readonly status: number;
  /** The API's own error code, when the body has one. */
  declare readonly code: string | number | undefined;
  /** The API's trace id (BrowserAct `traceId`), to quote to support. */
  declare readonly traceId: string | undefined;
  /** The operation that failed, e.g. `runTaskV2`. */
  declare readonly operationId: string | undefined;
  declare readonly method: string;
  declare readonly url: string;
  /** The parsed error body (redacted). */
  declare readonly body: unknown;

  constructor(init: ApiErrorInit) {
    const { operationId, method, url, status, code, traceId } = init;
    const details = [code !== undefined && `code ${code}`, traceId && `traceId ${traceId}`].filter(Boolean).join(', ');
    super(`${operationId ? `${operationId} (${method} ${url})` : `${method} ${url}`} failed with ${status}: ${init.message}${details ? ` (${details})` : ''}`);
    Object.assign(this, { name: 'ApiError', status, code, traceId, operationId, method, url, body: init.body });
  }
}

/**
 * The request never got a response: refused connection, DNS, reset, TLS.
 * It keeps the underlying error's `code` (e.g. `ECONNREFUSED`) but not the
 * error itself, whose message a custom fetch may have filled with headers.
 */
export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

/** One attempt took longer than the client's `timeoutMs`, or a waiter its own. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number, what: string) {
    super(`${what} timed out after ${timeoutMs} ms`);
  }
}

/** The client was created with options it cannot work with. */
export class ClientOptionsError extends Error {
  override readonly name = 'ClientOptionsError';
}

/** Replaces every occurrence of the secrets in strings, however deep. */
export type Redactor = <T>(value: T) => T;

export const REDACTED = '[redacted]';

/**
 * Works on the JSON text of the value, so keys, nested strings and plain
 * strings are all covered by one replace; the secret is matched in its
 * JSON-escaped form. Values are parsed JSON bodies or strings.
 */
export function createRedactor(secret: string): Redactor {
  const escaped = JSON.stringify(secret).slice(1, -1);
  return <T>(value: T): T => {
    if (value === undefined || !secret) return value;
    try {
      return JSON.parse(JSON.stringify(value).split(escaped).join(REDACTED));
    } catch {
      // Only a secret spanning JSON punctuation gets here: hide the whole value.
      return REDACTED as T;
    }
  };
}

/** Reads `/a/b` out of a parsed body; undefined when any step is missing. */
export function readPointer(body: unknown, pointer: string | undefined): unknown {
  return pointer?.split('/').slice(1).reduce<unknown>(
    (value, token) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
    body,
  );
}

/** Builds the `ApiError` for a non-2xx response from its parsed body. */
export function apiErrorFromBody(
  base: Omit<ApiErrorInit, 'code' | 'message' | 'traceId' | 'body'>,
  body: unknown,
  shape: ErrorShape,
  statusText: string,
  redact: Redactor,
): ApiError {
  const safeBody = redact(body);
  const read = (pointer: string | undefined) => {
    const value = readPointer(safeBody, pointer);
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  };
  // A body that is not the documented shape (a proxy's HTML page, plain text) still says something.
  const text = typeof safeBody === 'string' ? safeBody.trim().slice(0, 200) : '';
  return new ApiError({
    ...base,
    code: read(shape.code),
    message: String(read(shape.message) ?? (text || statusText || 'no message')),
    traceId: read(shape.traceId)?.toString(),
    body: safeBody,
  });
}
