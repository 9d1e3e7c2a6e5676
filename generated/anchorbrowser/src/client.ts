/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 98f540625efaed6336f96fa40fd1cbf2b2f38ff638db526853e077147bf81746
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { Client, ClientForPath } from "openapi-fetch";
import { createApiClient, createWaiter, headerKey, type ApiDefinition, type ClientOptions, type WaitOptions } from "./runtime/index.js";
import type { components, operations, paths } from "./schema.js";

type Media = `${string}/${string}`;

/**
 * One method per operationId, typed exactly like the path method it calls:
 * `client.createTask(init)` is `client.POST("/v1/task", init)`.
 */
export interface AnchorBrowserOperations {
    /**
     * Create Task
     *
     * Creates a new task or updates an existing task with the same name. Tasks are reusable code snippets that can be executed in browser sessions. Tasks support versioning with draft and published versions.
     *
     * `POST /v1/task`
     */
    createTask: ClientForPath<paths["/v1/task"], Media>["POST"];
    /**
     * Run Task
     *
     * Executes a task by its ID, optionally a given version. Synchronous by default; with `async: true` it returns at once and the execution can be polled with listTaskExecutions.
     *
     * `POST /v1/task/run`
     */
    runTask: ClientForPath<paths["/v1/task/run"], Media>["POST"];
    /**
     * Run Task by Name
     *
     * Executes a task by its name, always using the latest version. This is a convenience endpoint for running tasks without needing to know the task ID.
     *
     * `POST /v1/task/run/{taskName}`
     */
    runTaskByName: ClientForPath<paths["/v1/task/run/{taskName}"], Media>["POST"];
    /**
     * Deploy Task
     *
     * Publishes a new version of the task's code for production use.
     *
     * `POST /v1/task/{taskId}/deploy`
     */
    deployTask: ClientForPath<paths["/v1/task/{taskId}/deploy"], Media>["POST"];
    /**
     * List task executions
     *
     * Lists the execution results of a task, newest first, so an async run can be polled. Tasks must be deployed (not just in draft) to appear in the list.
     *
     * `GET /v1/task/{taskId}/executions`
     */
    listTaskExecutions: ClientForPath<paths["/v1/task/{taskId}/executions"], Media>["GET"];
    /**
     * Run a Task
     *
     * Triggers execution of a task by ID using the non-deprecated Tasks endpoints.
     *
     * `POST /v2/tasks/{taskId}/run`
     */
    runTaskV2: ClientForPath<paths["/v2/tasks/{taskId}/run"], Media>["POST"];
}

/** Helpers that poll until an operation reports a terminal state. */
export interface AnchorBrowserWaiters {
    /**
     * Waits until the newest execution of a task has ended, polling listTaskExecutions as the tasks guide does (page 1, limit 1).
     *
     * Calls `listTaskExecutions` (`GET /v1/task/{taskId}/executions`) until the newest item's `status` is one of `success`, `failure`, `timeout`, `cancelled`, and resolves with that item.
     * Waits `intervalMs` (default 2 s) between polls, growing by `backoffFactor` (1.5) up to `maxIntervalMs` (30 s).
     *
     * Rejects with `TimeoutError` after `timeoutMs` (default 10 minutes), with the signal's reason when `signal` aborts, and with `ApiError` when a poll fails.
     */
    waitForExecution(taskId: operations["listTaskExecutions"]["parameters"]["path"]["taskId"], options?: WaitOptions & Pick<NonNullable<operations["listTaskExecutions"]["parameters"]["query"]>, "version">): Promise<components["schemas"]["TaskExecution"]>;
}

/**
 * The AnchorBrowser client: openapi-fetch's path methods (`GET`, `POST`…), one method per operationId and the waiters.
 * Every call returns `{ data, error, response }`; pass it to `unwrap` to get `data` or an `ApiError`.
 */
export type AnchorBrowserClient = Client<paths> & AnchorBrowserOperations & AnchorBrowserWaiters;

/**
 * Options of `createAnchorBrowserClient`.
 * `apiKey` defaults to `$ANCHORBROWSER_API_KEY`, `baseUrl` to `$ANCHORBROWSER_BASE_URL`, else https://api.anchorbrowser.io.
 */
export interface AnchorBrowserClientOptions extends ClientOptions {
    /**
     * API key passed in the header
     * Security scheme `api_key_header`: sent in the header `anchor-api-key`. Default: `$ANCHORBROWSER_API_KEY`.
     */
    apiKey?: string;
}

const definition: ApiDefinition = {
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
export function createAnchorBrowserClient(options: AnchorBrowserClientOptions = {}): AnchorBrowserClient {
    const client = createApiClient<paths, AnchorBrowserOperations, AnchorBrowserClientOptions>(definition, options);
    return Object.assign(client, {
        waitForExecution: createWaiter(
            "waitForExecution",
            client.listTaskExecutions,
            (id: operations["listTaskExecutions"]["parameters"]["path"]["taskId"], options: Pick<NonNullable<operations["listTaskExecutions"]["parameters"]["query"]>, "version">): operations["listTaskExecutions"]["parameters"] => ({
                path: { taskId: id },
                query: { page: 1, limit: 1, version: options.version } satisfies operations["listTaskExecutions"]["parameters"]["query"],
            }),
            (body: operations["listTaskExecutions"]["responses"][200]["content"]["application/json"]) => body?.data?.results?.[0],
            "status",
            ["success", "failure", "timeout", "cancelled"],
        ),
    });
}
