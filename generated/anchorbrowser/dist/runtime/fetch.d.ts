/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/fetch.ts, copied verbatim
 * Source sha256: 2577fe313fe0e39ffd8ee2e5b3ca9ec7a2f122af347c723b893c177e4f501c0f
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * The fetch given to openapi-fetch: a fresh timeout per attempt, retries
 * under the policy in `retry.ts`, and errors that never carry the API key.
 */
import { type Redactor } from './errors.js';
export type FetchLike = (request: Request) => Promise<Response>;
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
export declare function createResilientFetch(options: ResilientFetchOptions): FetchLike;
/** setTimeout as a promise that rejects with the signal's reason when aborted. */
export declare function abortableSleep(ms: number, signal?: AbortSignal): Promise<void>;
