/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import { type ApiResult, type PaginateOptions, type Pages } from "./runtime/index.js";
import type { operations } from "./schema.js";
/** How each list operation of the AnchorBrowser API pages: pass one, with its method, to `paginate`. */
/** How `listBatchSessions` (`GET /v1/batch-sessions`) pages: by its `page` query parameter, the items at `/data/batches`. */
export declare const listBatchSessions: Pages<NonNullable<NonNullable<NonNullable<operations["listBatchSessions"]["responses"][200]["content"]["application/json"]>["data"]>["batches"]>[number]>;
/** How `listSessionsHistoryPage` (`GET /v1/sessions`) pages: by its `page` query parameter, the items at `/data/sessions`. */
export declare const listSessionsHistoryPage: Pages<NonNullable<NonNullable<NonNullable<operations["listSessionsHistoryPage"]["responses"][200]["content"]["application/json"]>["data"]>["sessions"]>[number]>;
/** How `getSessionsHistory` (`GET /v1/sessions/history`) pages: by its `page` query parameter, the items at `/data`. */
export declare const getSessionsHistory: Pages<NonNullable<NonNullable<operations["getSessionsHistory"]["responses"][200]["content"]["application/json"]>["data"]>[number]>;
/** How `listTasks` (`GET /v1/task`) pages: by its `page` query parameter, the items at `/data/tasks`. */
export declare const listTasks: Pages<NonNullable<NonNullable<NonNullable<operations["listTasks"]["responses"][200]["content"]["application/json"]>["data"]>["tasks"]>[number]>;
/** How `listTaskExecutions` (`GET /v1/task/{taskId}/executions`) pages: by its `page` query parameter, the items at `/data/results`. */
export declare const listTaskExecutions: Pages<NonNullable<NonNullable<NonNullable<operations["listTaskExecutions"]["responses"][200]["content"]["application/json"]>["data"]>["results"]>[number]>;
/** A method of the client that lists. */
type Lister = (init: never) => Promise<ApiResult>;
/** Each list operation of `client` as a method yielding every item of every page, lazily: `for await (const item of paginator(client).listBatchSessions(init, { maxPages: 10 }))`, as `paginate(client.listBatchSessions, listBatchSessions, init, options)` does. */
export declare function paginator<Client extends {
    listBatchSessions: Lister;
    listSessionsHistoryPage: Lister;
    getSessionsHistory: Lister;
    listTasks: Lister;
    listTaskExecutions: Lister;
}>(client: Client): {
    listBatchSessions: (init?: Parameters<Client["listBatchSessions"]>[0] | undefined, options?: PaginateOptions) => AsyncGenerator<{
        batch_id?: string;
        status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
        total_requests?: number;
        completed_requests?: number;
        failed_requests?: number;
        created_at?: string;
        actual_completion_time?: string;
    }, void, undefined>;
    listSessionsHistoryPage: (init?: Parameters<Client["listSessionsHistoryPage"]>[0] | undefined, options?: PaginateOptions) => AsyncGenerator<{
        id: string;
        status: string;
        tags?: string[] | null;
        headless: boolean;
        recording: boolean;
        used_credits: number | string | "N/A";
        proxy_bytes?: number | null;
        proxy_type?: string | null;
        steps?: number | null;
        duration?: number | null;
        created_at: string;
        user_configuration: {
            [key: string]: unknown;
        };
        task_initiated: boolean;
        task_executions_count: number;
        api_key_name: string;
        browser_ip: string | null;
        domains?: string[] | null;
    }, void, undefined>;
    getSessionsHistory: (init?: Parameters<Client["getSessionsHistory"]>[0] | undefined, options?: PaginateOptions) => AsyncGenerator<{
        date?: string;
        session_count?: number;
        proxy_bytes?: number;
        ai_steps?: number;
        session_hours?: number;
        credits_used?: number;
    }, void, undefined>;
    listTasks: (init?: Parameters<Client["listTasks"]>[0] | undefined, options?: PaginateOptions) => AsyncGenerator<{
        id: string;
        name: string;
        teamId: string;
        description?: string;
        latestVersion: string;
        code: string;
        language: "typescript";
        browserConfiguration?: import("./schema.js").components["schemas"]["SessionConfig"];
        deleted: boolean;
        createdAt: string;
        updatedAt: string;
    }, void, undefined>;
    listTaskExecutions: (init?: Parameters<Client["listTaskExecutions"]>[0] | undefined, options?: PaginateOptions) => AsyncGenerator<{
        id: string;
        taskVersionId: string;
        version: string;
        status: "success" | "failure" | "timeout" | "cancelled" | "queued" | "running";
        output?: string | null;
        errorMessage?: string | null;
        startTime: string;
        executionTime?: number | null;
    }, void, undefined>;
};
/** The client itself with `paginate`, one method per list operation: `const client = withPaginate(create…Client())`, then `for await (const item of client.paginate.listBatchSessions(init))`. It adds that one property to the object it is given. */
export declare function withPaginate<Client extends Parameters<typeof paginator>[0]>(client: Client): Client & {
    paginate: ReturnType<typeof paginator<Client>>;
};
export {};
