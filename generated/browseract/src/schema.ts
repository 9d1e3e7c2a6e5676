/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 00d281f91dc0731ed22e753054f00b4bcd21f5eed5a9b899488a9e23fb7b6f8e
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
}

/** A single workflow input parameter passed when starting a task. */
export type InputParamItemDto = components["schemas"]["InputParamItemDto"];
/**
 * Standard error response envelope.
 *
 * Most successful responses return the resource directly (without this envelope).
 * When an error occurs, you can use `traceId` to help BrowserAct support locate the issue.
 */
export type ResponseData = components["schemas"]["ResponseData"];
/** Request body used to start a new task from a workflow. */
export type RunWorkflowTaskRequest = components["schemas"]["RunWorkflowTaskRequest"];
/** Response returned after successfully creating a task. */
export type TaskCreatedResponse = components["schemas"]["TaskCreatedResponse"];
/** Request body of `runTask` (`POST /v2/workflow/run-task`). */
export type RunTaskRequestBody = NonNullable<operations["runTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `runTask` (`POST /v2/workflow/run-task`). */
export type RunTaskParameters = operations["runTask"]["parameters"];
/** Success response body of `runTask` (`POST /v2/workflow/run-task`). */
export type RunTaskResponse = operations["runTask"]["responses"][200]["content"]["application/json"];
