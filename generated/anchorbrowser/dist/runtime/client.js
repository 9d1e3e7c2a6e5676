/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/client.ts, copied verbatim
 * Source sha256: 7f5b89218120c5768af45be676925ea3bfbc567722a47508101ed81a85c78d16
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * What every generated client is made of: an openapi-fetch client with auth,
 * timeouts and retries, one method per operationId, and `unwrap`.
 */
import createClient, { mergeHeaders } from 'openapi-fetch';
import { authHeaders, resolveApiKey, resolveBaseUrl } from './auth.js';
import { apiErrorFromBody, ClientOptionsError, createRedactor } from './errors.js';
import { createResilientFetch } from './fetch.js';
export const CLIENT_DEFAULTS = { timeoutMs: 60_000, maxRetries: 2 };
/** Per response, what `unwrap` needs to build its error. Weak: responses are not kept alive. */
const responseContexts = new WeakMap();
export function createApiClient(api, options = {}) {
    const apiKey = resolveApiKey(api.title, api.factory, options.apiKey, api.apiKeyEnv);
    const timeoutMs = options.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs;
    const maxRetries = options.maxRetries ?? CLIENT_DEFAULTS.maxRetries;
    if (!(Number.isFinite(timeoutMs) && timeoutMs > 0))
        throw new ClientOptionsError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
    if (!(Number.isInteger(maxRetries) && maxRetries >= 0))
        throw new ClientOptionsError(`maxRetries must be an integer ≥ 0, got ${maxRetries}`);
    const redact = createRedactor([apiKey]);
    const client = createClient({
        baseUrl: resolveBaseUrl(options.baseUrl, api.baseUrlEnv, api.defaultBaseUrl),
        headers: mergeHeaders(options.headers, authHeaders(api.auth, apiKey)),
        fetch: createResilientFetch({ fetch: options.fetch, timeoutMs, maxRetries, redact }),
    });
    const operationIds = new Map(Object.entries(api.operations).map(([id, [method, path]]) => [`${method.toUpperCase()} ${path}`, id]));
    client.use({
        onResponse({ request, response, schemaPath }) {
            const url = new URL(request.url);
            responseContexts.set(response, {
                operationId: operationIds.get(`${request.method} ${schemaPath}`),
                method: request.method,
                url: `${url.pathname}${url.search}`,
                errors: api.errors,
                redact,
            });
        },
    });
    const request = client.request;
    const methods = {};
    for (const [operationId, [method, path]] of Object.entries(api.operations)) {
        methods[operationId] = (init) => request(method.toLowerCase(), path, init);
    }
    return Object.assign(client, methods);
}
/**
 * Returns `data` of a successful result, or throws an `ApiError` with the
 * status, the API's code, message and trace id, and the operationId.
 */
export function unwrap(result) {
    const { response } = result;
    if (response.ok && result.error === undefined)
        return result.data;
    const context = responseContexts.get(response);
    const url = new URL(response.url || 'http://unknown/');
    throw apiErrorFromBody({
        status: response.status,
        method: context?.method ?? 'HTTP',
        url: context?.url ?? `${url.pathname}${url.search}`,
        operationId: context?.operationId,
    }, result.error, context?.errors ?? {}, response.statusText, context?.redact ?? createRedactor([]));
}
