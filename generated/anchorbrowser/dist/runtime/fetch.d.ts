/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/fetch.ts, copied verbatim
 * Source sha256: a0bdf8cb7487329e6c537e7e53fd4e7f9b18c388c3469e55dc0c62c9f57c5390
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The fetch given to openapi-fetch: a fresh timeout per attempt, retries
 * under the policy in `retry.ts`, redirects followed within the origin
 * only, and errors that never carry the API key.
 */
import { type Redactor } from './errors.js';
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
export declare class PlainRequest {
    url: string;
    method: string;
    headers: Headers;
    body?: RequestInit['body'];
    signal?: AbortSignal;
    constructor(url: string, init: RequestInit);
}
/** The longest delay setTimeout keeps: a longer one (or Infinity, NaN) fires at once. */
export declare const MAX_DELAY_MS: number;
/** Same-origin redirects followed in one attempt before giving up (a loop). */
export declare const MAX_REDIRECTS = 5;
export declare function createResilientFetch(options: ResilientFetchOptions): RequestFetch;
/** setTimeout as a promise that rejects with the signal's reason when aborted. */
export declare function abortableSleep(ms: number, signal?: AbortSignal): Promise<void>;
