/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/poll.ts, copied verbatim
 * Source sha256: 50a5b1b640741f9947fb59a2185347f8d176d8b8f5b29f5f9f84f71f700dca8c
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Bounded, abortable polling with backoff: what the vendors' guides leave
 * to a hand-written `for` loop with a fixed sleep.
 */
import { WaitTimeoutError } from './errors.js';
import { abortableSleep } from './fetch.js';
const realClock = { now: Date.now, sleep: abortableSleep };
/**
 * Calls `check` until it reports `done`, waiting between calls, never past
 * the deadline: the last wait is shortened so that the final check happens
 * at `timeoutMs` rather than long after it.
 */
export async function poll(what, check, options = {}, clock = realClock) {
    const { intervalMs = 2_000, backoffFactor = 1.5, maxIntervalMs = 30_000, timeoutMs = 600_000, signal } = options;
    if (!(intervalMs >= 0 && maxIntervalMs >= 0 && timeoutMs >= 0 && backoffFactor >= 1)) {
        throw new RangeError(`${what}: intervalMs, maxIntervalMs and timeoutMs must be ≥ 0 and backoffFactor ≥ 1`);
    }
    const deadline = clock.now() + timeoutMs;
    let lastStatus;
    for (let wait = intervalMs, polls = 1;; polls++) {
        signal?.throwIfAborted();
        const step = await check(signal);
        if (step.done !== undefined)
            return step.done;
        lastStatus = step.status ?? lastStatus;
        const left = deadline - clock.now();
        if (left <= 0) {
            throw new WaitTimeoutError(`${what}: not finished after ${timeoutMs} ms (${polls} polls, ${lastStatus ? `last status: ${lastStatus}` : 'nothing to report yet'})`, lastStatus);
        }
        await clock.sleep(Math.min(wait, left), signal);
        wait = Math.min(maxIntervalMs, wait * backoffFactor);
    }
}
