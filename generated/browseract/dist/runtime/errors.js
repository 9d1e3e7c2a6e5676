/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/errors.ts, copied verbatim
 * Source sha256: ff4a41749c13bf2960d186a07f4327c759d48748ac34635df064b891c1e087ec
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Errors thrown by the generated clients. None of them ever holds the API
 * key: they keep no request, no headers, no options and no cause, and every
 * text taken from elsewhere (a response's body and status text, the request
 * URL, an underlying error's message) passes through the client's redactor
 * first.
 */
/**
 * A response outside 2xx, as `unwrap()` throws it: an instance of the
 * subclass of its status where there is one (`NotFoundError`…, see
 * `errorClassOf`), so `instanceof` tells them apart. Fields are `declare`d and
 * set with one `Object.assign`: the same object, less code in every bundle.
 */
export class ApiError extends Error {
    constructor(init) {
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
    constructor() {
        super(...arguments);
        this.name = 'BadRequestError';
    }
}
/** 401: no credentials, or credentials the API does not accept. */
export class AuthenticationError extends ApiError {
    constructor() {
        super(...arguments);
        this.name = 'AuthenticationError';
    }
}
/** 403: the credentials may not do this. */
export class PermissionDeniedError extends ApiError {
    constructor() {
        super(...arguments);
        this.name = 'PermissionDeniedError';
    }
}
/** 404: no such resource. */
export class NotFoundError extends ApiError {
    constructor() {
        super(...arguments);
        this.name = 'NotFoundError';
    }
}
/** 409: the request conflicts with the resource's state. */
export class ConflictError extends ApiError {
    constructor() {
        super(...arguments);
        this.name = 'ConflictError';
    }
}
/** 422: well-formed, but the API could not process it. */
export class UnprocessableEntityError extends ApiError {
    constructor() {
        super(...arguments);
        this.name = 'UnprocessableEntityError';
    }
}
/** 429: too many requests; the retry policy already waited and retried where it may. */
export class RateLimitError extends ApiError {
    constructor() {
        super(...arguments);
        this.name = 'RateLimitError';
    }
}
/** 5xx: the API failed. */
export class InternalServerError extends ApiError {
    constructor() {
        super(...arguments);
        this.name = 'InternalServerError';
    }
}
/** The error class `unwrap` throws for a status: its own subclass, else ApiError. */
export function errorClassOf(status) {
    return { 400: BadRequestError, 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError, 409: ConflictError, 422: UnprocessableEntityError, 429: RateLimitError }[status] ?? (status >= 500 ? InternalServerError : ApiError);
}
/**
 * The request got no usable response: refused connection, DNS, reset, TLS,
 * or a redirect the client does not follow (code `ERR_REDIRECT`). It keeps
 * the underlying error's `code` (e.g. `ECONNREFUSED`) but not the error
 * itself, whose message a custom fetch may have filled with headers.
 */
export class ConnectionError extends Error {
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'ConnectionError';
    }
}
/** One attempt took longer than the client's `timeoutMs`, or a waiter its own. */
export class TimeoutError extends Error {
    constructor(timeoutMs, what) {
        super(`${what} timed out after ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
        this.name = 'TimeoutError';
    }
}
/** The client was created with options it cannot work with. */
export class ClientOptionsError extends Error {
    constructor() {
        super(...arguments);
        this.name = 'ClientOptionsError';
    }
}
export const REDACTED = '[redacted]';
/**
 * Hides each non-empty secret as it is and percent-encoded (as a URL
 * carries it), longest first so that one secret inside another is hidden
 * whole. Values are strings, parsed JSON or the like: an object becomes a
 * plain copy of its own enumerable entries, so nothing else of it survives.
 */
export function createRedactor(secrets) {
    const forms = [...new Set(secrets.filter(Boolean).flatMap((secret) => [secret, encodeURIComponent(secret)]))].sort((a, b) => b.length - a.length);
    const redact = (value) => typeof value === 'string'
        ? forms.reduce((text, form) => text.split(form).join(REDACTED), value)
        : Array.isArray(value)
            ? value.map(redact)
            : value && typeof value === 'object'
                ? Object.fromEntries(Object.entries(value).map((entry) => entry.map(redact)))
                : value;
    return redact;
}
/** Reads `/a/b` out of a parsed body; undefined when any step is missing. */
export function readPointer(body, pointer) {
    return pointer?.split('/').slice(1).reduce((value, token) => (value !== null && typeof value === 'object' ? value[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), body);
}
/**
 * Builds the `ApiError` for a non-2xx response from its parsed body: the
 * first shape whose message is a string in the body is read. A body no
 * shape fits (none, a proxy's HTML page, plain text) still gives the status
 * and its text, redacted and cut short, as the message.
 */
export function apiErrorFromBody(base, body, shapes, statusText, redact) {
    // A server may echo the key in any of these (a reason phrase too).
    const [safeBody, reason, url] = redact([body, statusText, base.url]);
    const shape = shapes.find((candidate) => typeof readPointer(safeBody, candidate.message) === 'string') ?? {};
    const read = (pointer) => {
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
