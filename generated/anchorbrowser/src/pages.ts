/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import { paginate as paginatePages, type ApiResult, type PaginateOptions, type Pages } from "./runtime/index.js";
import type { operations } from "./schema.js";

/** How each list operation of the AnchorBrowser API pages: pass one, with its method, to `paginate`. */

/** How `listBatchSessions` (`GET /v1/batch-sessions`) pages: by its `page` query parameter, the items at `/data/batches`. */
export const listBatchSessions: Pages<NonNullable<NonNullable<NonNullable<operations["listBatchSessions"]["responses"][200]["content"]["application/json"]>["data"]>["batches"]>[number]> = {
    page: "page",
    numeric: true,
    limit: "limit",
    items: "/data/batches",
    totalPages: "/data/pagination/total_pages",
    hasNext: "/data/pagination/has_next",
    total: "/data/pagination/total_records"
};

/** How `listSessionsHistoryPage` (`GET /v1/sessions`) pages: by its `page` query parameter, the items at `/data/sessions`. */
export const listSessionsHistoryPage: Pages<NonNullable<NonNullable<NonNullable<operations["listSessionsHistoryPage"]["responses"][200]["content"]["application/json"]>["data"]>["sessions"]>[number]> = {
    page: "page",
    numeric: true,
    limit: "limit",
    items: "/data/sessions",
    totalPages: "/data/total_pages",
    total: "/data/total"
};

/** How `getSessionsHistory` (`GET /v1/sessions/history`) pages: by its `page` query parameter, the items at `/data`. */
export const getSessionsHistory: Pages<NonNullable<NonNullable<operations["getSessionsHistory"]["responses"][200]["content"]["application/json"]>["data"]>[number]> = {
    page: "page",
    numeric: true,
    limit: "limit",
    items: "/data",
    totalPages: "/pagination/total_pages",
    hasNext: "/pagination/has_next",
    total: "/pagination/total_records"
};

/** How `listTasks` (`GET /v1/task`) pages: by its `page` query parameter, the items at `/data/tasks`. */
export const listTasks: Pages<NonNullable<NonNullable<NonNullable<operations["listTasks"]["responses"][200]["content"]["application/json"]>["data"]>["tasks"]>[number]> = {
    page: "page",
    numeric: false,
    limit: "limit",
    items: "/data/tasks",
    total: "/data/total"
};

/** How `listTaskExecutions` (`GET /v1/task/{taskId}/executions`) pages: by its `page` query parameter, the items at `/data/results`. */
export const listTaskExecutions: Pages<NonNullable<NonNullable<NonNullable<operations["listTaskExecutions"]["responses"][200]["content"]["application/json"]>["data"]>["results"]>[number]> = {
    page: "page",
    numeric: false,
    limit: "limit",
    items: "/data/results",
    totalPages: "/data/pagination/totalPages",
    total: "/data/pagination/total"
};

/** A method of the client that lists. */
type Lister = (init: never) => Promise<ApiResult>;

/** Each list operation of `client` as a method yielding every item of every page, lazily: `for await (const item of paginator(client).listBatchSessions(init, { maxPages: 10 }))`, as `paginate(client.listBatchSessions, listBatchSessions, init, options)` does. */
export function paginator<Client extends { listBatchSessions: Lister; listSessionsHistoryPage: Lister; getSessionsHistory: Lister; listTasks: Lister; listTaskExecutions: Lister }>(client: Client) {
  return {
    listBatchSessions: (init?: Parameters<Client["listBatchSessions"]>[0], options?: PaginateOptions) => paginatePages(client.listBatchSessions, listBatchSessions, init, options),
    listSessionsHistoryPage: (init?: Parameters<Client["listSessionsHistoryPage"]>[0], options?: PaginateOptions) => paginatePages(client.listSessionsHistoryPage, listSessionsHistoryPage, init, options),
    getSessionsHistory: (init?: Parameters<Client["getSessionsHistory"]>[0], options?: PaginateOptions) => paginatePages(client.getSessionsHistory, getSessionsHistory, init, options),
    listTasks: (init?: Parameters<Client["listTasks"]>[0], options?: PaginateOptions) => paginatePages(client.listTasks, listTasks, init, options),
    listTaskExecutions: (init?: Parameters<Client["listTaskExecutions"]>[0], options?: PaginateOptions) => paginatePages(client.listTaskExecutions, listTaskExecutions, init, options),
  };
}

/** The client itself with `paginate`, one method per list operation: `const client = withPaginate(create…Client())`, then `for await (const item of client.paginate.listBatchSessions(init))`. It adds that one property to the object it is given. */
export function withPaginate<Client extends Parameters<typeof paginator>[0]>(client: Client): Client & { paginate: ReturnType<typeof paginator<Client>> } {
  return Object.assign(client, { paginate: paginator(client) });
}

