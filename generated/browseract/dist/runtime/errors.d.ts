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
export declare class ApiError extends Error {
    /** `ApiError`, or the subclass of its status (`NotFoundError`…). */
    readonly name: string;
    /** HTTP status of the response. */
    readonly status: number;
    /** The API's own error code, when the body has one. */
    readonly code: string | number | undefined;
    /** The API's trace id (BrowserAct `traceId`), to quote to support. */
    readonly traceId: string | undefined;
    /** The operation that failed, e.g. `runTaskV2`. */
    readonly operationId: string | undefined;
    readonly method: string;
    readonly url: string;
    /** The parsed error body (redacted). */
    readonly body: unknown;
    constructor(init: ApiErrorInit);
}
/** 400: the request was malformed or failed the API's validation. */
export declare class BadRequestError extends ApiError {
    readonly name = "BadRequestError";
}
/** 401: no credentials, or credentials the API does not accept. */
export declare class AuthenticationError extends ApiError {
    readonly name = "AuthenticationError";
}
/** 403: the credentials may not do this. */
export declare class PermissionDeniedError extends ApiError {
    readonly name = "PermissionDeniedError";
}
/** 404: no such resource. */
export declare class NotFoundError extends ApiError {
    readonly name = "NotFoundError";
}
/** 409: the request conflicts with the resource's state. */
export declare class ConflictError extends ApiError {
    readonly name = "ConflictError";
}
/** 422: well-formed, but the API could not process it. */
export declare class UnprocessableEntityError extends ApiError {
    readonly name = "UnprocessableEntityError";
}
/** 429: too many requests; the retry policy already waited and retried where it may. */
export declare class RateLimitError extends ApiError {
    readonly name = "RateLimitError";
}
/** 5xx: the API failed. */
export declare class InternalServerError extends ApiError {
    readonly name = "InternalServerError";
}
/** The error class `unwrap` throws for a status: its own subclass, else ApiError. */
export declare function errorClassOf(status: number): typeof ApiError;
/**
 * The request got no usable response: refused connection, DNS, reset, TLS,
 * or a redirect the client does not follow (code `ERR_REDIRECT`). It keeps
 * the underlying error's `code` (e.g. `ECONNREFUSED`) but not the error
 * itself, whose message a custom fetch may have filled with headers.
 */
export declare class ConnectionError extends Error {
    readonly code: string | undefined;
    readonly name = "ConnectionError";
    constructor(message: string, code: string | undefined);
}
/** One attempt took longer than the client's `timeoutMs`, or a waiter its own. */
export declare class TimeoutError extends Error {
    readonly timeoutMs: number;
    readonly name = "TimeoutError";
    constructor(timeoutMs: number, what: string);
}
/** The client was created with options it cannot work with. */
export declare class ClientOptionsError extends Error {
    readonly name = "ClientOptionsError";
}
/** Replaces the secrets in every string of a value, object keys included, however deep. */
export type Redactor = <T>(value: T) => T;
export declare const REDACTED = "[redacted]";
/**
 * Hides each non-empty secret as it is and percent-encoded (as a URL
 * carries it), longest first so that one secret inside another is hidden
 * whole. Values are strings, parsed JSON or the like: an object becomes a
 * plain copy of its own enumerable entries, so nothing else of it survives.
 */
export declare function createRedactor(secrets: readonly string[]): Redactor;
/** Reads `/a/b` out of a parsed body; undefined when any step is missing. */
export declare function readPointer(body: unknown, pointer: string | undefined): unknown;
/**
 * Builds the `ApiError` for a non-2xx response from its parsed body: the
 * first shape whose message is a string in the body is read. A body no
 * shape fits (none, a proxy's HTML page, plain text) still gives the status
 * and its text, redacted and cut short, as the message.
 */
export declare function apiErrorFromBody(base: Omit<ApiErrorInit, 'code' | 'message' | 'traceId' | 'body'>, body: unknown, shapes: readonly ErrorShape[], statusText: string, redact: Redactor): ApiError;
