/**
 * Canonical key order, so output is byte-stable and diffs are reviewable:
 * OpenAPI objects in the order the specification lists their fields,
 * components and responses sorted, schemas with their keywords in a fixed
 * order. Property maps and example values keep their published order.
 */
import { SUBSCHEMA_KEYWORDS, SUBSCHEMA_LIST_KEYWORDS, SUBSCHEMA_MAP_KEYWORDS } from '../../openapi/schema-keywords.js';
import { HTTP_METHODS, isObject, type JsonObject } from '../../openapi/types.js';
import { setOwn } from '../../openapi/own.js';
import type { Pass } from '../pass.js';

const ROOT_ORDER = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags', 'externalDocs', 'paths', 'webhooks', 'components'];
const INFO_ORDER = ['title', 'summary', 'description', 'termsOfService', 'contact', 'license', 'version'];
const PATH_ITEM_ORDER = ['$ref', 'summary', 'description', 'servers', 'parameters', ...HTTP_METHODS];
const OPERATION_ORDER = ['tags', 'summary', 'description', 'externalDocs', 'operationId', 'parameters', 'requestBody', 'responses', 'callbacks', 'deprecated', 'security', 'servers'];
const PARAMETER_ORDER = ['name', 'in', 'description', 'required', 'deprecated', 'allowEmptyValue', 'style', 'explode', 'allowReserved', 'schema', 'example', 'examples', 'content'];
const REQUEST_BODY_ORDER = ['description', 'required', 'content'];
const MEDIA_ORDER = ['schema', 'example', 'examples', 'encoding'];
const RESPONSE_ORDER = ['description', 'headers', 'content', 'links'];
const EXAMPLE_ORDER = ['summary', 'description', 'value', 'externalValue'];
const COMPONENTS_ORDER = ['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'pathItems'];
const SECURITY_SCHEME_ORDER = ['type', 'description', 'name', 'in', 'scheme', 'bearerFormat', 'flows', 'openIdConnectUrl'];
const SCHEMA_ORDER = [
  '$ref', '$id', '$schema', '$anchor', 'title', 'description', 'deprecated', 'type', 'const', 'enum', 'format',
  'pattern', 'minLength', 'maxLength', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf',
  'contentEncoding', 'contentMediaType', 'contentSchema', 'prefixItems', 'items', 'contains', 'minContains', 'maxContains',
  'minItems', 'maxItems', 'uniqueItems', 'unevaluatedItems', 'properties', 'patternProperties', 'additionalProperties',
  'unevaluatedProperties', 'propertyNames', 'required', 'dependentRequired', 'dependentSchemas', 'minProperties',
  'maxProperties', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'discriminator', 'readOnly', 'writeOnly',
  'default', 'example', 'examples', 'externalDocs', 'xml', '$defs',
];
const SUBSCHEMA_KEYS: ReadonlySet<string> = new Set(SUBSCHEMA_KEYWORDS);
const SUBSCHEMA_LIST_KEYS: ReadonlySet<string> = new Set(SUBSCHEMA_LIST_KEYWORDS);
const SUBSCHEMA_MAP_KEYS: ReadonlySet<string> = new Set(SUBSCHEMA_MAP_KEYWORDS);

/** Keys named in `order` first, in that order; the rest alphabetically (`x-` extensions included). */
function ordered(object: JsonObject, order: readonly string[], transform: (key: string, value: unknown) => unknown = (_k, v) => v): JsonObject {
  const keys = Object.keys(object);
  const known = order.filter((key) => keys.includes(key));
  const rest = keys.filter((key) => !order.includes(key)).sort();
  const result: JsonObject = {};
  for (const key of [...known, ...rest]) setOwn(result, key, transform(key, object[key]));
  return result;
}

function sortedMap(object: unknown, each: (value: unknown) => unknown, compare?: (a: string, b: string) => number): unknown {
  if (!isObject(object)) return object;
  const result: JsonObject = {};
  for (const key of Object.keys(object).sort(compare)) setOwn(result, key, each(object[key]));
  return result;
}

function mapValues(object: unknown, each: (value: unknown) => unknown): unknown {
  if (!isObject(object)) return object;
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, each(value)]));
}

