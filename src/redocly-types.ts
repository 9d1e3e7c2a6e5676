/**
 * Redocly 1.x (our linter, and openapi-typescript's document walker) looks
 * every key of a document up in plain objects, `type.properties[name]`: a
 * property or component named `hasOwnProperty`, `valueOf` or `toString`
 * finds Object.prototype's method there and Redocly calls it as a type
 * resolver, a TypeError ("Cannot convert undefined or null to object").
 * Redocly builds those tables in `normalizeTypes`, which every walk goes
 * through (lint, bundle, resolve), and some lazily, in type functions that
 * build a type per value; both kinds get tables without a prototype here, so
 * a name is only ever found where Redocly declared it. Idempotent, and
 * process-wide: the module is shared with openapi-typescript.
 */
import { createRequire } from 'node:module';

type TypeSlot = unknown;
interface RedoclyType {
  properties?: Record<string, TypeSlot>;
  additionalProperties?: TypeSlot;
  items?: TypeSlot;
  directResolveAs?: TypeSlot;
}
type NormalizeTypes = (types: unknown, options?: unknown) => Record<string, RedoclyType>;

const require = createRequire(import.meta.url);
const GUARDED = Symbol.for('openapi-clients.prototype-free-types');
const guardedTypes = new WeakSet<object>();

export function guardRedoclyTypes(): void {
  const types = require('@redocly/openapi-core/lib/types/index.js') as { normalizeTypes: NormalizeTypes & { [GUARDED]?: true } };
  if (types.normalizeTypes[GUARDED]) return;
  const normalizeTypes = types.normalizeTypes;
  const guarded: NormalizeTypes = (input, options) => {
    const normalized = normalizeTypes(input, options);
    for (const type of Object.values(normalized)) guardType(type);
    return normalized;
  };
  types.normalizeTypes = Object.assign(guarded, { [GUARDED]: true as const });
}

/** The type (or type function) with prototype-free property tables, all the way down. */
function guardType(slot: TypeSlot): TypeSlot {
  if (typeof slot === 'function') {
    const resolve = slot as (value: unknown, key: unknown) => TypeSlot;
    return (value: unknown, key: unknown) => guardType(resolve(value, key));
  }
  if (slot === null || typeof slot !== 'object' || guardedTypes.has(slot)) return slot;
  guardedTypes.add(slot);
  const type = slot as RedoclyType;
  if (type.properties) {
    const table = Object.create(null) as Record<string, TypeSlot>;
    for (const [name, property] of Object.entries(type.properties)) table[name] = guardType(property);
    type.properties = table;
  }
  for (const key of ['additionalProperties', 'items', 'directResolveAs'] as const) {
    if (type[key] !== undefined) type[key] = guardType(type[key]);
  }
  return type;
}
