/**
 * Bounded, abortable polling with backoff: what the vendors' guides leave
 * to a hand-written `for` loop with a fixed sleep.
 */
import { WaitTimeoutError } from './errors.js';
import { abortableSleep } from './fetch.js';

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

const realClock: Clock = { now: Date.now, sleep: abortableSleep };

/**
 * Calls `check` until it reports `done`, waiting between calls, never past
 * the deadline: the last wait is shortened so that the final check happens
 * at `timeoutMs` rather than long after it.
 */
export async function poll<T>(what: string, check: (signal?: AbortSignal) => Promise<PollStep<T>>, options: PollOptions = {}, clock = realClock): Promise<T> {
  const { intervalMs = 2_000, backoffFactor = 1.5, maxIntervalMs = 30_000, timeoutMs = 600_000, signal } = options;
  if (!(intervalMs >= 0 && maxIntervalMs >= 0 && timeoutMs >= 0 && backoffFactor >= 1)) {
    throw new RangeError(`${what}: intervalMs, maxIntervalMs and timeoutMs must be ≥ 0 and backoffFactor ≥ 1`);
  }
  const deadline = clock.now() + timeoutMs;
  let lastStatus: string | undefined;
  for (let wait = intervalMs, polls = 1; ; polls++) {
    signal?.throwIfAborted();
    const step = await check(signal);
    if (step.done !== undefined) return step.done;
    lastStatus = step.status ?? lastStatus;
    const left = deadline - clock.now();
    if (left <= 0) {
      throw new WaitTimeoutError(`${what}: not finished after ${timeoutMs} ms (${polls} polls, ${lastStatus ? `last status: ${lastStatus}` : 'nothing to report yet'})`, lastStatus);
    }
    await clock.sleep(Math.min(wait, left), signal);
    wait = Math.min(maxIntervalMs, wait * backoffFactor);
  }
}
