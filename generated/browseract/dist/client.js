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
        getWorkflowTemplateConfig: "GET /v2/workflow/get-official-workflow-template",
        getRegionList: "GET /v2/workflow/get-region-list",
        getTask: "GET /v2/workflow/get-task",
        getTaskStatus: "GET /v2/workflow/get-task-status",
        getWorkflowConfig: "GET /v2/workflow/get-workflow",
        getWorkflowTemplates: "GET /v2/workflow/list-official-workflow-templates",
        pageTasks: "GET /v2/workflow/list-tasks",
        getWorkflowList: "GET /v2/workflow/list-workflows",
        resumeTask: "PUT /v2/workflow/resume-task",
        runTask: "POST /v2/workflow/run-task",
        runTemplateTask: "POST /v2/workflow/run-task-by-template",
        stopTask: "PUT /v2/workflow/stop-task"
    },
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
    return createApiClient(definition, options);
}
