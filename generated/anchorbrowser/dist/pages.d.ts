/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: 78a4e1e15032fccb933044198abc98e7c77cf8c481affcafdeeec3628747b76c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { Pages } from "./runtime/index.js";
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
