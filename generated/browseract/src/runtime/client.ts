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
import createClient, { defaultPathSerializer, mergeHeaders, type Client, type HeadersOptions } from 'openapi-fetch';
import { chooseRequirement, howToConfigure, resolveBaseUrl, resolveCredentials, secretsOf, type CredentialDefinition, type Requirements } from './auth.js';
import { apiErrorFromBody, ClientOptionsError, createRedactor, type ErrorShape, type Redactor } from './errors.js';
import type { ServerSentEvent } from './events.js';
import { createResilientFetch, MAX_DELAY_MS, PlainRequest, type FetchLike } from './fetch.js';

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
export type UntypedClientOptions = ClientOptions & { readonly [credential: string]: unknown };

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

interface ResponseContext {
  operationId: string | undefined;
  method: string;
  url: string;
  errors: readonly ErrorShape[];
  redact: Redactor;
}

/** Per response, what `unwrap` needs to build its error. Weak: responses are not kept alive. */
const responseContexts = new WeakMap<Response, ResponseContext>();

type OperationMethod = (init?: Record<string, unknown>) => Promise<unknown>;

/**
 * The client of one API. `Options` is the generated client's options type
 * (ClientOptions and one option per credential); untyped callers may pass
 * any credential option.
 */
export function createApiClient<Paths extends {}, Operations, Options extends ClientOptions = UntypedClientOptions>(
  api: ApiDefinition,
  options: Options = {} as Options,
): Client<Paths> & Operations {
  const credentials = resolveCredentials(api.name, api.credentials, options);
  const { timeoutMs = 60_000, maxRetries = 2 } = options;
  if (!(timeoutMs > 0 && (timeoutMs <= MAX_DELAY_MS || timeoutMs === Infinity) && Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new ClientOptionsError(`timeoutMs must be in (0, ${MAX_DELAY_MS}] or Infinity and maxRetries an integer ≥ 0, got ${timeoutMs} and ${maxRetries}`);
  }
  // Each credential as sent: the raw ones (untrimmed) contain them, so all are hidden.
  const redact = createRedactor(secretsOf(api.credentials, credentials));
  const authFor = authPlan(api, credentials);
  const baseUrl = resolveBaseUrl(options.baseUrl, api.baseUrlEnv, api.defaultBaseUrl);
  const origin = new URL(baseUrl).origin;
  const client = createClient<Paths>({
    baseUrl,
    headers: checkedHeaders(options.headers, redact),
    fetch: createResilientFetch({ fetch: options.fetch, timeoutMs, maxRetries, redact }),
    // Middleware sees a PlainRequest (url, method, headers, body, signal), not a WHATWG Request.
    Request: PlainRequest as unknown as typeof Request,
    pathSerializer: serializePath,
  });
  // Credentials go on last, per operation, and only to the client's origin (a call's own baseUrl cannot take them elsewhere).
  client.use({
    onRequest({ request, schemaPath }) {
      const route = `${request.method} ${schemaPath}`;
      const sent = authFor(route);
      if (typeof sent === 'string') throw new ClientOptionsError(`${api.name}: ${route} needs credentials; ${sent}`);
      if (new URL(request.url).origin !== origin) throw new ClientOptionsError(`${api.name}: a call's baseUrl is another origin than the client's: credentials are not sent there`);
      for (const scheme of sent) api.credentials[scheme]!.send.put(request as unknown as PlainRequest, credentials.get(scheme)!);
      return undefined;
    },
  });
  // The schema path is only known to middleware; it names the operation for unwrap(). Looked up per response, built once.
  const operationOf = new Map<string, string>();
  for (const [id, entry] of Object.entries(api.operations)) {
    const key = routeOf(entry).split(' ', 2).join(' ');
    if (!operationOf.has(key)) operationOf.set(key, id);
  }
  client.use({
    onResponse({ request, response, schemaPath, options }) {
      const operationId = operationOf.get(`${request.method} ${schemaPath}`);
      responseContexts.set(response, { operationId, method: request.method, url: request.url, errors: api.errors, redact });
      // A success body read as JSON that says it is something else (a proxy's HTML page), or bytes the
      // document promises that arrive as JSON (an error dressed as a 200): an ApiError saying so, never a SyntaxError.
      const type = response.headers.get('content-type');
      const json = type !== null && /[/+]json\b/i.test(type);
      const empty = response.status === 204 || response.headers.get('content-length') === '0';
      const contradicts = !empty && (options.parseAs === 'json' ? type !== null && !json : options.parseAs === 'blob' && json);
      if (response.ok && contradicts) {
        const expected = options.parseAs === 'json' ? 'JSON' : 'bytes';
        throw apiErrorFromBody({ status: response.status, method: request.method, url: request.url, operationId }, undefined, [], `the response is ${type}, where the document gives ${expected}`, redact);
      }
    },
  });
  // request and the HTTP verbs (GET, POST…); not use and eject.
  const calls = client as unknown as Record<string, (...args: unknown[]) => Promise<ApiResult>>;
  for (const name in calls) if (/^[A-Zr]/.test(name)) calls[name] = redactingCall(calls[name]!, redact);

  const methods: Record<string, OperationMethod> = {};
  for (const [operationId, entry] of Object.entries(api.operations)) {
    // What the route says beyond JSON: the form its body is sent as, its success body read as text or a Blob.
    const [method, path, ...how] = routeOf(entry).split(' ') as [string, string, ...string[]];
    const form = how.find((word) => word.includes('/'));
    const parseAs = how.find((word) => word === 'text' || word === 'blob' || word === 'events');
    const bodySerializer = typeof entry === 'string' ? undefined : entry[1];
    const call = (init: Record<string, unknown>) => calls.request!(method, path, {
      ...(parseAs && { parseAs: parseAs === 'events' ? 'stream' : parseAs }),
      ...(bodySerializer && { bodySerializer }),
      ...init,
      // openapi-fetch sends an object as a URL-encoded form when the Content-Type says so.
      ...(form?.endsWith('urlencoded') && { headers: mergeHeaders({ 'Content-Type': form }, init.headers as HeadersOptions) }),
    });
    methods[operationId] = parseAs === 'events' && api.events ? (init = {}) => call(init).then((result) => (init.parseAs ? result : api.events!(result, init.signal as AbortSignal | undefined))) : (init = {}) => call(init);
  }
  return Object.assign(client, methods) as Client<Paths> & Operations;
}

const routeOf = (entry: Route): string => (typeof entry === 'string' ? entry : entry[0]);

/**
 * A multipart body from a plain object: each field a part, a Blob (a File
 * keeps its name) or bytes a file part, an array repeated parts, a string
 * as it is, any other value as JSON (OpenAPI's default for a non-string
 * part). A FormData is sent as given. Blobs are read again on each
 * attempt, so a retry sends the same bytes.
 */
export function toFormData(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || body instanceof FormData) return body;
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    for (const part of Array.isArray(value) ? value : [value]) {
      if (part === undefined) continue;
      if (part instanceof Blob) form.append(name, part);
      else if (part instanceof Uint8Array) form.append(name, new Blob([part.slice()]));
      else form.append(name, typeof part === 'string' ? part : JSON.stringify(part));
    }
  }
  return form;
}

