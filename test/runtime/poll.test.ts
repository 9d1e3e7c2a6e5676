import { describe, expect, it } from 'vitest';
import { WaitTimeoutError } from '../../src/runtime/errors.js';
import { poll } from '../../src/runtime/poll.js';

/** A clock that advances only when slept on, so the tests take no time. */
function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe('poll', () => {
  it('returns the first done value and backs off between polls', async () => {
    const clock = fakeClock();
    const statuses = ['running', 'running', 'running', 'success'];
    const result = await poll('wait', async () => {
      const status = statuses.shift()!;
      return status === 'success' ? { done: status } : { status };
    }, { intervalMs: 1000, backoffFactor: 2, maxIntervalMs: 3000 }, clock);
    expect(result).toBe('success');
    expect(clock.sleeps).toEqual([1000, 2000, 3000]);
  });

  it('throws a WaitTimeoutError naming the last status, never polling past the deadline', async () => {
    const clock = fakeClock();
    let polls = 0;
    const error = await poll('waitForExecution("t1")', async () => {
      polls++;
      return { status: 'running' };
    }, { intervalMs: 2000, backoffFactor: 1, timeoutMs: 5000 }, clock).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).message).toBe('waitForExecution("t1"): not finished after 5000 ms (4 polls, last status: running)');
    expect((error as WaitTimeoutError).lastStatus).toBe('running');
    expect(clock.sleeps).toEqual([2000, 2000, 1000]);
    expect(polls).toBe(4);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    let polls = 0;
    const waiting = poll('wait', async () => {
      polls++;
      if (polls === 2) controller.abort(new Error('cancelled by caller'));
      return { status: 'running' };
    }, { intervalMs: 1, signal: controller.signal });
    await expect(waiting).rejects.toThrow('cancelled by caller');
    expect(polls).toBe(2);
  });

  it('rejects options it cannot honour', async () => {
    await expect(poll('wait', async () => ({}), { intervalMs: -1 })).rejects.toThrow('wait: intervalMs, maxIntervalMs and timeoutMs must be ≥ 0 and backoffFactor ≥ 1');
    await expect(poll('wait', async () => ({}), { backoffFactor: 0.5 })).rejects.toThrow(RangeError);
  });
});
