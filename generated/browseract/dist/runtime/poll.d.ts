export interface PollOptions {
    /** First wait between polls. Default 2000 ms (the Anchor tasks guide's interval). */
    intervalMs?: number;
    /** Each wait is the previous one times this. Default 1.5. */
    backoffFactor?: number;
    /** Longest wait between polls. Default 30 s. */
    maxIntervalMs?: number;
    /** Give up after this long. Default 10 minutes. */
    timeoutMs?: number;
    /** Stops waiting at once; the promise rejects with the signal's reason. */
    signal?: AbortSignal;
}
export interface PollStep<T> {
    /** Set when polling is over. */
    done?: T;
    /** What was seen, for the timeout message. */
    status?: string;
}
export interface Clock {
    now(): number;
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
/**
 * Calls `check` until it reports `done`, waiting between calls, never past
 * the deadline: the last wait is shortened so that the final check happens
 * at `timeoutMs` rather than long after it.
 */
export declare function poll<T>(what: string, check: (signal?: AbortSignal) => Promise<PollStep<T>>, options?: PollOptions, clock?: Clock): Promise<T>;
