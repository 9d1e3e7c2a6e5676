/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/fetch.ts, copied verbatim
 * Source sha256: a210f51987b99827c11669c2a9809c70ab68b5c3bcac1a0b80281b9d1e18c860
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
    sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
    random?: () => number;
}
/** openapi-fetch hands its `fetch` option a Request. */
export type RequestFetch = (request: Request) => Promise<Response>;
export declare function createResilientFetch(options: ResilientFetchOptions): RequestFetch;
/** setTimeout as a promise that rejects with the signal's reason when aborted. */
export declare function abortableSleep(ms: number, signal?: AbortSignal): Promise<void>;
