/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: ee32208c775a57376731a0ca11cb294a89ec6d06cb66723f8e39f44c26965a1b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import type { Pages } from "./runtime/index.js";
import type { operations } from "./schema.js";
/** How each list operation of the BrowserAct API pages: pass one, with its method, to `paginate`. */
/** How `getWorkflowTemplates` (`GET /v2/workflow/list-official-workflow-templates`) pages: by its `page` query parameter, the items at `/items`. */
export declare const getWorkflowTemplates: Pages<NonNullable<NonNullable<operations["getWorkflowTemplates"]["responses"][200]["content"]["application/json"]>["items"]>[number]>;
/** How `pageTasks` (`GET /v2/workflow/list-tasks`) pages: by its `page` query parameter, the items at `/items`. */
export declare const pageTasks: Pages<NonNullable<NonNullable<operations["pageTasks"]["responses"][200]["content"]["application/json"]>["items"]>[number]>;
/** How `getWorkflowList` (`GET /v2/workflow/list-workflows`) pages: by its `page` query parameter, the items at `/items`. */
export declare const getWorkflowList: Pages<NonNullable<NonNullable<operations["getWorkflowList"]["responses"][200]["content"]["application/json"]>["items"]>[number]>;
