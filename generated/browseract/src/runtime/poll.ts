/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/poll.ts, copied verbatim
 * Source sha256: 932f61247a690d0f36eea0c3615b3856ca159cba122a9e0835eb39d9c52ea78d
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
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

export const POLL_DEFAULTS = { intervalMs: 2_000, backoffFactor: 1.5, maxIntervalMs: 30_000, timeoutMs: 600_000 } as const;

export interface PollStep<T> {
  /** Set when polling is over. */
  done?: T;
  /** What was seen, for the timeout message. */
  status?: string;
}

/**
 * Calls `check` until it reports `done`, waiting between calls, never past
 * the deadline: the last wait is shortened so that the final check happens
 * just before `timeoutMs` rather than long after it.
 */
export async function poll<T>(
  what: string,
  check: (signal: AbortSignal | undefined) => Promise<PollStep<T>>,
  options: PollOptions = {},
  clock: { now: () => number; sleep: (ms: number, signal?: AbortSignal) => Promise<void> } = { now: Date.now, sleep: abortableSleep },
): Promise<T> {
  const { intervalMs, backoffFactor, maxIntervalMs, timeoutMs } = { ...POLL_DEFAULTS, ...definedOnly(options) };
  for (const [name, value] of Object.entries({ intervalMs, maxIntervalMs, timeoutMs })) {
    if (!(value >= 0)) throw new RangeError(`${what}: ${name} must be a number ≥ 0, got ${value}`);
  }
  if (!(backoffFactor >= 1)) throw new RangeError(`${what}: backoffFactor must be ≥ 1, got ${backoffFactor}`);
  const deadline = clock.now() + timeoutMs;
  let wait = intervalMs;
  let polls = 0;
  let lastStatus: string | undefined;
  for (;;) {
    options.signal?.throwIfAborted();
    const step = await check(options.signal);
    polls++;
    if ('done' in step && step.done !== undefined) return step.done;
    lastStatus = step.status ?? lastStatus;
    const left = deadline - clock.now();
    if (left <= 0) {
      const seen = lastStatus ? `last status: ${lastStatus}` : 'nothing to report yet';
      throw new WaitTimeoutError(`${what}: not finished after ${timeoutMs} ms (${polls} polls, ${seen})`, lastStatus);
    }
    await clock.sleep(Math.min(wait, left), options.signal);
    wait = Math.min(maxIntervalMs, wait * backoffFactor);
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
