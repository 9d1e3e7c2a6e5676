/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: ee32208c775a57376731a0ca11cb294a89ec6d06cb66723f8e39f44c26965a1b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { Client, ClientForPath } from "openapi-fetch";
import { type ClientOptions, type ExactInit } from "./runtime/index.js";
import * as routes from "./routes.js";
import type { operations, paths } from "./schema.js";
type Media = `${string}/${string}`;
/**
 * One method per operationId, calling its path method:
 * `client.getWorkflowTemplateConfig(init)` is `client.GET("/v2/workflow/get-official-workflow-template", init)`,
 * with a concrete init type, so a misspelt or unknown key in `body` or `params` is a compile error.
 */
export interface BrowserActOperations {
    /**
     * Retrieve an official workflow template
     *
     * Fetches the configuration for an official workflow template, including input parameter definitions.
     *
     * `GET /v2/workflow/get-official-workflow-template`
     */
    getWorkflowTemplateConfig: ExactInit<ClientForPath<paths["/v2/workflow/get-official-workflow-template"], Media>["GET"], operations["getWorkflowTemplateConfig"]["responses"]>;
    /**
     * List supported proxy regions
     *
     * Returns regions supported by BrowserAct.
     *
     * You can pass a region code from this list as `proxyRegion` when running a template task.
     *
     * `GET /v2/workflow/get-region-list`
     */
    getRegionList: ExactInit<ClientForPath<paths["/v2/workflow/get-region-list"], Media>["GET"], operations["getRegionList"]["responses"]>;
    /**
     * Retrieve a task
     *
     * Returns comprehensive information about a task, including:
     * - current `status`
     * - step-level progress (`steps`)
     * - output (if finished)
     * - failure details (if failed)
     *
     * If you only need the current status, use `GET /v2/workflow/get-task-status`.
     *
     * `GET /v2/workflow/get-task`
     */
    getTask: ExactInit<ClientForPath<paths["/v2/workflow/get-task"], Media>["GET"], operations["getTask"]["responses"]>;
    /**
     * Retrieve a task status
     *
     * Returns just the current status of a task.
     *
     * This endpoint is more lightweight than `GET /v2/workflow/get-task`.
     *
     * `GET /v2/workflow/get-task-status`
     */
    getTaskStatus: ExactInit<ClientForPath<paths["/v2/workflow/get-task-status"], Media>["GET"], operations["getTaskStatus"]["responses"]>;
    /**
     * Retrieve a workflow
     *
     * Fetches a workflow's configuration, including the **input parameter definitions** needed to run it.
     *
     * If you only need a list of workflows, use `GET /v2/workflow/list-workflows`.
     *
     * `GET /v2/workflow/get-workflow`
     */
    getWorkflowConfig: ExactInit<ClientForPath<paths["/v2/workflow/get-workflow"], Media>["GET"], operations["getWorkflowConfig"]["responses"]>;
    /**
     * List official workflow templates
     *
     * Returns BrowserAct's official workflow templates.
     *
     * Use `keyword` to search by name/description.
     *
     * `GET /v2/workflow/list-official-workflow-templates`
     */
    getWorkflowTemplates: ExactInit<ClientForPath<paths["/v2/workflow/list-official-workflow-templates"], Media>["GET"], operations["getWorkflowTemplates"]["responses"]>;
    /**
     * List tasks
     *
     * Returns a paginated list of tasks (workflow executions).
     *
     * ### Filtering
     * - Use `status` to filter by task status.
     * - Use `workflow_id` to only list tasks created from a specific workflow.
     *
     * ### Pagination
     * Use `page` and `limit`. The response includes `total_pages` and `total_count`.
     *
     * `GET /v2/workflow/list-tasks`
     */
    pageTasks: ExactInit<ClientForPath<paths["/v2/workflow/list-tasks"], Media>["GET"], operations["pageTasks"]["responses"]>;
    /**
     * List workflows
     *
     * Returns a paginated list of workflows in your workspace.
     *
     * ### Pagination
     * This endpoint uses page-based pagination with `page` and `limit`.
     *
     * `GET /v2/workflow/list-workflows`
     */
    getWorkflowList: ExactInit<ClientForPath<paths["/v2/workflow/list-workflows"], Media>["GET"], operations["getWorkflowList"]["responses"]>;
    /**
     * Resume a paused task
     *
     * Resumes execution of a previously paused task.
     *
     * - The task will continue from where it was paused.
     * - You **can't** resume a task that is `finished`, `failed`, or `canceled`.
     *
     * `PUT /v2/workflow/resume-task`
     */
    resumeTask: ExactInit<ClientForPath<paths["/v2/workflow/resume-task"], Media>["PUT"], operations["resumeTask"]["responses"]>;
    /**
     * Run a workflow (create a task)
     *
     * Starts a new task execution for a workflow and returns a `task_id`.
     *
     * ### How it works
     * 1) Choose a workflow in the Dashboard and copy its `workflow_id`
     * 2) Provide any `input_parameters` required by the workflow
     * 3) Optionally enable `save_browser_data` to receive a `profile_id` that can be reused later
     *
     * ### Webhooks
     * You can provide `callback_url` and/or `status_change_callback_url` to receive POST notifications.
     *
     * `POST /v2/workflow/run-task`
     */
    runTask: ExactInit<ClientForPath<paths["/v2/workflow/run-task"], Media>["POST"], operations["runTask"]["responses"]>;
    /**
     * Run an official workflow template (create a task)
     *
     * Starts a new task execution from an **official workflow template** and returns a `task_id`.
     *
     * Use `GET /v2/workflow/list-official-workflow-templates` to discover templates.
     *
     * `POST /v2/workflow/run-task-by-template`
     */
    runTemplateTask: ExactInit<ClientForPath<paths["/v2/workflow/run-task-by-template"], Media>["POST"], operations["runTemplateTask"]["responses"]>;
    /**
     * Cancel a running task
     *
     * Cancels a running task immediately.
     *
     * - Use this when you no longer need the result.
     * - A canceled task **cannot** be resumed.
     *
     * **Tip:** If you only need to check progress, prefer `GET /v2/workflow/get-task-status`.
     *
     * `PUT /v2/workflow/stop-task`
     */
    stopTask: ExactInit<ClientForPath<paths["/v2/workflow/stop-task"], Media>["PUT"], operations["stopTask"]["responses"]>;
}
/**
 * The BrowserAct client: openapi-fetch's path methods (`GET`, `POST`…), one method per operationId.
 * Every call returns `{ data, error, response }`; pass it to `unwrap` to get `data` or an `ApiError`.
 */
