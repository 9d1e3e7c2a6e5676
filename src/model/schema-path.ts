/** Following property names into a schema, as the manifest's pointers into response bodies do. */
import { resolveLocal } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';

/** The subschema reached by following property names (through `$ref` and `allOf`). */
export function schemaAt(document: JsonObject, schema: JsonObject, names: readonly string[]): JsonObject | undefined {
  let current: JsonObject | undefined = schema;
  for (const name of names) {
    current = propertySchema(document, current, name);
    if (!current) return undefined;
  }
  return current;
}

/** The schema of a media type, resolved, when it is an object. */
export function mediaSchema(document: JsonObject, media: { object: { schema?: unknown } } | undefined): JsonObject | undefined {
  const schema = media ? resolveLocal(document, media.object.schema) : undefined;
  return isObject(schema) ? schema : undefined;
}

/** `allOf` members may form a cycle (A: allOf [B], B: allOf [A]): each schema is searched once. */
function propertySchema(document: JsonObject, schema: JsonObject, name: string, searched = new Set<JsonObject>()): JsonObject | undefined {
  const resolved = resolveLocal(document, schema);
  if (!isObject(resolved) || searched.has(resolved)) return undefined;
  searched.add(resolved);
  // Own properties only: a property named `constructor` is not Object.prototype's.
  const direct = isObject(resolved.properties) && Object.hasOwn(resolved.properties, name) ? resolveLocal(document, resolved.properties[name]) : undefined;
  if (isObject(direct)) return direct;
  for (const member of Array.isArray(resolved.allOf) ? resolved.allOf : []) {
    const found = isObject(member) ? propertySchema(document, member, name, searched) : undefined;
    if (found) return found;
  }
  return undefined;
}
