/** How each list operation of the BrowserAct API pages: pass one, with its method, to `paginate`. */
/** How `getWorkflowTemplates` (`GET /v2/workflow/list-official-workflow-templates`) pages: by its `page` query parameter, the items at `/items`. */
export const getWorkflowTemplates = {
    page: "page",
    numeric: true,
    limit: "limit",
    items: "/items",
    totalPages: "/total_pages",
    total: "/total_count"
};
/** How `pageTasks` (`GET /v2/workflow/list-tasks`) pages: by its `page` query parameter, the items at `/items`. */
export const pageTasks = {
    page: "page",
    numeric: true,
    limit: "limit",
    items: "/items",
    totalPages: "/total_pages",
    total: "/total_count"
};
/** How `getWorkflowList` (`GET /v2/workflow/list-workflows`) pages: by its `page` query parameter, the items at `/items`. */
export const getWorkflowList = {
    page: "page",
    numeric: true,
    limit: "limit",
    items: "/items",
    totalPages: "/total_pages",
    total: "/total_count"
};
