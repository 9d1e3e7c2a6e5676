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
import createClient, { mergeHeaders } from 'openapi-fetch';
import { authHeaders, resolveApiKey, resolveBaseUrl } from './auth.js';
import { apiErrorFromBody, ClientOptionsError, createRedactor } from './errors.js';
import { createResilientFetch, PlainRequest } from './fetch.js';
/** Per response, what `unwrap` needs to build its error. Weak: responses are not kept alive. */
const responseContexts = new WeakMap();
export function createApiClient(api, options = {}) {
    const apiKey = resolveApiKey(api.name, options.apiKey, api.apiKeyEnv);
    const { timeoutMs = 60_000, maxRetries = 2 } = options;
    if (!(timeoutMs > 0 && Number.isInteger(maxRetries) && maxRetries >= 0)) {
        throw new ClientOptionsError(`timeoutMs must be > 0 and maxRetries an integer ≥ 0, got ${timeoutMs} and ${maxRetries}`);
    }
    const redact = createRedactor(apiKey);
    const client = createClient({
        baseUrl: resolveBaseUrl(options.baseUrl, api.baseUrlEnv, api.defaultBaseUrl),
        headers: mergeHeaders(options.headers, authHeaders(api.auth, apiKey)),
        fetch: createResilientFetch({ fetch: options.fetch, timeoutMs, maxRetries, redact }),
        // Middleware sees a PlainRequest (url, method, headers, body, signal), not a WHATWG Request.
        Request: PlainRequest,
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
    const request = client.request;
    const methods = {};
    for (const [operationId, route] of Object.entries(api.operations)) {
        const [method, path] = route.split(' ');
        methods[operationId] = (init) => request(method, path, init);
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
    // A result from elsewhere (not one of these clients) has no context: say what we can.
    const context = responseContexts.get(response);
    throw apiErrorFromBody({ status: response.status, method: context?.method ?? 'HTTP', url: context?.url ?? response.url, operationId: context?.operationId }, result.error, context?.errors ?? {}, response.statusText, context?.redact ?? ((value) => value));
}