export type BrowserActClient = Client<paths> & BrowserActOperations;
/**
 * Options of `createBrowserActClient`.
 * `apiKey` defaults to `$BROWSERACT_API_KEY`, `baseUrl` to `$BROWSERACT_BASE_URL`, else https://api.browseract.com.
 */
export interface BrowserActClientOptions extends ClientOptions {
    /**
     * Send your API key in the `Authorization` header as `Bearer <API_KEY>`.
     * Security scheme `HTTPBearer`: sent as `Authorization: Bearer <token>`. Default: `$BROWSERACT_API_KEY`.
     */
    apiKey?: string;
}
/** Each operation's route under its method name, as `@openapi-clients/browseract/routes` exports them. */
export type BrowserActRoutes = typeof routes;
/**
 * Creates a client for the BrowserAct API.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$BROWSERACT_API_KEY`).
 */
export declare function createBrowserActClient(options?: BrowserActClientOptions): BrowserActClient;
/**
 * Creates a client with only the given operations, for the smallest bundle: import their routes from `@openapi-clients/browseract/routes` and pass them, `createBrowserActClientWith({ getWorkflowTemplateConfig, getRegionList })`; a bundler leaves out every operation not imported. No waiters; the path methods (`GET`, `POST`…) reach every route.
 * Throws `ClientOptionsError` when there is no API key (neither `options.apiKey` nor `$BROWSERACT_API_KEY`).
 */
export declare function createBrowserActClientWith<const Picked extends Partial<BrowserActRoutes>>(operations: Picked, options?: BrowserActClientOptions): Client<paths> & Pick<BrowserActOperations, keyof Picked & keyof BrowserActOperations>;
export {};
