/** The values a schema allows, where it says so by listing them (`enum`, `const`, unions of those). */
import { resolveLocal } from './refs.js';
import { isObject, type JsonObject, type JsonPrimitive } from './types.js';

/** How deep unions of unions are followed: a finite set is rarely nested more than twice. */
const MAX_UNION_DEPTH = 16;

/**
 * The finite set of values a schema allows: its `const`, its `enum`, or the
 * values of a `oneOf`/`anyOf` whose every member is finite (local `$ref`s
 * followed). `undefined` when the schema allows other values too, or says
 * so in another way.
 */
export function finiteValues(document: JsonObject, schema: unknown, depth = 0): JsonPrimitive[] | undefined {
  const resolved = resolveLocal(document, schema);
  if (!isObject(resolved) || depth > MAX_UNION_DEPTH) return undefined;
  if ('const' in resolved) return [resolved.const as JsonPrimitive];
  if (Array.isArray(resolved.enum)) return resolved.enum as JsonPrimitive[];
  const union = Array.isArray(resolved.oneOf) ? resolved.oneOf : Array.isArray(resolved.anyOf) ? resolved.anyOf : undefined;
  if (!union) return undefined;
  const sets = union.map((member) => finiteValues(document, member, depth + 1));
  if (sets.some((set) => set === undefined)) return undefined;
  return [...new Set(sets.flat() as JsonPrimitive[])];
}
