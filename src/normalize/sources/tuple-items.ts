/**
 * `items` given as a list is a tuple in every JSON Schema draft before
 * 2020-12, Swagger 2.0's draft 4 included: position i holds `items[i]`, and
 * the positions after the list hold what `additionalItems` says (anything,
 * when it says nothing). OpenAPI 3.1's draft, 2020-12, says the same with
 * `prefixItems`, and `items` then names what the later positions hold:
 *
 * - `items: [A, B]` becomes `prefixItems: [A, B]`;
 * - `additionalItems: false` becomes `items: false`, a schema `items: <schema>`,
 *   and `true` (the default) goes;
 * - `items: []` constrains nothing: removed.
 *
 * It runs on each source as published, before the version pass: the 2.0
 * converter (swagger2openapi) would otherwise make one schema of the list,
 * `items: {anyOf: [A, B]}`, which lets any position hold any member, a
 * looser type than the document's. OpenAPI 3.0 and 3.1 documents do not
 * allow the list, but its meaning is the same draft's, so it is read the
 * same way (the structure pass lets this one shape through). A list holding
 * anything but schemas is left for the final validation to name. Each
 * rewrite is recorded at the source's own pointer.
 */
import { toPointer } from '../../openapi/pointer.js';
import { walkDocumentSchemas, walkSchema } from '../../openapi/schemas.js';
import { HTTP_METHODS, isObject, type JsonObject, type Schema } from '../../openapi/types.js';
import type { PathToken } from '../../openapi/visit.js';
import type { Pass, SourceContext } from '../pass.js';
import { isSwagger2 } from './openapi-version.js';

export const tupleItems: Pass<SourceContext> = {
  name: 'tuple-items',
  run(document, { report, source }) {
    const rewrite = (schema: Schema, path: readonly PathToken[]) => {
      const node = schema as JsonObject;
      const { items, additionalItems: rest } = node;
      // Beside a prefixItems of its own, the list has no one reading: the final validation names it.
      if (!isTupleList(items) || Object.hasOwn(node, 'prefixItems')) return;
      const before = { items, ...(Object.hasOwn(node, 'additionalItems') ? { additionalItems: rest } : {}) };
      const restConstrains = rest === false || isObject(rest);
      delete node.items;
      delete node.additionalItems;
      if (items.length > 0) node.prefixItems = items;
      if (restConstrains) node.items = rest;
      report.record({
        kind: items.length > 0 ? 'tuple-items-to-prefix-items' : 'tuple-items-empty-removed',
        source: source.file,
        pointer: toPointer([...path, 'items']),
        before,
        reason: `a list as items is a tuple (JSON Schema before 2020-12): ${items.length > 0 ? `its ${items.length} positions become prefixItems` : 'an empty one constrains no position'}${restConstrains ? ', and additionalItems the items after them' : ''}`,
      });
    };
    if (isSwagger2(document)) for (const { schema, path } of swagger2RootSchemas(document)) walkSchema(schema, path, rewrite);
    else walkDocumentSchemas(document, rewrite);
    return document;
  },
};

/** An `items` list this pass reads as a tuple: every member a schema (an object, or a boolean). */
export function isTupleList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.every((member) => isObject(member) || typeof member === 'boolean');
}

/**
 * Where a Swagger 2.0 document holds schemas: `definitions`, and the
 * `schema` of body parameters and of responses, shared or an operation's.
 */
function swagger2RootSchemas(document: JsonObject): Array<{ schema: unknown; path: PathToken[] }> {
  const roots: Array<{ schema: unknown; path: PathToken[] }> = [];
  const entries = (value: unknown) => (isObject(value) ? Object.entries(value) : []);
  const schemaOf = (holder: unknown, path: PathToken[]) => {
    if (isObject(holder) && Object.hasOwn(holder, 'schema')) roots.push({ schema: holder.schema, path: [...path, 'schema'] });
  };
  for (const [name, schema] of entries(document.definitions)) roots.push({ schema, path: ['definitions', name] });
  for (const [name, parameter] of entries(document.parameters)) schemaOf(parameter, ['parameters', name]);
  for (const [status, response] of entries(document.responses)) schemaOf(response, ['responses', status]);
  for (const [route, pathItem] of entries(document.paths)) {
    if (!isObject(pathItem)) continue;
    const listed = (parameters: unknown, path: PathToken[]) => {
      if (Array.isArray(parameters)) parameters.forEach((parameter, index) => schemaOf(parameter, [...path, index]));
    };
    listed(pathItem.parameters, ['paths', route, 'parameters']);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      listed(operation.parameters, ['paths', route, method, 'parameters']);
      for (const [status, response] of entries(operation.responses)) schemaOf(response, ['paths', route, method, 'responses', status]);
    }
  }
  return roots;
}
