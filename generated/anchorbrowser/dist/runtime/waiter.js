/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/waiter.ts, copied verbatim
 * Source sha256: d9f0ab2fa0a3a9ddb6e373f72e6c2014953e2c890293518070703c056c866b38
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Waiters: "call this list operation until its newest item reaches a
 * terminal status", declared in the manifest. The generator writes the
 * typed parts (how to build the parameters, where the newest item is) as
 * small functions; the loop is here, bounded, abortable and with backoff:
 * what the vendors' guides leave to a hand-written `for` loop.
 */
import { redactorOf, unwrap } from './client.js';
import { TimeoutError } from './errors.js';
import { abortableSleep, MAX_DELAY_MS } from './fetch.js';
/**
 * @param name the method's name, for messages
 * @param call the client's list operation
 * @param params its parameters for an id and the caller's options
 * @param newest the newest item of a response body, if any
 * @param status the item property holding its status
 * @param terminal the statuses that end the wait
 */
export function createWaiter(name, call, params, newest, status, terminal) {
    return async (id, options = {}) => {
        const { intervalMs = 2_000, backoffFactor = 1.5, maxIntervalMs = 30_000, timeoutMs = 600_000, signal } = options;
        const what = `${name}(${JSON.stringify(id)})`;
        // A wait is at most max(intervalMs, maxIntervalMs) and never longer than setTimeout keeps; the deadline is not a timer.
        if (!(intervalMs >= 0 && maxIntervalMs >= 0 && Math.max(intervalMs, maxIntervalMs) <= MAX_DELAY_MS && timeoutMs >= 0 && backoffFactor >= 1)) {
            throw new RangeError(`${what}: intervalMs and maxIntervalMs must be in [0, ${MAX_DELAY_MS}], timeoutMs ≥ 0, backoffFactor ≥ 1`);
        }
        const init = { params: params(id, options), signal };
        const deadline = Date.now() + timeoutMs;
        let lastStatus;
        for (let wait = intervalMs, polls = 1;; polls++) {
            signal?.throwIfAborted();
            const result = await call(init);
            const item = newest(unwrap(result));
            const current = item?.[status];
            if (terminal.includes(current))
                return item;
            // The status goes into the TimeoutError's message: a server may have echoed the key there.
            lastStatus = redactorOf(result.response)(current) ?? lastStatus;
            // Never poll past the deadline: the last wait is cut short so the final poll happens at timeoutMs.
            const left = deadline - Date.now();
            if (left <= 0)
                throw new TimeoutError(timeoutMs, `${what}, after ${polls} polls (last status: ${lastStatus ?? 'none'}),`);
            await abortableSleep(Math.min(wait, left), signal);
            wait = Math.min(maxIntervalMs, wait * backoffFactor);
        }
    };
}
