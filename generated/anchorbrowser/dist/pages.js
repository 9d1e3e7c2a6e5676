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
