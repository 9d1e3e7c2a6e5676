import { type PollOptions } from './poll.js';
export interface WaiterDefinition {
    /** Method name, e.g. `waitForExecution`, for messages. */
    name: string;
    operationId: string;
    /** The path parameter that receives the waiter's first argument. */
    idParameter: string;
    /** Fixed query parameters of every poll (the guide's `page=1&limit=1`). */
    query: Readonly<Record<string, string | number | boolean>>;
    /** Waiter options passed through as query parameters (e.g. `version`). */
    filters: readonly string[];
    /** JSON pointer to the list in the response body, newest first. */
    items: string;
    /** Property of an item holding its status. */
    status: string;
    /** Statuses that end the wait. */
    terminal: readonly string[];
}
export type WaitOptions = PollOptions;
export declare function createWaiter<Item>(client: object, waiter: WaiterDefinition): (id: string, options?: WaitOptions & Record<string, unknown>) => Promise<Item>;