/**
 * Per route, what its first satisfiable requirement sends, decided once (the
 * credentials are fixed when the client is made), or how to configure the
 * credentials it needs. A client no operation could use without
 * credentials, created without any, fails at once.
 */
function authPlan(api: ApiDefinition, credentials: Map<string, string[]>): (route: string) => readonly string[] | string {
  const plan = (requirements: Requirements) => chooseRequirement(requirements, credentials) ?? howToConfigure(api.name, requirements, api.credentials);
  const fallback = plan(api.security);
  const byRoute = new Map(Object.entries(api.operationSecurity).map(([route, requirements]) => [route, plan(requirements)]));
  // Without credentials, a requirement is met only when it asks for none: when none is, say every way to configure some.
  const plans = [fallback, ...byRoute.values()];
  if (credentials.size === 0 && plans.every((planned) => typeof planned === 'string')) throw new ClientOptionsError(`${api.name}: no credentials; ${[...new Set(plans)].join('; or ')}`);
  return (route) => byRoute.get(route) ?? fallback;
}

/**
 * Every request's headers (the credentials are set on each request, last).
 * Headers quotes a bad name or value in its TypeError: that becomes a
 * ClientOptionsError naming the header only when the name is a valid token
 * and not a credential, and never printing a value.
 */
function checkedHeaders(headers: HeadersOptions | undefined, redact: Redactor): Headers {
  try {
    return mergeHeaders(headers);
  } catch {
    const [name] = Object.entries(headers as Record<string, unknown>).find(([name, value]) => {
      try {
        mergeHeaders({ [name]: value as string });
      } catch {
        return true;
      }
    }) ?? [''];
    // A valid token that is not the key is safe to print: then the value is what Headers refused.
    const printable = /^[\w!#$%&'*+.^`|~-]+$/.test(name) && redact(name) === name;
    throw new ClientOptionsError(`options.headers: ${printable ? `the value of ${name}` : 'a header name'} is not valid in HTTP`);
  }
}

/**
 * openapi-fetch's path serializer, checked: each parameter must fill its
 * segment. It encodes values with encodeURIComponent, which keeps '.', and
 * a URL resolves '.' and '..' segments (`/v1/task/../executions` is
 * `/v1/executions`); an empty value would join two segments, and a missing
 * one leaves `{name}` (a `{` of a value is encoded). Only segments holding a
 * parameter are checked: the template's own (`//` in a published path) are
 * as the spec wrote them. Values never add a `/`, so segments line up.
 */
export function serializePath(template: string, params: Record<string, unknown>): string {
  const path = defaultPathSerializer(template, params);
  const filled = path.split('/');
  template.split('/').forEach((segment, index) => {
    if (segment.includes('{') && /^(\.{0,2}|.*\{.*)$/.test(filled[index]!)) throw new TypeError(`${template}: a path parameter is missing, empty, '.' or '..'`);
  });
  return path;
}

/**
 * A client call whose error body is redacted and whose thrown errors are
 * stripped of the key: ours already are, but openapi-fetch's JSON.parse
 * quotes the response it failed on, and a middleware's error may hold anything.
 */
function redactingCall(call: (...args: unknown[]) => Promise<ApiResult>, redact: Redactor) {
  return async (...args: unknown[]): Promise<ApiResult> => {
    try {
      const result = await call(...args);
      result.error &&= redact(result.error);
      // The status beside data and error: what the operation methods' result types discriminate on.
      result.status = result.response.status;
      return result;
    } catch (error) {
      throw redactError(error, redact);
    }
  };
}

/**
 * The error with the key removed from its own string fields (message, stack,
 * code…) and down its `cause` chain, in place; only fields that change are
 * written. A thrown non-Error is redacted as a value.
 */
export function redactError(error: unknown, redact: Redactor, depth = 0): unknown {
  if (!(error instanceof Error)) return redact(error);
  const fields = error as unknown as Record<string, unknown>;
  for (const field of Object.getOwnPropertyNames(error)) {
    const value = fields[field];
    const safe = field === 'cause' ? (depth < 8 ? redactError(value, redact, depth + 1) : undefined) : typeof value === 'string' ? redact(value) : value;
    if (safe !== value) fields[field] = safe;
  }
  return error;
}

/** The redactor of the client a response came from; results from elsewhere are returned as they are. */
export function redactorOf(response: Response): Redactor {
  return responseContexts.get(response)?.redact ?? ((value) => value);
}

/** A result of any client method: openapi-fetch's `{ data, error, response }`. */
export interface ApiResult {
  data?: unknown;
  error?: unknown;
  response: Response;
  /** `response.status`, set by these clients on every result. */
  status?: number;
}

/** The success body of a result union. */
export type DataOf<R> = R extends { data: infer D } ? D : never;

/** A documented status key as a number: `200` → 200; a range (`4XX`) or `default` → any number. */
type StatusOf<Key> = Key extends number ? Key : Key extends `${infer Status extends number}` ? Status : number;
/** A response's body: its content's media types' bodies (an event stream's as its events), or undefined without content. */
type BodyOf<Response> = Response extends { content: infer Content }
  ? { [Media in keyof Content]: Media extends 'text/event-stream' ? AsyncIterable<ServerSentEvent<Content[Media]>> : Content[Media] }[keyof Content]
  : undefined;

/**
 * An operation's result as a union by documented status: the success
 * statuses carry `data` (their body, or `Success` where the client reads it
 * otherwise), the others `error`, so `if (result.status === 202)` narrows
 * `data` to the 202 body and `result.status === 404` `error` to the 404 one.
 * `!result.error` still narrows to the successes, as openapi-fetch's does.
 */
export type ResultByStatus<Responses, Success = never> = {
  [Key in keyof Responses]: `${Key & (string | number)}` extends `2${string}`
    ? { status: StatusOf<Key>; data: [Success] extends [never] ? BodyOf<Responses[Key]> : Success; error?: never; response: Response }
    : { status: StatusOf<Key>; data?: never; error: BodyOf<Responses[Key]>; response: Response };
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
export type ExactInit<Method, Responses, Success = never> = Method extends (...init: infer Init extends unknown[]) => Promise<unknown>
  ? {
      // A call with `parseAs: 'stream'` gets the body unread, as openapi-fetch returns it: `data` is the response's stream.
      (init: NonNullable<Init[0]> & { parseAs: 'stream' }): Promise<ResultByStatus<Responses, ReadableStream<Uint8Array>>>;
      (...init: Init): Promise<ResultByStatus<Responses, Success>>;
    }
  : never;

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
    context?.errors ?? [],
    response.statusText,
    redactorOf(response),
  );
}
