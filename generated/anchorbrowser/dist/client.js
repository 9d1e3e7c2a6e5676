import { createApiClient, createWaiter, headerKey } from "./runtime/index.js";
import * as routes from "./routes.js";
const definition = {
    name: "AnchorBrowser",
    defaultBaseUrl: "https://api.anchorbrowser.io",
    baseUrlEnv: "ANCHORBROWSER_BASE_URL",
    credentials: {
        api_key_header: {
            send: headerKey("anchor-api-key"),
            options: ["apiKey"],
            env: ["ANCHORBROWSER_API_KEY"]
        }
    },
    security: [["api_key_header"]],
    operationSecurity: {},
    errors: [{
            code: "/error/code",
            message: "/error/message"
        }, {
            code: "/error/error/code",
            message: "/error/error/message"
        }, {
            message: "/error"
        }]
};
/**
 * Creates a client for the AnchorBrowser API.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$ANCHORBROWSER_API_KEY`).
 */
export function createAnchorBrowserClient(options = {}) {
    const client = createApiClient({ ...definition, operations: routes }, options);
    return Object.assign(client, {
        waitForExecution: createWaiter("waitForExecution", client.listTaskExecutions, (id, options) => ({
            path: { taskId: id },
            query: { page: "1", limit: "1", version: options.version },
        }), (body) => body?.data?.results?.[0], "status", ["success", "failure", "timeout", "cancelled"]),
    });
}
/**
 * Creates a client with only the given operations, for the smallest bundle: import their routes from `@openapi-clients/anchorbrowser/routes` and pass them, `createAnchorBrowserClientWith({ listApplications, createApplication })`; a bundler leaves out every operation not imported. No waiters; the path methods (`GET`, `POST`…) reach every route.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$ANCHORBROWSER_API_KEY`).
 */
export function createAnchorBrowserClientWith(operations, options = {}) {
    return createApiClient({ ...definition, operations }, options);
}
