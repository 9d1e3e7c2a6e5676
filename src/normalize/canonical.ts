import { isObject } from '../openapi/types.js';

/**
 * JSON text that is the same for deep-equal values (object keys sorted), so
 * values can be compared through a Set instead of pairwise: a document may
 * list 100,000 servers or tags, and pairwise is quadratic.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isObject(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}
