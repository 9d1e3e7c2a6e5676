/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/errors.ts, copied verbatim
 * Source sha256: 253de1d4c1e334cbfaf05227a8ecf6876a6c5b3685bf97e5e299e33d0329c96b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Errors thrown by the generated clients. None of them ever holds the API
 * key: they keep no request, no headers and no options, and every text taken
 * from a response passes through the client's redactor first.
 */
/** A response outside 2xx, as `unwrap()` throws it. */
export class ApiError extends Error {
    name = 'ApiError';
    /** HTTP status of the response. */
    status;
    /** The API's own error code, when the body has one. */
    code;
    /** The API's trace id (BrowserAct `traceId`), to quote to support. */
    traceId;
    /** The operation that failed, e.g. `runTaskV2`. */
    operationId;
    method;
    url;
    /** The parsed error body (redacted). */
    body;
    constructor(init) {
        const what = init.operationId ? `${init.operationId} (${init.method} ${init.url})` : `${init.method} ${init.url}`;
        const details = [init.code !== undefined ? `code ${init.code}` : '', init.traceId ? `traceId ${init.traceId}` : ''].filter(Boolean).join(', ');
        super(`${what} failed with ${init.status}: ${init.message ?? 'no message'}${details ? ` (${details})` : ''}`);
        this.status = init.status;
        this.code = init.code;
        this.traceId = init.traceId;
        this.operationId = init.operationId;
        this.method = init.method;
        this.url = init.url;
        this.body = init.body;
    }
}
/** The request never got a response: refused connection, DNS, reset, TLS. */
export class ConnectionError extends Error {
    name = 'ConnectionError';
    constructor(message, options) {
        super(message, options);
    }
}
/** One attempt took longer than the client's `timeoutMs`. */
export class TimeoutError extends Error {
    timeoutMs;
    name = 'TimeoutError';
    constructor(timeoutMs, what) {
        super(`${what} timed out after ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
    }
}
/** A waiter (e.g. `waitForExecution`) ran out of time before a terminal state. */
export class WaitTimeoutError extends Error {
    lastStatus;
    name = 'WaitTimeoutError';
    constructor(message, lastStatus) {
        super(message);
        this.lastStatus = lastStatus;
    }
}
/** The client was created with options it cannot work with. */
export class ClientOptionsError extends Error {
    name = 'ClientOptionsError';
}
export const REDACTED = '[redacted]';
export function createRedactor(secrets) {
    const live = secrets.filter((secret) => secret.length > 0);
    const redactString = (text) => live.reduce((result, secret) => result.split(secret).join(REDACTED), text);
    const redact = (value) => {
        if (typeof value === 'string')
            return redactString(value);
        if (Array.isArray(value))
            return value.map(redact);
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([key, entry]) => [redactString(key), redact(entry)]));
        }
        return value;
    };
    return redact;
}
/** Reads `/a/b` out of a parsed body; undefined when any step is missing. */
export function readPointer(body, pointer) {
    if (pointer === undefined)
        return undefined;
    let current = body;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
/** Builds the `ApiError` for a non-2xx response from its parsed body. */
export function apiErrorFromBody(base, body, shape, statusText, redact) {
    const safeBody = redact(body);
    const code = readPointer(safeBody, shape.code);
    const message = readPointer(safeBody, shape.message);
    const traceId = readPointer(safeBody, shape.traceId);
    const fallback = typeof safeBody === 'string' && safeBody.trim() ? truncate(safeBody.trim(), 200) : statusText || undefined;
    return new ApiError({
        ...base,
        code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
        message: typeof message === 'string' && message ? message : fallback,
        traceId: typeof traceId === 'string' && traceId ? traceId : undefined,
        body: safeBody,
    });
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
