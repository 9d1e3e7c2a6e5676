/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/client.ts, copied verbatim
 * Source sha256: af0474fbaf780e9b89c7107283d81c1b651ec440db1bbe1d3bb5e26a19267f63
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * What every generated client is made of: an openapi-fetch client with auth,
 * timeouts and retries, one method per operationId, and `unwrap`.
 */
import { type Client, type HeadersOptions } from 'openapi-fetch';
import { type CredentialDefinition, type Requirements } from './auth.js';
import { type ErrorShape, type Redactor } from './errors.js';
import type { ServerSentEvent } from './events.js';
import { type FetchLike } from './fetch.js';
/**
 * The options every client has. Each generated client adds one option per
 * security scheme (`apiKey`, `bearerToken`, `username` and `password`…),
 * each defaulting to its environment variable.
 */
export interface ClientOptions {
    /** Default: the API's base-URL environment variable, else the spec's server. */
    baseUrl?: string;
    /** A fetch to send requests with, called as `fetch(url, init)`. Default: the global `fetch`, looked up per request. */
    fetch?: FetchLike;
    /** Headers sent with every request. The auth header cannot be overridden here. */
    headers?: HeadersOptions;
    /** Time limit of each attempt in milliseconds, at most 2^31 − 1 (about 24.8 days), or Infinity for none; every retry gets a fresh one. Default 60 000. */
    timeoutMs?: number;
    /** Retries after the first attempt (see the retry policy in the README). Default 2. */
    maxRetries?: number;
}
/** ClientOptions with any credential option, for callers without a generated options type. */
export type UntypedClientOptions = ClientOptions & {
    readonly [credential: string]: unknown;
};
/** What the generator knows about an API, emitted as a constant in each client. */
export interface ApiDefinition {
    /** The client's name, e.g. `AnchorBrowser` (its factory is `createAnchorBrowserClient`). */
    name: string;
    defaultBaseUrl: string;
    baseUrlEnv: string;
    /** Security scheme name → how its credential is sent, and its options and variables. */
    credentials: Readonly<Record<string, CredentialDefinition>>;
    /** The document's security requirements: what every operation needs unless `operationSecurity` says otherwise. */
    security: Requirements;
    /** Method name → its route (see `Route`). */
    operations: Readonly<Record<string, Route>>;
    /** `"<METHOD> <path template>"` → the operation's own requirements, where they differ from `security`. */
    operationSecurity: Readonly<Record<string, Requirements>>;
    /** The API's error body shapes, tried in order (see `apiErrorFromBody`). */
    errors: readonly ErrorShape[];
    /** Reads a result that may be an event stream (events.ts `readStreamed`), given only by clients whose API may stream. */
    events?: (result: ApiResult, signal?: AbortSignal) => Promise<ApiResult>;
}
/**
 * An operation's route: `"<METHOD> <path template>"`, e.g. `"POST /v1/task"`,
 * then `application/x-www-form-urlencoded` when the request body is sent as
 * that form, `events` when the success body may be an event stream, `text`
 * or `blob` when it is read as text or bytes. A multipart operation's route
 * comes with the serializer of its body (`toFormData`), so only a client
 * given such an operation bundles it.
 */
export type Route = string | readonly [route: string, serializeBody: (body: unknown) => unknown];
/**
 * The client of one API. `Options` is the generated client's options type
 * (ClientOptions and one option per credential); untyped callers may pass
 * any credential option.
 */
export declare function createApiClient<Paths extends {}, Operations, Options extends ClientOptions = UntypedClientOptions>(api: ApiDefinition, options?: Options): Client<Paths> & Operations;
/**
 * A multipart body from a plain object: each field a part, a Blob (a File
 * keeps its name) or bytes a file part, an array repeated parts, a string
 * as it is, any other value as JSON (OpenAPI's default for a non-string
 * part). A FormData is sent as given. Blobs are read again on each
 * attempt, so a retry sends the same bytes.
 */
