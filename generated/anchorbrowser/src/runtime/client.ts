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
import createClient, { mergeHeaders, type Client, type HeadersOptions } from 'openapi-fetch';
import { authHeaders, resolveApiKey, resolveBaseUrl, type AuthScheme } from './auth.js';
import { apiErrorFromBody, ClientOptionsError, createRedactor, type ErrorShape, type Redactor } from './errors.js';
import { createResilientFetch, PlainRequest, type FetchLike } from './fetch.js';

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

interface ResponseContext {
  operationId: string | undefined;
  method: string;
  url: string;
  errors: ErrorShape;
  redact: Redactor;
}

/** Per response, what `unwrap` needs to build its error. Weak: responses are not kept alive. */
const responseContexts = new WeakMap<Response, ResponseContext>();

type OperationMethod = (init?: Record<string, unknown>) => Promise<unknown>;

export function createApiClient<Paths extends {}, Operations>(api: ApiDefinition, options: ClientOptions = {}): Client<Paths> & Operations {
  const apiKey = resolveApiKey(api.name, options.apiKey, api.apiKeyEnv);
  const { timeoutMs = 60_000, maxRetries = 2 } = options;
  if (!(timeoutMs > 0 && Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new ClientOptionsError(`timeoutMs must be > 0 and maxRetries an integer ≥ 0, got ${timeoutMs} and ${maxRetries}`);
  }
  const redact = createRedactor(apiKey);
  const client = createClient<Paths>({
    baseUrl: resolveBaseUrl(options.baseUrl, api.baseUrlEnv, api.defaultBaseUrl),
    headers: mergeHeaders(options.headers, authHeaders(api.auth, apiKey)),
    fetch: createResilientFetch({ fetch: options.fetch, timeoutMs, maxRetries, redact }),
    // Middleware sees a PlainRequest (url, method, headers, body, signal), not a WHATWG Request.
    Request: PlainRequest as unknown as typeof Request,
  });
  // The schema path is only known to middleware; it names the operation for unwrap().
  client.use({
    onResponse({ request, response, schemaPath }) {
      const route = `${request.method} ${schemaPath}`;
      responseContexts.set(response, {
        operationId: Object.keys(api.operations).find((id) => api.operations[id] === route),
        method: request.method,
        url: request.url,
        errors: api.errors,
        redact,
      });
    },
  });

  const request = client.request as (method: string, path: string, init?: Record<string, unknown>) => Promise<unknown>;
  const methods: Record<string, OperationMethod> = {};
  for (const [operationId, route] of Object.entries(api.operations)) {
    const [method, path] = route.split(' ') as [string, string];
    methods[operationId] = (init) => request(method, path, init);
  }
  return Object.assign(client, methods) as Client<Paths> & Operations;
}

/** A result of any client method: openapi-fetch's `{ data, error, response }`. */
export interface ApiResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The success body of a result union. */
export type DataOf<R> = R extends { data: infer D } ? D : never;

/**
 * Returns `data` of a successful result, or throws an `ApiError` with the
 * status, the API's code, message and trace id, and the operationId.
 */
export function unwrap<R extends ApiResult>(result: R): DataOf<R> {
  const { response } = result;
  if (response.ok && result.error === undefined) return result.data as DataOf<R>;
  // A result from elsewhere (not one of these clients) has no context: say what we can.
  const context = responseContexts.get(response);
  throw apiErrorFromBody(
    { status: response.status, method: context?.method ?? 'HTTP', url: context?.url ?? response.url, operationId: context?.operationId },
    result.error,
    context?.errors ?? {},
    response.statusText,
    context?.redact ?? ((value) => value),
  );
}
