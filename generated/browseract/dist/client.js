import { createApiClient, bearer } from "./runtime/index.js";
import * as routes from "./routes.js";
const definition = {
    name: "BrowserAct",
    defaultBaseUrl: "https://api.browseract.com",
    baseUrlEnv: "BROWSERACT_BASE_URL",
    credentials: {
        HTTPBearer: {
            send: bearer,
            options: ["apiKey"],
            env: ["BROWSERACT_API_KEY"]
        }
    },
    security: [["HTTPBearer"]],
    operationSecurity: {},
    errors: [{
            code: "/code",
            message: "/msg",
            traceId: "/traceId"
        }]
};
/**
 * Creates a client for the BrowserAct API.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$BROWSERACT_API_KEY`).
 */
export function createBrowserActClient(options = {}) {
    return createApiClient({ ...definition, operations: routes }, options);
}
/**
 * Creates a client with only the given operations, for the smallest bundle: import their routes from `@openapi-clients/browseract/routes` and pass them, `createBrowserActClientWith({ getWorkflowTemplateConfig, getRegionList })`; a bundler leaves out every operation not imported. No waiters; the path methods (`GET`, `POST`…) reach every route.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$BROWSERACT_API_KEY`).
 */
export function createBrowserActClientWith(operations, options = {}) {
    return createApiClient({ ...definition, operations }, options);
}
