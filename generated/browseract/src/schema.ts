/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: ee32208c775a57376731a0ca11cb294a89ec6d06cb66723f8e39f44c26965a1b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
export interface paths {
    "/v2/workflow/get-official-workflow-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an official workflow template
         * @description Fetches the configuration for an official workflow template, including input parameter definitions.
         */
        get: operations["getWorkflowTemplateConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/get-region-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List supported proxy regions
         * @description Returns regions supported by BrowserAct.
         *
         *     You can pass a region code from this list as `proxyRegion` when running a template task.
         */
        get: operations["getRegionList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/get-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a task
         * @description Returns comprehensive information about a task, including:
         *     - current `status`
         *     - step-level progress (`steps`)
         *     - output (if finished)
         *     - failure details (if failed)
         *
         *     If you only need the current status, use `GET /v2/workflow/get-task-status`.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/get-task-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a task status
         * @description Returns just the current status of a task.
         *
         *     This endpoint is more lightweight than `GET /v2/workflow/get-task`.
         */
        get: operations["getTaskStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/get-workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a workflow
         * @description Fetches a workflow's configuration, including the **input parameter definitions** needed to run it.
         *
         *     If you only need a list of workflows, use `GET /v2/workflow/list-workflows`.
         */
        get: operations["getWorkflowConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/list-official-workflow-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List official workflow templates
         * @description Returns BrowserAct's official workflow templates.
         *
         *     Use `keyword` to search by name/description.
         */
        get: operations["getWorkflowTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/list-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description Returns a paginated list of tasks (workflow executions).
         *
         *     ### Filtering
         *     - Use `status` to filter by task status.
         *     - Use `workflow_id` to only list tasks created from a specific workflow.
         *
         *     ### Pagination
         *     Use `page` and `limit`. The response includes `total_pages` and `total_count`.
         */
        get: operations["pageTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/list-workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflows
         * @description Returns a paginated list of workflows in your workspace.
         *
         *     ### Pagination
         *     This endpoint uses page-based pagination with `page` and `limit`.
         */
        get: operations["getWorkflowList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/resume-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Resume a paused task
         * @description Resumes execution of a previously paused task.
         *
         *     - The task will continue from where it was paused.
         *     - You **can't** resume a task that is `finished`, `failed`, or `canceled`.
         */
        put: operations["resumeTask"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/run-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a workflow (create a task)
         * @description Starts a new task execution for a workflow and returns a `task_id`.
         *
         *     ### How it works
         *     1) Choose a workflow in the Dashboard and copy its `workflow_id`
         *     2) Provide any `input_parameters` required by the workflow
         *     3) Optionally enable `save_browser_data` to receive a `profile_id` that can be reused later
         *
         *     ### Webhooks
         *     You can provide `callback_url` and/or `status_change_callback_url` to receive POST notifications.
         */
        post: operations["runTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/run-task-by-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an official workflow template (create a task)
         * @description Starts a new task execution from an **official workflow template** and returns a `task_id`.
         *
         *     Use `GET /v2/workflow/list-official-workflow-templates` to discover templates.
         */
        post: operations["runTemplateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflow/stop-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Cancel a running task
         * @description Cancels a running task immediately.
         *
         *     - Use this when you no longer need the result.
         *     - A canceled task **cannot** be resumed.
         *
         *     **Tip:** If you only need to check progress, prefer `GET /v2/workflow/get-task-status`.
         */
        put: operations["stopTask"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Full workflow configuration. */
        ApiWorkflowConfigDto: {
            /** @description Workflow ID */
            id?: string;
            /** @description Workflow name */
            name?: string;
            /** @description Workflow description */
            description?: string;
            /**
             * Format: date-time
             * @description Workflow creation time
             */
            create_at?: string;
            /**
             * Format: date-time
             * @description Workflow publish time
             */
            publish_at?: string;
            /** @description Input parameters required to run this workflow. */
            input_parameters?: components["schemas"]["WorkflowInputParameterDto"][];
        };
        /** @description Basic workflow information. */
        ApiWorkflowDto: {
            /**
             * @description Workflow ID
             * @example wf_123456789
             */
            id?: string;
            /**
             * @description Workflow name
             * @example Price Monitor
             */
            name?: string;
            /**
             * @description Workflow description
             * @example Scrape product prices and export CSV.
             */
            description?: string;
            /**
             * Format: date-time
             * @description Workflow creation time
             */
            create_at?: string;
            /**
             * Format: date-time
             * @description Workflow publish time
             */
            publish_at?: string;
        };
        /** @description Official workflow template configuration. */
        ApiWorkflowTemplateConfigDto: {
            /** @description Workflow Template ID */
            id?: string;
            /** @description Template name */
            name?: string;
            /** @description Template description */
            description?: string;
            /** @description Short recommended use case description */
            recommendDesc: string;
            /** @description Public detail URL for the template */
            detailUrl: string;
            /**
             * Format: date-time
             * @description Template creation time
             */
            create_at?: string;
            /**
             * Format: date-time
             * @description Template publish time
             */
            publish_at?: string;
            /** @description Input parameters required to run this template. */
            input_parameters?: components["schemas"]["WorkflowInputParameterDto"][];
        };
        /** @description A single workflow input parameter passed when starting a task. */
        InputParamItemDto: {
            /**
             * @description Parameter name (must match the workflow's input parameter definition).
             * @example keyword
             */
            name?: string;
            /**
             * @description Parameter value as a string.
             * @example laptops
             */
            value?: string;
        };
        /**
         * @description Information for viewing a live task execution.
         *
         *     Available only when the task status is `running`.
         */
        LiveUrlInfo: {
            /**
             * Format: int32
             * @description Viewport width
             * @example 1280
             */
            width: number;
            /**
             * Format: int32
             * @description Viewport height
             * @example 720
             */
            height: number;
            /**
             * @description Live view URL. Can be embedded in an `<iframe>`.
             * @example https://live.browseract.com/task/task_123...
             */
            live_url?: string;
        };
        /** @description Paginated response containing items and metadata. */
        PageRespApiWorkflowDto: {
            /**
             * Format: int32
             * @description Current page number.
             * @example 1
             */
            page?: number;
            /**
             * Format: int32
             * @description Number of items per page.
             * @example 20
             */
            limit?: number;
            /** @description Items for the current page. */
            items?: components["schemas"]["ApiWorkflowDto"][];
            /**
             * Format: int32
             * @description Total number of pages available.
             * @example 5
             */
            total_pages?: number;
            /**
             * Format: int32
             * @description Total number of items.
             * @example 87
             */
            total_count?: number;
        };
        /** @description Paginated response containing tasks and metadata. */
        PageRespWorkflowTaskSimpleResponse: {
            /**
             * Format: int32
             * @description Current page number.
             */
            page?: number;
            /**
             * Format: int32
             * @description Number of items per page.
             */
            limit?: number;
            /** @description Tasks for the current page. */
            items?: components["schemas"]["WorkflowTaskSimpleResponse"][];
            /**
             * Format: int32
             * @description Total number of pages available.
             */
            total_pages?: number;
            /**
             * Format: int32
             * @description Total number of items.
             */
            total_count?: number;
        };
        /** @description Paginated response containing workflow templates and metadata. */
        PageRespWorkflowTemplateDto: {
            /**
             * Format: int32
             * @description Current page number.
             */
            page?: number;
            /**
             * Format: int32
             * @description Number of items per page.
             */
            limit?: number;
            /** @description Templates for the current page. */
            items?: components["schemas"]["WorkflowTemplateDto"][];
            /**
             * Format: int32
             * @description Total number of pages available.
             */
            total_pages?: number;
            /**
             * Format: int32
             * @description Total number of items.
             */
            total_count?: number;
        };
        /**
         * @description Standard error response envelope.
         *
         *     Most successful responses return the resource directly (without this envelope).
         *     When an error occurs, you can use `traceId` to help BrowserAct support locate the issue.
         */
        ResponseData: {
            /**
             * Format: int32
             * @description Response code. `0` means success; non-zero means failure.
             * @example 123
             */
            code?: number;
            /**
             * @description Human-readable error message (present when `code` is non-zero).
             * @example Invalid task_id
             */
            msg?: string;
            /**
             * @description Error details (shape may vary by error).
             * @example {}
             */
            data?: {
                [key: string]: unknown;
            };
            /**
             * Format: int64
             * @description Server timestamp (milliseconds).
             * @example 1699335116000
             */
            ts?: number;
            /**
             * Format: date-time
             * @description Server time in ISO 8601 format.
             * @example 2023-11-07T05:31:56Z
             */
            time?: string;
            /**
             * @description Error ID for tracking in logs.
             * @example b4bb01c1b2b14f11a6a2d7c1c8b0e3a1
             */
            traceId?: string;
        };
        /** @description Request body used to start a new task from a workflow. */
        RunWorkflowTaskRequest: {
            /**
             * @description The workflow ID to run.
             * @example wf_123456789
             */
            workflow_id: string;
            /**
             * @description Input parameters for this run.
             * @example [
             *       {
             *         "name": "keyword",
             *         "value": "laptops"
             *       }
             *     ]
             */
            input_parameters?: components["schemas"]["InputParamItemDto"][];
            /**
             * @description If `true`, the response will include a `profile_id`. You can reuse that `profile_id` in later runs to reuse browser data (e.g., cookies).
             * @example true
             */
            save_browser_data?: boolean;
            /**
             * @description Reuse browser data from a previous run (e.g., cookies) by providing a `profile_id`.
             * @example profile_abc123
             */
            profile_id?: string;
            /**
             * @deprecated
             * @description Deprecated. No longer required.
             * @example false
             */
            open_incognito_mode?: boolean;
            /**
             * @description Optional. HTTP/HTTPS URL to receive a POST notification when the task **finishes**, **fails**, or is **canceled**. Maximum length: 2048 characters. Must be publicly reachable (no private/local addresses).
             * @example https://your-server.com/webhooks/workflow-callback
             */
            callback_url?: string;
            /**
             * @description Optional. HTTP/HTTPS URL to receive a POST notification whenever the task status changes (e.g., running, paused, finished, canceled, failed). Maximum length: 2048 characters. Must be publicly reachable (no private/local addresses).
             * @example https://your-server.com/webhooks/task-status-change-callback
             */
            status_change_callback_url?: string;
        };
        /** @description Request body used to start a new task from an official workflow template. */
        RunWorkflowTemplateTaskRequest: {
            /**
             * @description Optional. Proxy region code. Defaults to `US`.
             * @example US
             */
            proxyRegion?: string;
            /**
             * @description The official workflow template ID to run.
             * @example tpl_123456789
             */
            workflow_template_id: string;
            /**
             * @description Input parameters for this run.
             * @example [
             *       {
             *         "name": "url",
             *         "value": "https://example.com"
             *       }
             *     ]
             */
            input_parameters?: components["schemas"]["InputParamItemDto"][];
            /**
             * @description Optional. See `RunWorkflowTaskRequest.callback_url`.
             * @example https://your-server.com/webhooks/workflow-callback
             */
            callback_url?: string;
            /**
             * @description Optional. See `RunWorkflowTaskRequest.status_change_callback_url`.
             * @example https://your-server.com/webhooks/task-status-change-callback
             */
            status_change_callback_url?: string;
        };
        /**
         * @description Status of an individual step within a task.
         * @enum {string}
         */
        StepStatus: "running" | "succeed" | "failed";
        /** @description Supported proxy region. */
        SysRegionSimpleView: {
            /**
             * @description Human-readable region name
             * @example United States
             */
            name?: string;
            /**
             * @description Region code
             * @example US
             */
            code?: string;
        };
        /** @description Response returned after successfully creating a task. */
        TaskCreatedResponse: {
            /**
             * @description The unique `task_id`. Use it to poll status/results or to stop/resume the task.
             * @example task_123456789
             */
            id: string;
            /**
             * @description Returned only when `save_browser_data` is `true`. Use it to reuse browser data (e.g., cookies) in later runs.
             * @example profile_abc123
             */
            profile_id?: string;
        };
        /** @description A file generated and uploaded by a task, with a pre-signed download URL (when available). */
        TaskDownloadFileView: {
            /** @description File unique identifier */
            guid?: string;
            /** @description Display file name */
            fileName?: string;
            /**
             * Format: int64
             * @description File size in bytes
             */
            fileSize?: number;
            /** @description File status (value may vary) */
            status?: string;
            /**
             * Format: int32
             * @description Download progress (0-100)
             */
            progress?: number;
            /** @description Pre-signed download URL (present when uploaded) */
            downloadUrl?: string;
            /**
             * Format: int64
             * @description Download start timestamp (ms)
             */
            downloadStartTime?: number;
            /**
             * Format: int64
             * @description Download completion timestamp (ms)
             */
            downloadCompletedTime?: number;
            /**
             * Format: int64
             * @description Expiration timestamp
             */
            expiresAt?: number;
            /** @description Error message if the file generation/download failed */
            errorMessage?: string;
            /**
             * Format: int64
             * @description Creation timestamp (ms)
             */
            createTime?: number;
        };
        /** @description Failure details. Present only when the task status is `failed`. */
        TaskFailureInfo: {
            /**
             * Format: int32
             * @description Error code
             * @example 10001
             */
            code: number;
            /**
             * @description Error message
             * @example Navigation timeout
             */
            message: string;
        };
        /**
         * @description Task output produced by the workflow.
         *
         *     The exact output depends on the workflow. Common patterns:
         *     - `string`: plain text or JSON string
         *     - `files`: URLs for output files (if any)
         */
        TaskOutputDto: {
            /**
             * @description Plain output string (format depends on the workflow).
             * @example {"items":[...]}
             */
            string?: string;
            /** @description Output file URLs (if any). */
            files?: string[];
        };
        /**
         * @description Current task status.
         *
         *     - `created`: Task is created but not yet running
         *     - `running`: Task is currently executing
         *     - `finished`: Task completed successfully
         *     - `canceled`: Task was canceled (e.g., via Stop Task)
         *     - `pausing`: Task is transitioning into paused state
         *     - `paused`: Task is paused and can be resumed
         *     - `failed`: Task ended with an error
         *     - `unknown`: Unknown or unsupported status
         * @enum {string}
         */
        TaskStatus:
            | "created" | "running" | "finished" | "canceled" | "pausing" | "paused" | "failed"
            | "unknown";
        /** @description Lightweight response containing only the task status. */
        TaskStatusResponse: {
            status: components["schemas"]["TaskStatus"];
        };
        /** @description A single step within a task execution. */
        TaskStepDto: {
            /** @description Step ID */
            id: string;
            /**
             * Format: int32
             * @description Step sequence number
             */
            step: number;
            status: components["schemas"]["StepStatus"];
            /** @description Evaluation result of the previous step */
            evaluation_previous_goal: string;
            /** @description Goal of the current step */
            step_goal: string;
            /** @description Screenshot URL captured during this step */
            screenshots_url: string;
        };
        /** @description Definition of an input parameter expected by a workflow or template. */
        WorkflowInputParameterDto: {
            /**
             * @description Parameter name
             * @example keyword
             */
            name?: string;
            /**
             * @description Whether the parameter is enabled by default in the UI.
             * @example true
             */
            default_enabled?: boolean;
        };
        /** @description Full task details, including step-level progress and outputs (when available). */
        WorkflowTaskResponse: {
            /** @description Task ID */
            id: string;
            /** @description Present only when the task has ended. */
            output?: components["schemas"]["TaskOutputDto"];
            status: components["schemas"]["TaskStatus"];
            /** @description Steps executed within the task. */
            steps: components["schemas"]["TaskStepDto"][];
            /** @description Present only when the task is `running`. */
            live_url_info?: components["schemas"]["LiveUrlInfo"];
            /**
             * @deprecated
             * @description Deprecated. Use `live_url_info.live_url` instead.
             */
            live_url?: string;
            /** @description Browser profile ID for reusing browser data. */
            profile_id?: string;
            /**
             * Format: date-time
             * @description Task creation time
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Task finish time (if ended)
             */
            finished_at?: string;
            task_failure_info?: components["schemas"]["TaskFailureInfo"];
            /**
             * Format: int64
             * @description Credits consumed by this task.
             */
            credit?: number;
            /** @description Files generated by the task (if any). */
            download_files?: components["schemas"]["TaskDownloadFileView"][];
            /**
             * Format: int64
             * @description Expiration timestamp for download files.
             */
            files_expires_at?: number;
            /** @description Workflow ID */
            workflow_id: string;
            /** @description Input parameters used for this run, as `key=value` pairs. */
            input_parameters?: string;
            /** @description URL to detailed execution logs for this task. */
            log_detail_url?: string;
        };
        /** @description A simplified task representation used in list responses. */
        WorkflowTaskSimpleResponse: {
            /** @description Task ID */
            id: string;
            /** @description Present only when the task has ended. */
            output?: components["schemas"]["TaskOutputDto"];
            status: components["schemas"]["TaskStatus"];
            /** @description Present only when the task is `running`. */
            live_url_info?: components["schemas"]["LiveUrlInfo"];
            /**
             * @deprecated
             * @description Deprecated. Use `live_url_info.live_url` instead.
             */
            live_url?: string;
            /** @description Browser profile ID for reusing browser data. */
            profile_id?: string;
            /**
             * Format: date-time
             * @description Task creation time
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Task finish time (if ended)
             */
            finished_at?: string;
            task_failure_info?: components["schemas"]["TaskFailureInfo"];
            /**
             * Format: int64
             * @description Credits consumed by this task.
             * @example 42
             */
            credit?: number;
            /** @description Workflow ID */
            workflow_id: string;
            /**
             * @description Workflow input parameters in key=value form.
             * @example keyword=laptops;max_items=50
             */
            input_parameters?: string;
        };
        /** @description A lightweight representation of an official workflow template. */
        WorkflowTemplateDto: {
            /** @description Template ID */
            templateId: string;
            /** @description Template name */
            name: string;
            /** @description Short recommended use case description */
            recommendDesc: string;
            /** @description Public detail URL for the template */
            detailUrl: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    /**
     * Retrieve an official workflow template
     *
     * Fetches the configuration for an official workflow template, including input parameter definitions.
     *
     * `GET /v2/workflow/get-official-workflow-template`
     */
    getWorkflowTemplateConfig: {
        parameters: {
            query: {
                /**
                 * @description Workflow template ID.
                 * @example tpl_123456789
                 */
                workflow_template_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiWorkflowTemplateConfigDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
    /**
     * List supported proxy regions
     *
     * Returns regions supported by BrowserAct.
     *
     * You can pass a region code from this list as `proxyRegion` when running a template task.
     *
     * `GET /v2/workflow/get-region-list`
     */
    getRegionList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SysRegionSimpleView"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
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
    getTask: {
        parameters: {
            query: {
                /**
                 * @description Task ID returned by `run-task` or `run-task-by-template`.
                 * @example task_123456789
                 */
                task_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTaskResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
    /**
     * Retrieve a task status
     *
     * Returns just the current status of a task.
     *
     * This endpoint is more lightweight than `GET /v2/workflow/get-task`.
     *
     * `GET /v2/workflow/get-task-status`
     */
    getTaskStatus: {
        parameters: {
            query: {
                /**
                 * @description Task ID returned by `run-task` or `run-task-by-template`.
                 * @example task_123456789
                 */
                task_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStatusResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
    /**
     * Retrieve a workflow
     *
     * Fetches a workflow's configuration, including the **input parameter definitions** needed to run it.
     *
     * If you only need a list of workflows, use `GET /v2/workflow/list-workflows`.
     *
     * `GET /v2/workflow/get-workflow`
     */
    getWorkflowConfig: {
        parameters: {
            query: {
                /**
                 * @description Workflow ID.
                 * @example wf_123456789
                 */
                workflow_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiWorkflowConfigDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
    /**
     * List official workflow templates
     *
     * Returns BrowserAct's official workflow templates.
     *
     * Use `keyword` to search by name/description.
     *
     * `GET /v2/workflow/list-official-workflow-templates`
     */
    getWorkflowTemplates: {
        parameters: {
            query?: {
                /**
                 * @description Search keyword (optional).
                 * @example amazon
                 */
                keyword?: string;
                /**
                 * @description Page number to retrieve (starts at 1).
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of templates per page (max 500).
                 * @example 20
                 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageRespWorkflowTemplateDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
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
    pageTasks: {
        parameters: {
            query?: {
                /**
                 * @description Filter tasks by status.
                 * @example running
                 */
                status?: components["schemas"]["TaskStatus"];
                /**
                 * @description Page number to retrieve (starts at 1).
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of tasks per page (max 500).
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Only return tasks created from this workflow ID.
                 * @example wf_123456789
                 */
                workflow_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageRespWorkflowTaskSimpleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
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
    getWorkflowList: {
        parameters: {
            query?: {
                /**
                 * @description Page number to retrieve (starts at 1).
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of workflows per page (max 500).
                 * @example 20
                 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageRespApiWorkflowDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
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
    resumeTask: {
        parameters: {
            query: {
                /**
                 * @description The `task_id` to resume.
                 * @example task_123456789
                 */
                task_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The task was resumed (or was already running). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
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
    runTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunWorkflowTaskRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCreatedResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
    /**
     * Run an official workflow template (create a task)
     *
     * Starts a new task execution from an **official workflow template** and returns a `task_id`.
     *
     * Use `GET /v2/workflow/list-official-workflow-templates` to discover templates.
     *
     * `POST /v2/workflow/run-task-by-template`
     */
    runTemplateTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunWorkflowTemplateTaskRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCreatedResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
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
    stopTask: {
        parameters: {
            query: {
                /**
                 * @description The `task_id` returned by `run-task` or `run-task-by-template`.
                 * @example task_123456789
                 */
                task_id: string;
                /**
                 * @description Optional business cancellation code (for your own tracking/analytics).
                 * @example 1001
                 */
                biz_code?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The task was canceled (or was already in a terminal state). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseData"];
                };
            };
        };
    };
}

/** Full workflow configuration. */
export type ApiWorkflowConfigDto = components["schemas"]["ApiWorkflowConfigDto"];
/** Basic workflow information. */
export type ApiWorkflowDto = components["schemas"]["ApiWorkflowDto"];
/** Official workflow template configuration. */
export type ApiWorkflowTemplateConfigDto = components["schemas"]["ApiWorkflowTemplateConfigDto"];
/** A single workflow input parameter passed when starting a task. */
export type InputParamItemDto = components["schemas"]["InputParamItemDto"];
/**
 * Information for viewing a live task execution.
 *
 * Available only when the task status is `running`.
 */
export type LiveUrlInfo = components["schemas"]["LiveUrlInfo"];
/** Paginated response containing items and metadata. */
export type PageRespApiWorkflowDto = components["schemas"]["PageRespApiWorkflowDto"];
/** Paginated response containing tasks and metadata. */
export type PageRespWorkflowTaskSimpleResponse = components["schemas"]["PageRespWorkflowTaskSimpleResponse"];
/** Paginated response containing workflow templates and metadata. */
export type PageRespWorkflowTemplateDto = components["schemas"]["PageRespWorkflowTemplateDto"];
/**
 * Standard error response envelope.
 *
 * Most successful responses return the resource directly (without this envelope).
 * When an error occurs, you can use `traceId` to help BrowserAct support locate the issue.
 */
export type ResponseData = components["schemas"]["ResponseData"];
/** Request body used to start a new task from a workflow. */
export type RunWorkflowTaskRequest = components["schemas"]["RunWorkflowTaskRequest"];
/** Request body used to start a new task from an official workflow template. */
export type RunWorkflowTemplateTaskRequest = components["schemas"]["RunWorkflowTemplateTaskRequest"];
/** Status of an individual step within a task. */
export type StepStatus = components["schemas"]["StepStatus"];
/** Supported proxy region. */
export type SysRegionSimpleView = components["schemas"]["SysRegionSimpleView"];
/** Response returned after successfully creating a task. */
export type TaskCreatedResponse = components["schemas"]["TaskCreatedResponse"];
/** A file generated and uploaded by a task, with a pre-signed download URL (when available). */
export type TaskDownloadFileView = components["schemas"]["TaskDownloadFileView"];
/** Failure details. Present only when the task status is `failed`. */
export type TaskFailureInfo = components["schemas"]["TaskFailureInfo"];
/**
 * Task output produced by the workflow.
 *
 * The exact output depends on the workflow. Common patterns:
 * - `string`: plain text or JSON string
 * - `files`: URLs for output files (if any)
 */
export type TaskOutputDto = components["schemas"]["TaskOutputDto"];
/**
 * Current task status.
 *
 * - `created`: Task is created but not yet running
 * - `running`: Task is currently executing
 * - `finished`: Task completed successfully
 * - `canceled`: Task was canceled (e.g., via Stop Task)
 * - `pausing`: Task is transitioning into paused state
 * - `paused`: Task is paused and can be resumed
 * - `failed`: Task ended with an error
 * - `unknown`: Unknown or unsupported status
 */
export type TaskStatus = components["schemas"]["TaskStatus"];
/** Lightweight response containing only the task status. */
export type TaskStatusResponse = components["schemas"]["TaskStatusResponse"];
/** A single step within a task execution. */
export type TaskStepDto = components["schemas"]["TaskStepDto"];
/** Definition of an input parameter expected by a workflow or template. */
export type WorkflowInputParameterDto = components["schemas"]["WorkflowInputParameterDto"];
/** Full task details, including step-level progress and outputs (when available). */
export type WorkflowTaskResponse = components["schemas"]["WorkflowTaskResponse"];
/** A simplified task representation used in list responses. */
export type WorkflowTaskSimpleResponse = components["schemas"]["WorkflowTaskSimpleResponse"];
/** A lightweight representation of an official workflow template. */
export type WorkflowTemplateDto = components["schemas"]["WorkflowTemplateDto"];
/** Parameters of `getWorkflowTemplateConfig` (`GET /v2/workflow/get-official-workflow-template`). */
export type GetWorkflowTemplateConfigParameters = operations["getWorkflowTemplateConfig"]["parameters"];
/** Success response body of `getWorkflowTemplateConfig` (`GET /v2/workflow/get-official-workflow-template`). */
export type GetWorkflowTemplateConfigResponse = operations["getWorkflowTemplateConfig"]["responses"][200]["content"]["application/json"];
/** Parameters of `getRegionList` (`GET /v2/workflow/get-region-list`). */
export type GetRegionListParameters = operations["getRegionList"]["parameters"];
/** Success response body of `getRegionList` (`GET /v2/workflow/get-region-list`). */
export type GetRegionListResponse = operations["getRegionList"]["responses"][200]["content"]["application/json"];
/** Parameters of `getTask` (`GET /v2/workflow/get-task`). */
export type GetTaskParameters = operations["getTask"]["parameters"];
/** Success response body of `getTask` (`GET /v2/workflow/get-task`). */
export type GetTaskResponse = operations["getTask"]["responses"][200]["content"]["application/json"];
/** Parameters of `getTaskStatus` (`GET /v2/workflow/get-task-status`). */
export type GetTaskStatusParameters = operations["getTaskStatus"]["parameters"];
/** Success response body of `getTaskStatus` (`GET /v2/workflow/get-task-status`). */
export type GetTaskStatusResponse = operations["getTaskStatus"]["responses"][200]["content"]["application/json"];
/** Parameters of `getWorkflowConfig` (`GET /v2/workflow/get-workflow`). */
export type GetWorkflowConfigParameters = operations["getWorkflowConfig"]["parameters"];
/** Success response body of `getWorkflowConfig` (`GET /v2/workflow/get-workflow`). */
export type GetWorkflowConfigResponse = operations["getWorkflowConfig"]["responses"][200]["content"]["application/json"];
/** Parameters of `getWorkflowTemplates` (`GET /v2/workflow/list-official-workflow-templates`). */
export type GetWorkflowTemplatesParameters = operations["getWorkflowTemplates"]["parameters"];
/** Success response body of `getWorkflowTemplates` (`GET /v2/workflow/list-official-workflow-templates`). */
export type GetWorkflowTemplatesResponse = operations["getWorkflowTemplates"]["responses"][200]["content"]["application/json"];
/** Parameters of `pageTasks` (`GET /v2/workflow/list-tasks`). */
export type PageTasksParameters = operations["pageTasks"]["parameters"];
/** Success response body of `pageTasks` (`GET /v2/workflow/list-tasks`). */
export type PageTasksResponse = operations["pageTasks"]["responses"][200]["content"]["application/json"];
/** Parameters of `getWorkflowList` (`GET /v2/workflow/list-workflows`). */
export type GetWorkflowListParameters = operations["getWorkflowList"]["parameters"];
/** Success response body of `getWorkflowList` (`GET /v2/workflow/list-workflows`). */
export type GetWorkflowListResponse = operations["getWorkflowList"]["responses"][200]["content"]["application/json"];
/** Parameters of `resumeTask` (`PUT /v2/workflow/resume-task`). */
export type ResumeTaskParameters = operations["resumeTask"]["parameters"];
/** Request body of `runTask` (`POST /v2/workflow/run-task`). */
export type RunTaskRequestBody = NonNullable<operations["runTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `runTask` (`POST /v2/workflow/run-task`). */
export type RunTaskParameters = operations["runTask"]["parameters"];
/** Success response body of `runTask` (`POST /v2/workflow/run-task`). */
export type RunTaskResponse = operations["runTask"]["responses"][200]["content"]["application/json"];
/** Request body of `runTemplateTask` (`POST /v2/workflow/run-task-by-template`). */
export type RunTemplateTaskRequestBody = NonNullable<operations["runTemplateTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `runTemplateTask` (`POST /v2/workflow/run-task-by-template`). */
export type RunTemplateTaskParameters = operations["runTemplateTask"]["parameters"];
/** Success response body of `runTemplateTask` (`POST /v2/workflow/run-task-by-template`). */
export type RunTemplateTaskResponse = operations["runTemplateTask"]["responses"][200]["content"]["application/json"];
/** Parameters of `stopTask` (`PUT /v2/workflow/stop-task`). */
export type StopTaskParameters = operations["stopTask"]["parameters"];
