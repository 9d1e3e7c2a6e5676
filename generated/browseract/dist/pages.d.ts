/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: openapi.yaml
 * Source sha256: ee32208c775a57376731a0ca11cb294a89ec6d06cb66723f8e39f44c26965a1b
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
import { type ApiResult, type PaginateOptions, type Pages } from "./runtime/index.js";
import type { operations } from "./schema.js";
/** How each list operation of the BrowserAct API pages: pass one, with its method, to `paginate`. */
/** How `getWorkflowTemplates` (`GET /v2/workflow/list-official-workflow-templates`) pages: by its `page` query parameter, the items at `/items`. */
export declare const getWorkflowTemplates: Pages<NonNullable<NonNullable<operations["getWorkflowTemplates"]["responses"][200]["content"]["application/json"]>["items"]>[number]>;
/** How `pageTasks` (`GET /v2/workflow/list-tasks`) pages: by its `page` query parameter, the items at `/items`. */
export declare const pageTasks: Pages<NonNullable<NonNullable<operations["pageTasks"]["responses"][200]["content"]["application/json"]>["items"]>[number]>;
/** How `getWorkflowList` (`GET /v2/workflow/list-workflows`) pages: by its `page` query parameter, the items at `/items`. */
export declare const getWorkflowList: Pages<NonNullable<NonNullable<operations["getWorkflowList"]["responses"][200]["content"]["application/json"]>["items"]>[number]>;
/** A method of the client that lists. */
type Lister = (init: never) => Promise<ApiResult>;
/** Each list operation of `client` as a method yielding every item of every page, lazily: `for await (const item of paginator(client).getWorkflowTemplates(init, { maxPages: 10 }))`, as `paginate(client.getWorkflowTemplates, getWorkflowTemplates, init, options)` does. */
export declare function paginator<Client extends {
    getWorkflowTemplates: Lister;
    pageTasks: Lister;
    getWorkflowList: Lister;
}>(client: Client): {
    getWorkflowTemplates: (init?: Parameters<Client["getWorkflowTemplates"]>[0] | undefined, options?: PaginateOptions) => AsyncGenerator<{
        templateId: string;
        name: string;
        recommendDesc: string;
        detailUrl: string;
    }, void, undefined>;
    pageTasks: (init?: Parameters<Client["pageTasks"]>[0] | undefined, options?: PaginateOptions) => AsyncGenerator<{
        id: string;
        output?: import("./schema.js").components["schemas"]["TaskOutputDto"];
        status: import("./schema.js").components["schemas"]["TaskStatus"];
        live_url_info?: import("./schema.js").components["schemas"]["LiveUrlInfo"];
        live_url?: string;
        profile_id?: string;
        created_at: string;
        finished_at?: string;
        task_failure_info?: import("./schema.js").components["schemas"]["TaskFailureInfo"];
        credit?: number;
        workflow_id: string;
        input_parameters?: string;
    }, void, undefined>;
    getWorkflowList: (init?: Parameters<Client["getWorkflowList"]>[0] | undefined, options?: PaginateOptions) => AsyncGenerator<{
        id?: string;
        name?: string;
        description?: string;
        create_at?: string;
        publish_at?: string;
    }, void, undefined>;
};
/** The client itself with `paginate`, one method per list operation: `const client = withPaginate(create…Client())`, then `for await (const item of client.paginate.getWorkflowTemplates(init))`. It adds that one property to the object it is given. */
export declare function withPaginate<Client extends Parameters<typeof paginator>[0]>(client: Client): Client & {
    paginate: ReturnType<typeof paginator<Client>>;
};
export {};
