import type { JsonObject } from '../ingest/source.js';
import { resolvePointer } from '../openapi/pointer.js';

/** Keywords whose value is one subschema. */
const SINGLE_SCHEMA_KEYWORDS = [
  'items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'not', 'if', 'then', 'else',
  'contains', 'propertyNames', 'contentSchema',
] as const;
/** Keywords whose value is an array of subschemas. */
const SCHEMA_ARRAY_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', 'dependentSchemas', '$defs'] as const;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type SchemaVisitor = (schema: JsonObject, path: ReadonlyArray<string | number>) => void;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Visits a schema and every subschema below it, parents before children. */
export function walkSchema(schema: unknown, path: ReadonlyArray<string | number>, visit: SchemaVisitor): void {
  if (!isObject(schema)) return;
  visit(schema, path);
  for (const keyword of SINGLE_SCHEMA_KEYWORDS) walkSchema(schema[keyword], [...path, keyword], visit);
  for (const keyword of SCHEMA_ARRAY_KEYWORDS) {
    const members = schema[keyword];
    if (Array.isArray(members)) members.forEach((member, index) => walkSchema(member, [...path, keyword, index], visit));
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = schema[keyword];
    if (isObject(map)) for (const [name, member] of Object.entries(map)) walkSchema(member, [...path, keyword, name], visit);
  }
}

/** Every operation of an OpenAPI document, in document order. */
export function* operations(
  document: JsonObject,
): Generator<{ path: string; method: string; operation: JsonObject; pathItem: JsonObject }> {
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isObject(operation)) yield { path, method, operation, pathItem };
    }
  }
}

/** `components.schemas` of a document, or an empty map. */
export function componentSchemas(document: JsonObject): JsonObject {
  const components = isObject(document.components) ? document.components : {};
  return isObject(components.schemas) ? components.schemas : {};
}

/** The root schemas of a document: components, parameters, bodies, responses. */
export function* rootSchemas(document: JsonObject): Generator<{ schema: JsonObject; path: Array<string | number> }> {
  for (const [name, schema] of Object.entries(componentSchemas(document))) {
    if (isObject(schema)) yield { schema, path: ['components', 'schemas', name] };
  }
  for (const { path, method, operation, pathItem } of operations(document)) {
    const base = ['paths', path, method];
    const parameterLists: Array<[unknown, Array<string | number>]> = [
      [pathItem.parameters, ['paths', path, 'parameters']],
      [operation.parameters, [...base, 'parameters']],
    ];
    for (const [list, listPath] of parameterLists) {
      if (!Array.isArray(list)) continue;
      for (const [index, parameter] of list.entries()) {
        if (isObject(parameter) && isObject(parameter.schema)) {
          yield { schema: parameter.schema, path: [...listPath, index, 'schema'] };
        }
      }
    }
    const body = operation.requestBody;
    if (isObject(body) && isObject(body.content)) {
      for (const [mediaType, media] of Object.entries(body.content)) {
        if (isObject(media) && isObject(media.schema)) {
          yield { schema: media.schema, path: [...base, 'requestBody', 'content', mediaType, 'schema'] };
        }
      }
    }
    const responses = isObject(operation.responses) ? operation.responses : {};
    for (const [status, response] of Object.entries(responses)) {
      if (!isObject(response) || !isObject(response.content)) continue;
      for (const [mediaType, media] of Object.entries(response.content)) {
        if (isObject(media) && isObject(media.schema)) {
          yield { schema: media.schema, path: [...base, 'responses', status, 'content', mediaType, 'schema'] };
        }
      }
    }
  }
}

/** Visits every schema object of a document with its JSON pointer path. */
export function walkDocumentSchemas(document: JsonObject, visit: SchemaVisitor): void {
  for (const { schema, path } of rootSchemas(document)) walkSchema(schema, path, visit);
}

/** Local `$ref`s only: normalized documents are self-contained. */
export function resolveLocal(document: JsonObject, schema: unknown, depth = 0): unknown {
  if (isObject(schema) && typeof schema.$ref === 'string' && schema.$ref.startsWith('#') && depth < 32) {
    return resolveLocal(document, resolvePointer(document, schema.$ref), depth + 1);
  }
  return schema;
}
