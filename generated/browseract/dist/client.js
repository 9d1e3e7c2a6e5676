import { createApiClient } from "./runtime/index.js";
const definition = {
    name: "BrowserAct",
    defaultBaseUrl: "https://api.browseract.com",
    apiKeyEnv: "BROWSERACT_API_KEY",
    baseUrlEnv: "BROWSERACT_BASE_URL",
    auth: {
        type: "http",
        scheme: "bearer"
    },
    operations: {
        runTask: "POST /v2/workflow/run-task"
    },
    errors: {
        code: "/code",
        message: "/msg",
        traceId: "/traceId"
    }
};
/**
 * Creates a client for the BrowserAct API.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$BROWSERACT_API_KEY`).
 */
export function createBrowserActClient(options = {}) {
    return createApiClient(definition, options);
}
