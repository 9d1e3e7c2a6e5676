/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/client.ts, copied verbatim
 * Source sha256: 2db4b0119dfb6e51640dc7c4bf8826d15c5bb49c0475205d8a8b2d35e1897508
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * What every generated client is made of: an openapi-fetch client with auth,
 * timeouts and retries, one method per operationId, and `unwrap`.
 */
import { type Client, type HeadersOptions } from 'openapi-fetch';
import { type AuthScheme } from './auth.js';
import { type ErrorShape } from './errors.js';
import { type FetchLike } from './fetch.js';
export interface ClientOptions {
    /** The API key. Default: the API's key environment variable. */
    apiKey?: string;
    /** Default: the API's base-URL environment variable, else the spec's server. */
    baseUrl?: string;
    /** A fetch to send requests with, called as `fetch(url, init)`. Default: the global `fetch`, looked up per request. */
    fetch?: FetchLike;
    /** Headers sent with every request. The auth header cannot be overridden here. */
    headers?: HeadersOptions;
    /** Time limit of each attempt in milliseconds; every retry gets a fresh one. Default 60 000. */
    timeoutMs?: number;
    /** Retries after the first attempt (see the retry policy in the README). Default 2. */
    maxRetries?: number;
}
/** What the generator knows about an API, emitted as a constant in each client. */
export interface ApiDefinition {
    /** The client's name, e.g. `AnchorBrowser` (its factory is `createAnchorBrowserClient`). */
    name: string;
    defaultBaseUrl: string;
    apiKeyEnv: string;
    baseUrlEnv: string;
    auth: AuthScheme;
    /** operationId → `"<METHOD> <path template>"`, e.g. `"POST /v1/task"`. */
    operations: Readonly<Record<string, string>>;
    errors: ErrorShape;
}
export declare function createApiClient<Paths extends {}, Operations>(api: ApiDefinition, options?: ClientOptions): Client<Paths> & Operations;
/** A result of any client method: openapi-fetch's `{ data, error, response }`. */
export interface ApiResult {
    data?: unknown;
    error?: unknown;
    response: Response;
}
/** The success body of a result union. */
export type DataOf<R> = R extends {
    data: infer D;
} ? D : never;
/**
 * Returns `data` of a successful result, or throws an `ApiError` with the
 * status, the API's code, message and trace id, and the operationId.
 */
export declare function unwrap<R extends ApiResult>(result: R): DataOf<R>;
