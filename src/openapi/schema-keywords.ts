/**
 * Every JSON Schema 2020-12 keyword whose value holds subschemas, once:
 * the visitor walks them, and whatever else needs to know where a
 * schema's subschemas are (the canonical key order, say) uses these lists.
 * A keyword missing here would be a place where a repair silently misses
 * schemas. The order is the order subschemas are visited in.
 */

/** Keywords whose value is one subschema. */
export const SUBSCHEMA_KEYWORDS = [
  'items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'not', 'if', 'then', 'else',
  'contains', 'propertyNames', 'contentSchema',
] as const;

/** Keywords whose value is an array of subschemas. */
export const SUBSCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

/** Keywords whose value maps names (properties, patterns, definitions) to subschemas. */
export const SUBSCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', 'dependentSchemas', '$defs'] as const;

/**
 * Every keyword a Schema Object may hold in OpenAPI 3.1, with its meaning:
 * JSON Schema 2020-12's vocabularies (core, applicator, unevaluated,
 * validation, format, content, meta-data) and OpenAPI's own. `definitions`
 * and `dependencies` are the earlier drafts' names, kept as keywords since
 * `$ref`s point into the former. Any other key that is not an extension
 * (`x-…`) is unknown: validators ignore it, or refuse it in strict mode.
 */
export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema', '$id', '$anchor', '$dynamicAnchor', '$ref', '$dynamicRef', '$defs', '$comment', '$vocabulary',
  ...SUBSCHEMA_KEYWORDS, ...SUBSCHEMA_LIST_KEYWORDS, ...SUBSCHEMA_MAP_KEYWORDS,
  'type', 'const', 'enum', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern',
  'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains', 'maxProperties', 'minProperties', 'required', 'dependentRequired',
  'format', 'contentEncoding', 'contentMediaType', 'title', 'description', 'default', 'deprecated', 'readOnly', 'writeOnly', 'examples',
  'discriminator', 'xml', 'externalDocs', 'example',
  'definitions', 'dependencies',
]);

/**
 * Keywords that describe a schema without constraining its values (JSON
 * Schema's meta-data and identifiers, OpenAPI's annotations): passes that
 * move a schema's assertions elsewhere leave these, and `x-…`, in place.
 */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  'title', 'description', 'default', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'externalDocs', 'xml', '$comment', '$id', '$anchor', '$schema', '$defs', 'definitions',
]);

export function isAnnotation(keyword: string): boolean {
  return ANNOTATION_KEYWORDS.has(keyword) || keyword.startsWith('x-');
}
