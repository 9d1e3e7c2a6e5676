import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableError, isRetryableStatus, parseRetryAfter } from '../../src/runtime/retry.js';

describe('retry policy', () => {
  it.each([
    ['GET', 500, true], ['GET', 503, true], ['GET', 408, true], ['GET', 429, true], ['DELETE', 502, true],
    ['POST', 429, true], ['POST', 408, true], ['POST', 500, false], ['POST', 503, false], ['PATCH', 502, false],
    ['GET', 404, false], ['GET', 400, false], ['POST', 409, false], ['GET', 200, false],
  ] as const)('%s %i retryable: %s', (method, status, expected) => {
    expect(isRetryableStatus(method, status)).toBe(expected);
  });

  it('retries a POST after a network error only when nothing was sent', () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const reset = new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    expect(isRetryableError('POST', refused, false)).toBe(true);
    expect(isRetryableError('POST', reset, false)).toBe(false);
    expect(isRetryableError('POST', new Error('aborted'), true)).toBe(false);
    expect(isRetryableError('GET', reset, false)).toBe(true);
    expect(isRetryableError('GET', new Error('aborted'), true)).toBe(true);
  });

  it('reads Retry-After as seconds and as an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after': '0.5' }), now)).toBe(500);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Mon, 23 Nov 2026 10:00:07 GMT' }), now)).toBe(7000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
  });

  it('backs off exponentially with jitter in [75%, 100%], capped at 8 s', () => {
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(backoffDelay(1, () => 1)).toBe(750);
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelay(2);
      expect(delay).toBeGreaterThanOrEqual(1500);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });
});
