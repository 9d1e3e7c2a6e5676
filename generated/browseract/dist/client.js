import { createApiClient, bearer } from "./runtime/index.js";
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
    operations: {
        runTask: "POST /v2/workflow/run-task"
    },
    operationSecurity: {},
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