export declare function toFormData(body: unknown): unknown;
/**
 * openapi-fetch's path serializer, checked: each parameter must fill its
 * segment. It encodes values with encodeURIComponent, which keeps '.', and
 * a URL resolves '.' and '..' segments (`/v1/task/../executions` is
 * `/v1/executions`); an empty value would join two segments, and a missing
 * one leaves `{name}` (a `{` of a value is encoded). Only segments holding a
 * parameter are checked: the template's own (`//` in a published path) are
 * as the spec wrote them. Values never add a `/`, so segments line up.
 */
export declare function serializePath(template: string, params: Record<string, unknown>): string;
/**
 * The error with the key removed from its own string fields (message, stack,
 * code…) and down its `cause` chain, in place; only fields that change are
 * written. A thrown non-Error is redacted as a value.
 */
export declare function redactError(error: unknown, redact: Redactor, depth?: number): unknown;
/** The redactor of the client a response came from; results from elsewhere are returned as they are. */
export declare function redactorOf(response: Response): Redactor;
/** A result of any client method: openapi-fetch's `{ data, error, response }`. */
export interface ApiResult {
    data?: unknown;
    error?: unknown;
    response: Response;
    /** `response.status`, set by these clients on every result. */
    status?: number;
}
/** The success body of a result union. */
export type DataOf<R> = R extends {
    data: infer D;
} ? D : never;
/** A documented status key as a number: `200` → 200; a range (`4XX`) or `default` → any number. */
type StatusOf<Key> = Key extends number ? Key : Key extends `${infer Status extends number}` ? Status : number;
/** A response's body: its content's media types' bodies (an event stream's as its events), or undefined without content. */
type BodyOf<Response> = Response extends {
    content: infer Content;
} ? {
    [Media in keyof Content]: Media extends 'text/event-stream' ? AsyncIterable<ServerSentEvent<Content[Media]>> : Content[Media];
}[keyof Content] : undefined;
/**
 * An operation's result as a union by documented status: the success
 * statuses carry `data` (their body, or `Success` where the client reads it
 * otherwise), the others `error`, so `if (result.status === 202)` narrows
 * `data` to the 202 body and `result.status === 404` `error` to the 404 one.
 * `!result.error` still narrows to the successes, as openapi-fetch's does.
 */
export type ResultByStatus<Responses, Success = never> = {
    [Key in keyof Responses]: `${Key & (string | number)}` extends `2${string}` ? {
        status: StatusOf<Key>;
        data: [Success] extends [never] ? BodyOf<Responses[Key]> : Success;
        error?: never;
        response: Response;
    } : {
        status: StatusOf<Key>;
        data?: never;
        error: BodyOf<Responses[Key]>;
        response: Response;
    };
}[keyof Responses];
/**
 * An operation method with a concrete init type. openapi-fetch's methods
 * are generic in their init, which TypeScript infers from the argument, so
 * an object literal is never checked for excess properties: a misspelt
 * body field or query parameter compiles (openapi-typescript issue 1769).
 * Instantiated at its constraint, the same method checks every key of
 * `body` and `params` at any depth; what the schema allows (an index
 * signature, `additionalProperties`) still compiles. Its result is the
 * union by status of the operation's documented `Responses`, the success
 * body typed `Success` where the client reads it otherwise than as its
 * schema says (a `Blob`, or text): openapi-fetch would map a Blob as JSON
 * data, turning its methods into `{}`. A call asking for `parseAs: 'stream'`
 * has its success `data` typed as the `ReadableStream` it is.
 */
export type ExactInit<Method, Responses, Success = never> = Method extends (...init: infer Init extends unknown[]) => Promise<unknown> ? {
    (init: NonNullable<Init[0]> & {
        parseAs: 'stream';
    }): Promise<ResultByStatus<Responses, ReadableStream<Uint8Array>>>;
    (...init: Init): Promise<ResultByStatus<Responses, Success>>;
} : never;
/**
 * Returns `data` of a successful result, or throws an `ApiError` with the
 * status, the API's code, message and trace id, and the operationId.
 */
export declare function unwrap<R extends ApiResult>(result: R): DataOf<R>;
export {};
