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
