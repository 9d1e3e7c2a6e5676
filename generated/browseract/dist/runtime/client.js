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
import createClient, { defaultPathSerializer, mergeHeaders } from 'openapi-fetch';
import { chooseRequirement, howToConfigure, resolveBaseUrl, resolveCredentials, secretsOf } from './auth.js';
import { apiErrorFromBody, ClientOptionsError, createRedactor } from './errors.js';
import { createResilientFetch, MAX_DELAY_MS, PlainRequest } from './fetch.js';
/** Per response, what `unwrap` needs to build its error. Weak: responses are not kept alive. */
const responseContexts = new WeakMap();
/**
 * The client of one API. `Options` is the generated client's options type
 * (ClientOptions and one option per credential); untyped callers may pass
 * any credential option.
 */
export function createApiClient(api, options = {}) {
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
    const client = createClient({
        baseUrl,
        headers: checkedHeaders(options.headers, redact),
        fetch: createResilientFetch({ fetch: options.fetch, timeoutMs, maxRetries, redact }),
        // Middleware sees a PlainRequest (url, method, headers, body, signal), not a WHATWG Request.
        Request: PlainRequest,
        pathSerializer: serializePath,
    });
    // Credentials go on last, per operation, and only to the client's origin (a call's own baseUrl cannot take them elsewhere).
    client.use({
        onRequest({ request, schemaPath }) {
            const route = `${request.method} ${schemaPath}`;
            const sent = authFor(route);
            if (typeof sent === 'string')
                throw new ClientOptionsError(`${api.name}: ${route} needs credentials; ${sent}`);
            if (new URL(request.url).origin !== origin)
                throw new ClientOptionsError(`${api.name}: a call's baseUrl is another origin than the client's: credentials are not sent there`);
            for (const scheme of sent)
                api.credentials[scheme].send.put(request, credentials.get(scheme));
            return undefined;
        },
    });
    // The schema path is only known to middleware; it names the operation for unwrap(). Looked up per response, built once.
    const operationOf = new Map();
    for (const [id, entry] of Object.entries(api.operations)) {
        const key = routeOf(entry).split(' ', 2).join(' ');
        if (!operationOf.has(key))
            operationOf.set(key, id);
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
    const calls = client;
    for (const name in calls)
        if (/^[A-Zr]/.test(name))
            calls[name] = redactingCall(calls[name], redact);
    const methods = {};
    for (const [operationId, entry] of Object.entries(api.operations)) {
        // What the route says beyond JSON: the form its body is sent as, its success body read as text or a Blob.
        const [method, path, ...how] = routeOf(entry).split(' ');
        const form = how.find((word) => word.includes('/'));
        const parseAs = how.find((word) => word === 'text' || word === 'blob' || word === 'events');
        const bodySerializer = typeof entry === 'string' ? undefined : entry[1];
        const call = (init) => calls.request(method, path, {
            ...(parseAs && { parseAs: parseAs === 'events' ? 'stream' : parseAs }),
            ...(bodySerializer && { bodySerializer }),
            ...init,
            // openapi-fetch sends an object as a URL-encoded form when the Content-Type says so.
            ...(form?.endsWith('urlencoded') && { headers: mergeHeaders({ 'Content-Type': form }, init.headers) }),
        });
        methods[operationId] = parseAs === 'events' && api.events ? (init = {}) => call(init).then((result) => (init.parseAs ? result : api.events(result, init.signal))) : (init = {}) => call(init);
    }
    return Object.assign(client, methods);
}
const routeOf = (entry) => (typeof entry === 'string' ? entry : entry[0]);
/**
 * A multipart body from a plain object: each field a part, a Blob (a File
 * keeps its name) or bytes a file part, an array repeated parts, a string
 * as it is, any other value as JSON (OpenAPI's default for a non-string
 * part). A FormData is sent as given. Blobs are read again on each
 * attempt, so a retry sends the same bytes.
 */
export function toFormData(body) {
    if (body === null || typeof body !== 'object' || body instanceof FormData)
        return body;
    const form = new FormData();
    for (const [name, value] of Object.entries(body)) {
        for (const part of Array.isArray(value) ? value : [value]) {
            if (part === undefined)
                continue;
            if (part instanceof Blob)
                form.append(name, part);
            else if (part instanceof Uint8Array)
                form.append(name, new Blob([part.slice()]));
            else
                form.append(name, typeof part === 'string' ? part : JSON.stringify(part));
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
function authPlan(api, credentials) {
    const plan = (requirements) => chooseRequirement(requirements, credentials) ?? howToConfigure(api.name, requirements, api.credentials);
    const fallback = plan(api.security);
    const byRoute = new Map(Object.entries(api.operationSecurity).map(([route, requirements]) => [route, plan(requirements)]));
    // Without credentials, a requirement is met only when it asks for none: when none is, say every way to configure some.
    const plans = [fallback, ...byRoute.values()];
    if (credentials.size === 0 && plans.every((planned) => typeof planned === 'string'))
        throw new ClientOptionsError(`${api.name}: no credentials; ${[...new Set(plans)].join('; or ')}`);
    return (route) => byRoute.get(route) ?? fallback;
}
/**
 * Every request's headers (the credentials are set on each request, last).
 * Headers quotes a bad name or value in its TypeError: that becomes a
 * ClientOptionsError naming the header only when the name is a valid token
 * and not a credential, and never printing a value.
 */
function checkedHeaders(headers, redact) {
    try {
        return mergeHeaders(headers);
    }
    catch {
        const [name] = Object.entries(headers).find(([name, value]) => {
            try {
                mergeHeaders({ [name]: value });
            }
            catch {
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
export function serializePath(template, params) {
    const path = defaultPathSerializer(template, params);
    const filled = path.split('/');
    template.split('/').forEach((segment, index) => {
        if (segment.includes('{') && /^(\.{0,2}|.*\{.*)$/.test(filled[index]))
            throw new TypeError(`${template}: a path parameter is missing, empty, '.' or '..'`);
    });
    return path;
}
/**
 * A client call whose error body is redacted and whose thrown errors are
 * stripped of the key: ours already are, but openapi-fetch's JSON.parse
 * quotes the response it failed on, and a middleware's error may hold anything.
 */
function redactingCall(call, redact) {
    return async (...args) => {
        try {
            const result = await call(...args);
            result.error &&= redact(result.error);
            // The status beside data and error: what the operation methods' result types discriminate on.
            result.status = result.response.status;
            return result;
        }
        catch (error) {
            throw redactError(error, redact);
        }
    };
}
/**
 * The error with the key removed from its own string fields (message, stack,
 * code…) and down its `cause` chain, in place; only fields that change are
 * written. A thrown non-Error is redacted as a value.
 */
export function redactError(error, redact, depth = 0) {
    if (!(error instanceof Error))
        return redact(error);
    const fields = error;
    for (const field of Object.getOwnPropertyNames(error)) {
        const value = fields[field];
        const safe = field === 'cause' ? (depth < 8 ? redactError(value, redact, depth + 1) : undefined) : typeof value === 'string' ? redact(value) : value;
        if (safe !== value)
            fields[field] = safe;
    }
    return error;
}
/** The redactor of the client a response came from; results from elsewhere are returned as they are. */
export function redactorOf(response) {
    return responseContexts.get(response)?.redact ?? ((value) => value);
}
/**
 * Returns `data` of a successful result, or throws an `ApiError` with the
 * status, the API's code, message and trace id, and the operationId.
 */
export function unwrap(result) {
    const { response } = result;
    if (response.ok && result.error === undefined)
        return result.data;
    // A result from elsewhere (not one of these clients) has no context: say what we can.
    const context = responseContexts.get(response);
    throw apiErrorFromBody({ status: response.status, method: context?.method ?? 'HTTP', url: context?.url ?? response.url, operationId: context?.operationId }, result.error, context?.errors ?? [], response.statusText, redactorOf(response));
}
