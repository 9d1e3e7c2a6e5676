/** The schemas of a document, through the visitor: where they start, and every one of them. */
import { SKIP, visit, visitDocument, type PathToken } from './visit.js';
import { isObject, type JsonObject, type Schema } from './types.js';

export type SchemaVisitor = (schema: Schema, path: readonly PathToken[]) => void;

/** `components.schemas` of a document, or an empty map. */
export function componentSchemas(document: JsonObject): Record<string, Schema> {
  const components = isObject(document.components) ? document.components : {};
  return isObject(components.schemas) ? (components.schemas as Record<string, Schema>) : {};
}

/**
 * The schemas no other schema holds, with their paths: every component
 * schema, parameter and header schema, and media type schema, wherever
 * those occur (operations, components, callbacks, webhooks).
 */
export function rootSchemas(document: JsonObject): Array<{ schema: Schema; path: readonly PathToken[] }> {
  const found: Array<{ schema: Schema; path: readonly PathToken[] }> = [];
  visitDocument(document, {
    Schema: (schema, { path }) => {
      found.push({ schema, path });
      return SKIP;
    },
  });
  return found;
}

/** Visits every schema object of a document with its path, parents before children. */
export function walkDocumentSchemas(document: JsonObject, visitSchema: SchemaVisitor): void {
  visitDocument(document, { Schema: (schema, { path }) => visitSchema(schema, path) });
}

/** Visits a schema found at `path` and every subschema below it, parents before children. */
export function walkSchema(schema: unknown, path: readonly PathToken[], visitSchema: SchemaVisitor): void {
  visit(schema, 'Schema', { Schema: (node, context) => visitSchema(node, context.path) }, path);
}
