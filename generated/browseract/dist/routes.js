/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: ee32208c775a57376731a0ca11cb294a89ec6d06cb66723f8e39f44c26965a1b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/** The route of each BrowserAct operation, under its method name: pass the ones you call to `createBrowserActClientWith`. */
/**
 * Retrieve an official workflow template
 *
 * Fetches the configuration for an official workflow template, including input parameter definitions.
 *
 * `GET /v2/workflow/get-official-workflow-template`
 */
export const getWorkflowTemplateConfig = "GET /v2/workflow/get-official-workflow-template";
/**
 * List supported proxy regions
 *
 * Returns regions supported by BrowserAct.
 *
 * You can pass a region code from this list as `proxyRegion` when running a template task.
 *
 * `GET /v2/workflow/get-region-list`
 */
export const getRegionList = "GET /v2/workflow/get-region-list";
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
export const getTask = "GET /v2/workflow/get-task";
/**
 * Retrieve a task status
 *
 * Returns just the current status of a task.
 *
 * This endpoint is more lightweight than `GET /v2/workflow/get-task`.
 *
 * `GET /v2/workflow/get-task-status`
 */
export const getTaskStatus = "GET /v2/workflow/get-task-status";
/**
 * Retrieve a workflow
 *
 * Fetches a workflow's configuration, including the **input parameter definitions** needed to run it.
 *
 * If you only need a list of workflows, use `GET /v2/workflow/list-workflows`.
 *
 * `GET /v2/workflow/get-workflow`
 */
export const getWorkflowConfig = "GET /v2/workflow/get-workflow";
/**
 * List official workflow templates
 *
 * Returns BrowserAct's official workflow templates.
 *
 * Use `keyword` to search by name/description.
 *
 * `GET /v2/workflow/list-official-workflow-templates`
 */
export const getWorkflowTemplates = "GET /v2/workflow/list-official-workflow-templates";
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
export const pageTasks = "GET /v2/workflow/list-tasks";
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
export const getWorkflowList = "GET /v2/workflow/list-workflows";
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
export const resumeTask = "PUT /v2/workflow/resume-task";
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
export const runTask = "POST /v2/workflow/run-task";
/**
 * Run an official workflow template (create a task)
 *
 * Starts a new task execution from an **official workflow template** and returns a `task_id`.
 *
 * Use `GET /v2/workflow/list-official-workflow-templates` to discover templates.
 *
 * `POST /v2/workflow/run-task-by-template`
 */
export const runTemplateTask = "POST /v2/workflow/run-task-by-template";
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
export const stopTask = "PUT /v2/workflow/stop-task";
