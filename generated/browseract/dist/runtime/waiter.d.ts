export interface WaitOptions {
    /** First wait between polls, at most 2^31 − 1 ms (about 24.8 days). Default 2000 ms (the Anchor tasks guide's interval). */
    intervalMs?: number;
    /** Each wait is the previous one times this. Default 1.5. */
    backoffFactor?: number;
    /** Longest wait between polls, at most 2^31 − 1 ms. Default 30 s. */
    maxIntervalMs?: number;
    /** Give up after this long; Infinity waits for as long as it takes. Default 10 minutes. */
    timeoutMs?: number;
    /** Stops waiting at once; the promise rejects with the signal's reason. */
    signal?: AbortSignal;
}
/**
 * @param name the method's name, for messages
 * @param call the client's list operation
 * @param params its parameters for an id and the caller's options
 * @param newest the newest item of a response body, if any
 * @param status the item property holding its status
 * @param terminal the statuses that end the wait
 */
export declare function createWaiter<Options extends object, Item>(name: string, call: (init: never) => Promise<unknown>, params: (id: string, options: Options) => object, newest: (body: never) => Item | undefined, status: string, terminal: readonly unknown[]): (id: string, options?: WaitOptions & Options) => Promise<Item>;
