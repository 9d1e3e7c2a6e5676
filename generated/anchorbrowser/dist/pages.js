/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import { paginate as paginatePages } from "./runtime/index.js";
/** How each list operation of the AnchorBrowser API pages: pass one, with its method, to `paginate`. */
/** How `listBatchSessions` (`GET /v1/batch-sessions`) pages: by its `page` query parameter, the items at `/data/batches`. */
export const listBatchSessions = {
    page: "page",
    numeric: true,
    limit: "limit",
    items: "/data/batches",
    totalPages: "/data/pagination/total_pages",
    hasNext: "/data/pagination/has_next",
    total: "/data/pagination/total_records"
};
/** How `listSessionsHistoryPage` (`GET /v1/sessions`) pages: by its `page` query parameter, the items at `/data/sessions`. */
export const listSessionsHistoryPage = {
    page: "page",
    numeric: true,
    limit: "limit",
    items: "/data/sessions",
    totalPages: "/data/total_pages",
    total: "/data/total"
};
/** How `getSessionsHistory` (`GET /v1/sessions/history`) pages: by its `page` query parameter, the items at `/data`. */
export const getSessionsHistory = {
    page: "page",
    numeric: true,
    limit: "limit",
    items: "/data",
    totalPages: "/pagination/total_pages",
    hasNext: "/pagination/has_next",
    total: "/pagination/total_records"
};
/** How `listTasks` (`GET /v1/task`) pages: by its `page` query parameter, the items at `/data/tasks`. */
export const listTasks = {
    page: "page",
    numeric: false,
    limit: "limit",
    items: "/data/tasks",
    total: "/data/total"
};
/** How `listTaskExecutions` (`GET /v1/task/{taskId}/executions`) pages: by its `page` query parameter, the items at `/data/results`. */
export const listTaskExecutions = {
    page: "page",
    numeric: false,
    limit: "limit",
    items: "/data/results",
    totalPages: "/data/pagination/totalPages",
    total: "/data/pagination/total"
};
/** Each list operation of `client` as a method yielding every item of every page, lazily: `for await (const item of paginator(client).listBatchSessions(init, { maxPages: 10 }))`, as `paginate(client.listBatchSessions, listBatchSessions, init, options)` does. */
export function paginator(client) {
    return {
        listBatchSessions: (init, options) => paginatePages(client.listBatchSessions, listBatchSessions, init, options),
        listSessionsHistoryPage: (init, options) => paginatePages(client.listSessionsHistoryPage, listSessionsHistoryPage, init, options),
        getSessionsHistory: (init, options) => paginatePages(client.getSessionsHistory, getSessionsHistory, init, options),
        listTasks: (init, options) => paginatePages(client.listTasks, listTasks, init, options),
        listTaskExecutions: (init, options) => paginatePages(client.listTaskExecutions, listTaskExecutions, init, options),
    };
}
/** The client itself with `paginate`, one method per list operation: `const client = withPaginate(create…Client())`, then `for await (const item of client.paginate.listBatchSessions(init))`. It adds that one property to the object it is given. */
export function withPaginate(client) {
    return Object.assign(client, { paginate: paginator(client) });
}
