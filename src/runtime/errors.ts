/**
 * Errors thrown by the generated clients. None of them ever holds the API
 * key: they keep no request, no headers, no options and no cause, and every
 * text taken from elsewhere (a response's body and status text, the request
 * URL, an underlying error's message) passes through the client's redactor
 * first.
 */

/** Where code, message and trace id sit in one of an API's error bodies (JSON pointers). */
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
 * A response outside 2xx, as `unwrap()` throws it: an instance of the
 * subclass of its status where there is one (`NotFoundError`…, see
 * `errorClassOf`), so `instanceof` tells them apart. Fields are `declare`d and
 * set with one `Object.assign`: the same object, less code in every bundle.
 */
export class ApiError extends Error {
  /** `ApiError`, or the subclass of its status (`NotFoundError`…). */
  declare readonly name: string;
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
    const message = `${operationId ? `${operationId} (${method} ${url})` : `${method} ${url}`} failed with ${status}: ${init.message}${details ? ` (${details})` : ''}`;
    super(message);
    // Every field of init, but the message is the whole sentence (and stays non-enumerable).
    Object.assign(this, init, { name: 'ApiError', message });
  }
}

/** 400: the request was malformed or failed the API's validation. */
export class BadRequestError extends ApiError {
  override readonly name = 'BadRequestError';
}
/** 401: no credentials, or credentials the API does not accept. */
export class AuthenticationError extends ApiError {
  override readonly name = 'AuthenticationError';
}
/** 403: the credentials may not do this. */
export class PermissionDeniedError extends ApiError {
  override readonly name = 'PermissionDeniedError';
}
/** 404: no such resource. */
export class NotFoundError extends ApiError {
  override readonly name = 'NotFoundError';
}
/** 409: the request conflicts with the resource's state. */
export class ConflictError extends ApiError {
  override readonly name = 'ConflictError';
}
/** 422: well-formed, but the API could not process it. */
export class UnprocessableEntityError extends ApiError {
  override readonly name = 'UnprocessableEntityError';
}
/** 429: too many requests; the retry policy already waited and retried where it may. */
export class RateLimitError extends ApiError {
  override readonly name = 'RateLimitError';
}
/** 5xx: the API failed. */
export class InternalServerError extends ApiError {
  override readonly name = 'InternalServerError';
}

/** The error class `unwrap` throws for a status: its own subclass, else ApiError. */
export function errorClassOf(status: number): typeof ApiError {
  return ({ 400: BadRequestError, 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError, 409: ConflictError, 422: UnprocessableEntityError, 429: RateLimitError } as Record<number, typeof ApiError>)[status] ?? (status >= 500 ? InternalServerError : ApiError);
}

/**
 * The request got no usable response: refused connection, DNS, reset, TLS,
 * or a redirect the client does not follow (code `ERR_REDIRECT`). It keeps
 * the underlying error's `code` (e.g. `ECONNREFUSED`) but not the error
 * itself, whose message a custom fetch may have filled with headers.
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

/** Replaces the secrets in every string of a value, object keys included, however deep. */
export type Redactor = <T>(value: T) => T;

export const REDACTED = '[redacted]';

/**
 * Hides each non-empty secret as it is and percent-encoded (as a URL
 * carries it), longest first so that one secret inside another is hidden
 * whole. Values are strings, parsed JSON or the like: an object becomes a
 * plain copy of its own enumerable entries, so nothing else of it survives.
 */
export function createRedactor(secrets: readonly string[]): Redactor {
  const forms = [...new Set(secrets.filter(Boolean).flatMap((secret) => [secret, encodeURIComponent(secret)]))].sort((a, b) => b.length - a.length);
  const redact = (value: unknown): unknown =>
    typeof value === 'string'
      ? forms.reduce((text, form) => text.split(form).join(REDACTED), value)
      : Array.isArray(value)
        ? value.map(redact)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map((entry) => entry.map(redact)))
          : value;
  return redact as Redactor;
}

/** Reads `/a/b` out of a parsed body; undefined when any step is missing. */
export function readPointer(body: unknown, pointer: string | undefined): unknown {
  return pointer?.split('/').slice(1).reduce<unknown>(
    (value, token) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
    body,
  );
}

/**
 * Builds the `ApiError` for a non-2xx response from its parsed body: the
 * first shape whose message is a string in the body is read. A body no
 * shape fits (none, a proxy's HTML page, plain text) still gives the status
 * and its text, redacted and cut short, as the message.
 */
export function apiErrorFromBody(
  base: Omit<ApiErrorInit, 'code' | 'message' | 'traceId' | 'body'>,
  body: unknown,
  shapes: readonly ErrorShape[],
  statusText: string,
  redact: Redactor,
): ApiError {
  // A server may echo the key in any of these (a reason phrase too).
  const [safeBody, reason, url] = redact([body, statusText, base.url]);
  const shape = shapes.find((candidate) => typeof readPointer(safeBody, candidate.message) === 'string') ?? {};
  const read = (pointer: string | undefined) => {
    const value = readPointer(safeBody, pointer);
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  };
  const text = typeof safeBody === 'string' ? safeBody.trim().slice(0, 200) : '';
  const ErrorClass = errorClassOf(base.status);
  return new ErrorClass({
    ...base,
    url,
    code: read(shape.code),
    message: String(read(shape.message) ?? (text || reason || 'no message')),
    traceId: read(shape.traceId)?.toString(),
    body: safeBody,
  });
}
