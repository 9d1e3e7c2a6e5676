/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 00d281f91dc0731ed22e753054f00b4bcd21f5eed5a9b899488a9e23fb7b6f8e
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { Client, ClientForPath } from "openapi-fetch";
import { createApiClient, bearer, type ApiDefinition, type ClientOptions } from "./runtime/index.js";
import type { paths } from "./schema.js";

type Media = `${string}/${string}`;

/**
 * One method per operationId, typed exactly like the path method it calls:
 * `client.runTask(init)` is `client.POST("/v2/workflow/run-task", init)`.
 */
export interface BrowserActOperations {
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
    runTask: ClientForPath<paths["/v2/workflow/run-task"], Media>["POST"];
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

const definition: ApiDefinition = {
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
export function createBrowserActClient(options: BrowserActClientOptions = {}): BrowserActClient {
    return createApiClient<paths, BrowserActOperations, BrowserActClientOptions>(definition, options);
}