function orderSchema(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  return ordered(schema, SCHEMA_ORDER, (key, value) => {
    if (SUBSCHEMA_KEYS.has(key)) return orderSchema(value);
    if (SUBSCHEMA_LIST_KEYS.has(key) && Array.isArray(value)) return value.map(orderSchema);
    if (SUBSCHEMA_MAP_KEYS.has(key)) return mapValues(value, orderSchema);
    return value;
  });
}

function orderMedia(media: unknown): unknown {
  if (!isObject(media)) return media;
  return ordered(media, MEDIA_ORDER, (key, value) => {
    if (key === 'schema') return orderSchema(value);
    if (key === 'examples') return mapValues(value, (example) => (isObject(example) ? ordered(example, EXAMPLE_ORDER) : example));
    return value;
  });
}

function orderParameter(parameter: unknown): unknown {
  if (!isObject(parameter)) return parameter;
  return ordered(parameter, PARAMETER_ORDER, (key, value) => {
    if (key === 'schema') return orderSchema(value);
    if (key === 'content') return mapValues(value, orderMedia);
    return value;
  });
}

function orderResponse(response: unknown): unknown {
  if (!isObject(response)) return response;
  return ordered(response, RESPONSE_ORDER, (key, value) => (key === 'content' ? mapValues(value, orderMedia) : value));
}

/** Status codes ascending, ranges (`4XX`) after their codes, `default` last. */
export function compareStatus(a: string, b: string): number {
  const rank = (status: string) => (status === 'default' ? 1000 : Number.parseInt(status.replace(/X/gi, '9'), 10));
  return rank(a) - rank(b) || a.localeCompare(b);
}

function orderOperation(operation: unknown): unknown {
  if (!isObject(operation)) return operation;
  return ordered(operation, OPERATION_ORDER, (key, value) => {
    if (key === 'parameters' && Array.isArray(value)) return value.map(orderParameter);
    if (key === 'requestBody' && isObject(value)) {
      return ordered(value, REQUEST_BODY_ORDER, (k, v) => (k === 'content' ? mapValues(v, orderMedia) : v));
    }
    if (key === 'responses') return sortedMap(value, orderResponse, compareStatus);
    return value;
  });
}

/**
 * Literal segments sort before templated ones, so a literal path precedes the
 * templated path that would also match it (`/v1/task/run` before
 * `/v1/task/{taskId}`): Prism matches paths in document order.
 */
export function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const l = left[index]!;
    const r = right[index]!;
    if (l === r) continue;
    const lTemplated = l.includes('{');
    const rTemplated = r.includes('{');
    if (lTemplated !== rTemplated) return lTemplated ? 1 : -1;
    return l < r ? -1 : 1;
  }
  return left.length - right.length;
}

export const order: Pass = {
  name: 'order',
  run: (document) => orderDocument(document),
};

function orderDocument(document: JsonObject): JsonObject {
  return ordered(document, ROOT_ORDER, (key, value) => {
    if (key === 'info' && isObject(value)) return ordered(value, INFO_ORDER);
    if (key === 'paths') {
      return sortedMap(value, (item) => (isObject(item) ? ordered(item, PATH_ITEM_ORDER, (k, v) => {
        if ((HTTP_METHODS as readonly string[]).includes(k)) return orderOperation(v);
        if (k === 'parameters' && Array.isArray(v)) return v.map(orderParameter);
        return v;
      }) : item), comparePaths);
    }
    if (key === 'components' && isObject(value)) {
      return ordered(value, COMPONENTS_ORDER, (type, group) => {
        if (type === 'schemas') return sortedMap(group, orderSchema);
        if (type === 'parameters') return sortedMap(group, orderParameter);
        if (type === 'responses') return sortedMap(group, orderResponse);
        if (type === 'securitySchemes') return sortedMap(group, (scheme) => (isObject(scheme) ? ordered(scheme, SECURITY_SCHEME_ORDER) : scheme));
        return sortedMap(group, (entry) => entry);
      });
    }
    return value;
  });
}
