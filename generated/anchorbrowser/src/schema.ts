/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 98f540625efaed6336f96fa40fd1cbf2b2f38ff638db526853e077147bf81746
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
export interface paths {
    "/v1/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Task
         * @description Creates a new task or updates an existing task with the same name. Tasks are reusable code snippets that can be executed in browser sessions. Tasks support versioning with draft and published versions.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Task
         * @description Executes a task by its ID, optionally a given version. Synchronous by default; with `async: true` it returns at once and the execution can be polled with listTaskExecutions.
         */
        post: operations["runTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/run/{taskName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Task by Name
         * @description Executes a task by its name, always using the latest version. This is a convenience endpoint for running tasks without needing to know the task ID.
         */
        post: operations["runTaskByName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}/deploy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deploy Task
         * @description Publishes a new version of the task's code for production use.
         */
        post: operations["deployTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task/{taskId}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List task executions
         * @description Lists the execution results of a task, newest first, so an async run can be polled. Tasks must be deployed (not just in draft) to appear in the list.
         */
        get: operations["listTaskExecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tasks/{taskId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a Task
         * @description Triggers execution of a task by ID using the non-deprecated Tasks endpoints.
         */
        post: operations["runTaskV2"];
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
        /** Anchor Proxy */
        AnchorProxy: {
            active: boolean;
            /**
             * @description Region code for more specific geographic targeting.
             *     The city parameter can only be used when region is also provided.
             */
            region?: string;
            /**
             * @description City name for precise geographic targeting. Supported for anchor_proxy only.
             *     Can only be used when region is also provided.
             */
            city?: string;
        } & (
            | {
                /** @description **On change make sure to update the country_code.** */
                type: "anchor_proxy";
                /**
                 * @description Supported country codes ISO 2 lowercase
                 *
                 *     **On change make sure to update the Proxy type.**
                 */
                country_code?: components["schemas"]["AnchorProxyCountryCode"];
            }
            | {
                /** @description **On change make sure to update the country_code.** */
                type: "anchor_residential";
                /**
                 * @description Supported country codes ISO 2 lowercase
                 *
                 *     **On change make sure to update the Proxy type.**
                 */
                country_code?: components["schemas"]["ResidentialCountryCode"];
            }
            | {
                /** @description **On change make sure to update the country_code.** */
                type: "anchor_mobile";
                /**
                 * @description Supported country codes ISO 2 lowercase
                 *
                 *     **On change make sure to update the Proxy type.**
                 */
                country_code?: components["schemas"]["MobileCountryCode"];
            }
            | {
                /** @description **On change make sure to update the country_code.** */
                type: "anchor_gov";
                /**
                 * @description Supported country codes ISO 2 lowercase
                 *
                 *     **On change make sure to update the Proxy type.**
                 */
                country_code?: components["schemas"]["GovCountryCode"];
            }
            | {
                /** @description **On change make sure to update the country_code.** */
                type?: never;
                /**
                 * @description Supported country codes ISO 2 lowercase
                 *
                 *     **On change make sure to update the Proxy type.**
                 */
                country_code?: components["schemas"]["AnchorProxyCountryCode"] | components["schemas"]["ResidentialCountryCode"] | components["schemas"]["MobileCountryCode"] | components["schemas"]["GovCountryCode"];
            }
        );
        /**
         * What `AnchorProxy.country_code` allows when `type` is `"anchor_proxy"`.
         * @default us
         * @enum {string}
         */
        AnchorProxyCountryCode:
            | "af" | "al" | "dz" | "ad" | "ao" | "as" | "ag" | "ar" | "am" | "aw" | "au" | "at"
            | "az" | "bs" | "bh" | "bb" | "by" | "be" | "bz" | "bj" | "bm" | "bo" | "ba" | "br"
            | "bg" | "bf" | "cm" | "ca" | "cv" | "td" | "cl" | "co" | "cg" | "cr" | "ci" | "hr"
            | "cu" | "cy" | "cz" | "dk" | "dm" | "do" | "ec" | "eg" | "sv" | "ee" | "et" | "fo"
            | "fi" | "fr" | "gf" | "pf" | "ga" | "gm" | "ge" | "de" | "gh" | "gi" | "gr" | "gd"
            | "gp" | "gt" | "gg" | "gn" | "gw" | "gy" | "ht" | "hn" | "hu" | "is" | "in" | "ir"
            | "iq" | "ie" | "il" | "it" | "jm" | "jp" | "jo" | "kz" | "kw" | "kg" | "lv" | "lb"
            | "ly" | "li" | "lt" | "lu" | "mk" | "ml" | "mt" | "mq" | "mr" | "mx" | "md" | "mc"
            | "me" | "ma" | "nl" | "nz" | "ni" | "ng" | "no" | "pk" | "pa" | "py" | "pe" | "ph"
            | "pl" | "pt" | "pr" | "qa" | "ro" | "lc" | "sm" | "sa" | "sn" | "rs" | "sc" | "sl"
            | "sk" | "si" | "so" | "za" | "kr" | "es" | "sr" | "se" | "ch" | "sy" | "st" | "tw"
            | "tj" | "tg" | "tt" | "tn" | "tr" | "tc" | "ua" | "ae" | "us" | "uy" | "uz" | "ve"
            | "ye";
        CreateTaskRequest: {
            /** @description Task name (letters, numbers, hyphens, and underscores only) */
            name: string;
            /** @description Base64 encoded task code (optional) */
            code?: string;
            /**
             * @description Programming language for the task
             * @enum {string}
             */
            language: "typescript";
            /** @description Optional description of the task */
            description?: string;
            /** @description Browser configuration for task execution */
            browserConfiguration?: components["schemas"]["SessionConfig"];
        };
        /** Custom Proxy */
        CustomProxy: {
            /** @enum {string} */
            type: "custom";
            /** @description Proxy server address */
            server: string;
            /** @description Proxy username */
            username: string;
            /** @description Proxy password */
            password: string;
            active: boolean;
        };
        DeployTaskRequest: {
            /** @description Base64 encoded task code */
            code: string;
            /**
             * @description Programming language for the task
             * @enum {string}
             */
            language?: "typescript";
            /** @description Optional description for this version */
            description?: string;
        };
        DeployTaskResponse: {
            /** @description The deployed task version (the guide does not document its fields) */
            data: {
                [key: string]: unknown;
            };
        };
        ErrorResponse: {
            error?: {
                code?: number;
                message?: string;
            };
        };
        /**
         * What `AnchorProxy.country_code` allows when `type` is `"anchor_gov"`.
         * @default us
         * @enum {string}
         */
        GovCountryCode:
            | "af" | "al" | "dz" | "ad" | "ao" | "as" | "ag" | "ar" | "am" | "aw" | "au" | "at"
            | "az" | "bs" | "bh" | "bb" | "by" | "be" | "bz" | "bj" | "bm" | "bo" | "ba" | "br"
            | "bg" | "bf" | "cm" | "ca" | "cv" | "td" | "cl" | "co" | "cg" | "cr" | "ci" | "hr"
            | "cu" | "cy" | "cz" | "dk" | "dm" | "do" | "ec" | "eg" | "sv" | "ee" | "et" | "fo"
            | "fi" | "fr" | "gf" | "pf" | "ga" | "gm" | "ge" | "de" | "gh" | "gi" | "gr" | "gd"
            | "gp" | "gt" | "gg" | "gn" | "gw" | "gy" | "ht" | "hn" | "hu" | "is" | "in" | "ir"
            | "iq" | "ie" | "il" | "it" | "jm" | "jp" | "jo" | "kz" | "kw" | "kg" | "lv" | "lb"
            | "ly" | "li" | "lt" | "lu" | "mk" | "ml" | "mt" | "mq" | "mr" | "mx" | "md" | "mc"
            | "me" | "ma" | "nl" | "nz" | "ni" | "ng" | "no" | "pk" | "pa" | "py" | "pe" | "ph"
            | "pl" | "pt" | "pr" | "qa" | "ro" | "lc" | "sm" | "sa" | "sn" | "rs" | "sc" | "sl"
            | "sk" | "si" | "so" | "za" | "kr" | "es" | "sr" | "se" | "ch" | "sy" | "st" | "tw"
            | "tj" | "tg" | "tt" | "tn" | "tr" | "tc" | "ua" | "ae" | "us" | "uy" | "uz" | "ve"
            | "ye";
        /**
         * What `AnchorProxy.country_code` allows when `type` is `"anchor_mobile"`.
         * @default us
         * @enum {string}
         */
        MobileCountryCode:
            | "af" | "al" | "dz" | "ao" | "ag" | "ar" | "am" | "au" | "at" | "az" | "bs" | "bh"
            | "bd" | "bb" | "be" | "bz" | "bj" | "bt" | "bo" | "ba" | "bw" | "br" | "bg" | "bf"
            | "kh" | "cm" | "ca" | "cv" | "cl" | "cn" | "co" | "cg" | "ci" | "hr" | "cu" | "cy"
            | "cz" | "dk" | "do" | "ec" | "eg" | "sv" | "ee" | "et" | "fj" | "fi" | "fr" | "ga"
            | "gm" | "ge" | "de" | "gh" | "gr" | "gt" | "gw" | "gy" | "ht" | "hn" | "hu" | "is"
            | "in" | "id" | "iq" | "ie" | "il" | "it" | "jm" | "jp" | "jo" | "kz" | "ke" | "kw"
            | "kg" | "la" | "lv" | "lb" | "lr" | "ly" | "lt" | "mk" | "mw" | "my" | "mv" | "ml"
            | "mt" | "mu" | "mx" | "md" | "mn" | "me" | "ma" | "mz" | "np" | "nl" | "nc" | "nz"
            | "na" | "ni" | "ng" | "no" | "om" | "pk" | "pa" | "py" | "pe" | "ph" | "pl" | "pt"
            | "qa" | "ro" | "ru" | "rw" | "sa" | "sn" | "rs" | "sl" | "sg" | "sk" | "si" | "za"
            | "kr" | "es" | "lk" | "sd" | "se" | "ch" | "sy" | "tw" | "tj" | "tz" | "th" | "tg"
            | "tt" | "tn" | "tr" | "ug" | "ua" | "ae" | "gb" | "us" | "uy" | "uz" | "ve" | "vn"
            | "ye" | "zm" | "zw";
        Pagination: {
            page: number;
            limit: number;
            /** @description Total number of results */
            total: number;
            totalPages: number;
        };
        /** @description Proxy Documentation available at [Proxy Documentation](/advanced/proxy) */
        ProxyConfig: components["schemas"]["AnchorProxy"] | components["schemas"]["CustomProxy"];
        /**
         * What `AnchorProxy.country_code` allows when `type` is `"anchor_residential"`.
         * @default us
         * @enum {string}
         */
        ResidentialCountryCode:
            | "af" | "al" | "dz" | "ad" | "ao" | "ag" | "ar" | "am" | "aw" | "au" | "at" | "az"
            | "bs" | "bh" | "bd" | "bb" | "by" | "be" | "bz" | "bj" | "bm" | "bo" | "ba" | "bw"
            | "br" | "bn" | "bg" | "bf" | "bi" | "kh" | "cm" | "ca" | "cv" | "td" | "cl" | "cn"
            | "co" | "cg" | "cr" | "ci" | "hr" | "cu" | "cy" | "cz" | "dk" | "dj" | "dm" | "do"
            | "ec" | "eg" | "sv" | "gq" | "ee" | "sz" | "et" | "fj" | "fi" | "fr" | "pf" | "ga"
            | "gm" | "ge" | "de" | "gh" | "gr" | "gd" | "gt" | "gn" | "gy" | "ht" | "hn" | "hk"
            | "hu" | "is" | "in" | "id" | "ir" | "iq" | "ie" | "il" | "it" | "jm" | "jp" | "jo"
            | "kz" | "ke" | "kw" | "kg" | "la" | "lv" | "lb" | "ls" | "lr" | "ly" | "lt" | "lu"
            | "mk" | "mg" | "mw" | "my" | "mv" | "ml" | "mt" | "mr" | "mx" | "md" | "mn" | "me"
            | "ma" | "mz" | "mm" | "na" | "np" | "nl" | "nc" | "nz" | "ni" | "ne" | "ng" | "no"
            | "om" | "pk" | "pa" | "pg" | "py" | "pe" | "ph" | "pl" | "pt" | "pr" | "qa" | "ro"
            | "ru" | "rw" | "lc" | "ws" | "sm" | "sa" | "sn" | "rs" | "sl" | "sg" | "sk" | "si"
            | "so" | "za" | "kr" | "ss" | "es" | "lk" | "sd" | "sr" | "se" | "ch" | "sy" | "st"
            | "tw" | "tj" | "tz" | "th" | "tl" | "tr" | "tg" | "tt" | "tn" | "tm" | "ug" | "ua"
            | "gb" | "us" | "uy" | "uz" | "vu" | "ve" | "vn" | "ye" | "zm" | "zw";
        RunTaskByNameRequest: {
            /** @description Whether to run the task asynchronously */
            async?: boolean;
            /** @description Override browser configuration for this execution */
            overrideBrowserConfiguration?: components["schemas"]["SessionConfig"];
            /** @description Environment variables for task execution (keys must start with ANCHOR_) */
            inputs?: {
                [key: string]: string;
            };
        };
        RunTaskRequest: {
            /** @description The ID of the task to run */
            taskId: string;
            /** @description Task version to run (draft, latest, or a version number) */
            version?: string;
            /** @description Whether to run the task asynchronously */
            async?: boolean;
            /** @description Environment variables for task execution (keys must start with ANCHOR_) */
            inputs?: {
                [key: string]: string;
            };
        };
        RunTaskResponse: {
            data?: {
                /** @description Whether the task executed successfully */
                success: boolean;
                /** @description Whether the task was executed asynchronously */
                async: boolean;
                /** @description Execution result message */
                message: string;
                /**
                 * Format: uuid
                 * @description Task identifier
                 */
                taskId: string;
                /** @description Execution duration in milliseconds (only present in sync mode) */
                executionTime?: number;
                /** @description Task execution output (only present in sync mode) */
                output?: string;
                /** @description Error message if execution failed (only present in sync mode) */
                error?: string;
                /**
                 * Format: uuid
                 * @description Execution result identifier for tracking and polling (present in async mode)
                 */
                executionResultId?: string;
            };
        };
        RunTaskV2Request: {
            /** @description Key-value pairs of input parameters for the task */
            input_params: {
                [key: string]: string;
            };
            /** @description Optional identity ID to use for the task */
            identity_id?: string;
            /** @description Optional session ID to run the task in */
            session_id?: string;
            /**
             * @description Whether to clean up sessions after execution (default: true)
             * @default true
             */
            cleanup_sessions?: boolean;
        };
        /** @description Session-related configurations. */
        SessionConfig: {
            /**
             * Format: uri
             * @description The URL to navigate to when the browser session starts. If not provided, the browser will load an empty page.
             */
            initial_url?: string;
            /** @description Configuration for session recording. */
            recording?: {
                /** @description Enable or disable video recording of the browser session. Defaults to `true`. */
                active?: boolean;
            };
            proxy?: components["schemas"]["ProxyConfig"];
            /** @description Timeout configurations for the browser session. */
            timeout?: {
                /** @description Maximum amount of time (in minutes) for the browser to run before terminating. Defaults to `20`. */
                max_duration?: number;
                /** @description The amount of time (in minutes) the browser session waits for new connections after all others are closed before stopping. Defaults to `5`. */
                idle_timeout?: number;
            };
            /** @description Configuration for live viewing the browser session. */
            live_view?: {
                /** @description Enable or disable read-only mode for live viewing. Defaults to `false`. */
                read_only?: boolean;
            };
        };
        Task: {
            /**
             * Format: uuid
             * @description Unique identifier for the task
             */
            id: string;
            /** @description Task name (letters, numbers, hyphens, and underscores only) */
            name: string;
            /**
             * Format: uuid
             * @description Team identifier that owns this task
             */
            teamId: string;
            /** @description Optional description of the task */
            description?: string;
            /** @description Latest version identifier (draft, latest, or version number) */
            latestVersion: string;
            /** @description Base64 encoded task code */
            code: string;
            /**
             * @description Programming language for the task
             * @enum {string}
             */
            language: "typescript";
            /** @description Browser configuration for task execution */
            browserConfiguration?: components["schemas"]["SessionConfig"];
            /** @description Whether the task is soft deleted */
            deleted: boolean;
            /**
             * Format: date-time
             * @description Task creation timestamp
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Task last update timestamp
             */
            updatedAt: string;
        };
        TaskExecution: {
            /**
             * Format: uuid
             * @description Execution result identifier
             */
            id: string;
            /** @description Execution status: success, failure, timeout or cancelled once it has ended; other values while it is still running. */
            status: string;
            /** @description Execution duration in milliseconds */
            executionTime?: number;
            /** @description Task output (the value the task returned, serialized) */
            output?: string;
            /** @description Error message when the execution failed, otherwise null */
            errorMessage?: string | null;
            /**
             * Format: date-time
             * @description When the execution started
             */
            startTime?: string;
        };
        /**
         * @description How a task execution ended
         * @enum {string}
         */
        TaskExecutionStatus: "success" | "failure" | "timeout" | "cancelled";
        TaskExecutionsResponse: {
            data: {
                results: components["schemas"]["TaskExecution"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        TaskResponse: {
            data?: components["schemas"]["Task"];
        };
        TaskRunStatusV2Response: {
            /** @description The ID of the task run */
            run_id: string;
            /**
             * @description Current task run status
             * @enum {string}
             */
            status: "queued" | "running" | "success" | "failure" | "timeout" | "cancelled";
            /** @description Task output when available */
            result?: {
                [key: string]: unknown;
            };
            /** @description Error message when the run fails */
            error?: string;
            /** @description Session ID used for this task run */
            session_id?: string;
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
     * Create Task
     *
     * Creates a new task or updates an existing task with the same name. Tasks are reusable code snippets that can be executed in browser sessions. Tasks support versioning with draft and published versions.
     *
     * `POST /v1/task`
     */
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description Task created or updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Invalid request or validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Task name already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to create task */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Run Task
     *
     * Executes a task by its ID, optionally a given version. Synchronous by default; with `async: true` it returns at once and the execution can be polled with listTaskExecutions.
     *
     * `POST /v1/task/run`
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
                "application/json": components["schemas"]["RunTaskRequest"];
            };
        };
        responses: {
            /** @description Task executed successfully, or started when async */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunTaskResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Task execution failed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Run Task by Name
     *
     * Executes a task by its name, always using the latest version. This is a convenience endpoint for running tasks without needing to know the task ID.
     *
     * `POST /v1/task/run/{taskName}`
     */
    runTaskByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the task to run
                 * @example web-scraper
                 */
                taskName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunTaskByNameRequest"];
            };
        };
        responses: {
            /** @description Task executed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunTaskResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Task execution failed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Deploy Task
     *
     * Publishes a new version of the task's code for production use.
     *
     * `POST /v1/task/{taskId}/deploy`
     */
    deployTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to deploy */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployTaskRequest"];
            };
        };
        responses: {
            /** @description Task deployed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeployTaskResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to deploy task */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * List task executions
     *
     * Lists the execution results of a task, newest first, so an async run can be polled. Tasks must be deployed (not just in draft) to appear in the list.
     *
     * `GET /v1/task/{taskId}/executions`
     */
    listTaskExecutions: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Results per page
                 * @example 1
                 */
                limit?: number;
                /**
                 * @description Only executions of this task version
                 * @example 1
                 */
                version?: string;
                /** @description Only executions that ended with this status */
                status?: components["schemas"]["TaskExecutionStatus"];
            };
            header?: never;
            path: {
                /** @description The ID of the task */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Execution results of the task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskExecutionsResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to list executions */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    /**
     * Run a Task
     *
     * Triggers execution of a task by ID using the non-deprecated Tasks endpoints.
     *
     * `POST /v2/tasks/{taskId}/run`
     */
    runTaskV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to run */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunTaskV2Request"];
            };
        };
        responses: {
            /** @description Task run started successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRunStatusV2Response"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Failed to run task */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}

/** Anchor Proxy */
export type AnchorProxy = components["schemas"]["AnchorProxy"];
/** What `AnchorProxy.country_code` allows when `type` is `"anchor_proxy"`. */
export type AnchorProxyCountryCode = components["schemas"]["AnchorProxyCountryCode"];
export type CreateTaskRequest = components["schemas"]["CreateTaskRequest"];
/** Custom Proxy */
export type CustomProxy = components["schemas"]["CustomProxy"];
export type DeployTaskRequest = components["schemas"]["DeployTaskRequest"];
export type DeployTaskResponse = components["schemas"]["DeployTaskResponse"];
export type ErrorResponse = components["schemas"]["ErrorResponse"];
/** What `AnchorProxy.country_code` allows when `type` is `"anchor_gov"`. */
export type GovCountryCode = components["schemas"]["GovCountryCode"];
/** What `AnchorProxy.country_code` allows when `type` is `"anchor_mobile"`. */
export type MobileCountryCode = components["schemas"]["MobileCountryCode"];
export type Pagination = components["schemas"]["Pagination"];
/** Proxy Documentation available at [Proxy Documentation](/advanced/proxy) */
export type ProxyConfig = components["schemas"]["ProxyConfig"];
/** What `AnchorProxy.country_code` allows when `type` is `"anchor_residential"`. */
export type ResidentialCountryCode = components["schemas"]["ResidentialCountryCode"];
export type RunTaskByNameRequest = components["schemas"]["RunTaskByNameRequest"];
export type RunTaskRequest = components["schemas"]["RunTaskRequest"];
export type RunTaskResponse = components["schemas"]["RunTaskResponse"];
export type RunTaskV2Request = components["schemas"]["RunTaskV2Request"];
/** Session-related configurations. */
export type SessionConfig = components["schemas"]["SessionConfig"];
export type Task = components["schemas"]["Task"];
export type TaskExecution = components["schemas"]["TaskExecution"];
/** How a task execution ended */
export type TaskExecutionStatus = components["schemas"]["TaskExecutionStatus"];
export type TaskExecutionsResponse = components["schemas"]["TaskExecutionsResponse"];
export type TaskResponse = components["schemas"]["TaskResponse"];
export type TaskRunStatusV2Response = components["schemas"]["TaskRunStatusV2Response"];
/** Request body of `createTask` (`POST /v1/task`). */
export type CreateTaskRequestBody = NonNullable<operations["createTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `createTask` (`POST /v1/task`). */
export type CreateTaskParameters = operations["createTask"]["parameters"];
/** Success response body of `createTask` (`POST /v1/task`). */
export type CreateTaskResponse = operations["createTask"]["responses"][200]["content"]["application/json"];
/** Request body of `runTask` (`POST /v1/task/run`). */
export type RunTaskRequestBody = NonNullable<operations["runTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `runTask` (`POST /v1/task/run`). */
export type RunTaskParameters = operations["runTask"]["parameters"];
/** Request body of `runTaskByName` (`POST /v1/task/run/{taskName}`). */
export type RunTaskByNameRequestBody = NonNullable<operations["runTaskByName"]["requestBody"]>["content"]["application/json"];
/** Parameters of `runTaskByName` (`POST /v1/task/run/{taskName}`). */
export type RunTaskByNameParameters = operations["runTaskByName"]["parameters"];
/** Success response body of `runTaskByName` (`POST /v1/task/run/{taskName}`). */
export type RunTaskByNameResponse = operations["runTaskByName"]["responses"][200]["content"]["application/json"];
/** Request body of `deployTask` (`POST /v1/task/{taskId}/deploy`). */
export type DeployTaskRequestBody = NonNullable<operations["deployTask"]["requestBody"]>["content"]["application/json"];
/** Parameters of `deployTask` (`POST /v1/task/{taskId}/deploy`). */
export type DeployTaskParameters = operations["deployTask"]["parameters"];
/** Parameters of `listTaskExecutions` (`GET /v1/task/{taskId}/executions`). */
export type ListTaskExecutionsParameters = operations["listTaskExecutions"]["parameters"];
/** Success response body of `listTaskExecutions` (`GET /v1/task/{taskId}/executions`). */
export type ListTaskExecutionsResponse = operations["listTaskExecutions"]["responses"][200]["content"]["application/json"];
/** Request body of `runTaskV2` (`POST /v2/tasks/{taskId}/run`). */
export type RunTaskV2RequestBody = NonNullable<operations["runTaskV2"]["requestBody"]>["content"]["application/json"];
/** Parameters of `runTaskV2` (`POST /v2/tasks/{taskId}/run`). */
export type RunTaskV2Parameters = operations["runTaskV2"]["parameters"];
/** Success response body of `runTaskV2` (`POST /v2/tasks/{taskId}/run`). */
export type RunTaskV2Response = operations["runTaskV2"]["responses"][200]["content"]["application/json"];
