import { createApiClient, createWaiter, headerKey } from "./runtime/index.js";
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
    operations: {
        createTask: "POST /v1/task",
        runTask: "POST /v1/task/run",
        runTaskByName: "POST /v1/task/run/{taskName}",
        deployTask: "POST /v1/task/{taskId}/deploy",
        listTaskExecutions: "GET /v1/task/{taskId}/executions",
        runTaskV2: "POST /v2/tasks/{taskId}/run"
    },
    operationSecurity: {},
    errors: [{
            code: "/error/code",
            message: "/error/message"
        }]
};
/**
 * Creates a client for the AnchorBrowser API.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$ANCHORBROWSER_API_KEY`).
 */
export function createAnchorBrowserClient(options = {}) {
    const client = createApiClient(definition, options);
    return Object.assign(client, {
        waitForExecution: createWaiter("waitForExecution", client.listTaskExecutions, (id, options) => ({
            path: { taskId: id },
            query: { page: 1, limit: 1, version: options.version },
        }), (body) => body?.data?.results?.[0], "status", ["success", "failure", "timeout", "cancelled"]),
    });
}
