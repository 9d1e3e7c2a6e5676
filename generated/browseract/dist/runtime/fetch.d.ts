/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/fetch.ts, copied verbatim
 * Source sha256: a0ac8df1c3d379585d0e1516523f99cc628f62e6acd14a2584aa0f2e5d2dc642
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The fetch given to openapi-fetch: a fresh timeout per attempt, retries
 * under the policy in `retry.ts`, and errors that never carry the API key.
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
    body?: BodyInit | null;
    signal?: AbortSignal;
    constructor(url: string, init: RequestInit);
}
export declare function createResilientFetch(options: ResilientFetchOptions): RequestFetch;
/** setTimeout as a promise that rejects with the signal's reason when aborted. */
export declare function abortableSleep(ms: number, signal?: AbortSignal): Promise<void>;
