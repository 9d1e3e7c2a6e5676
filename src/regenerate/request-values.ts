/**
 * Values a request body accepted that the new document no longer names: a
 * client passing one (`type: 'anchor_residential'`) stops compiling. Where
 * the schema around an enum is restructured (Anchor's proxy: four copies of
 * one enum in `oneOf` branches became `anchor_proxy | custom`),
 * api-smart-diff sees moved subschemas, not narrowed values, and calls the
 * change unclassified; reading the values on both sides finds it.
 *
 * A value is a `const` or an `enum` member anywhere in the body's schemas,
 * `$ref`s followed; conditions (`if`, `not`) name values they test, not
 * values accepted, and are skipped. The walk is bounded: a cyclic or huge
 * schema is read once per node, at most MAX_NODES nodes.
 */
import { operations } from '../openapi/operations.js';
import { toPointer } from '../openapi/pointer.js';
import { resolveLocal } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';

const MAX_NODES = 100_000;
/** Keywords whose subschemas test an instance rather than describe what is accepted. */
const CONDITIONS = new Set(['if', 'not']);
/** Values named in an entry; the rest are counted. */
const VALUES_SHOWN = 5;

export interface RemovedRequestValues {
  /** `POST /v1/task`. */
  route: string;
  /** Pointer of the operation's request body in the previous document. */
  pointer: string;
  /** JSON of each value, sorted. */
  values: string[];
}

/** Per operation on both sides, the request body values only the previous document accepted. */
export function removedRequestValues(previous: JsonObject, next: JsonObject): RemovedRequestValues[] {
  const nextBodies = new Map(operations(next).map(({ method, path, operation }) => [`${method.toUpperCase()} ${path}`, operation.requestBody]));
  const removed: RemovedRequestValues[] = [];
  for (const { method, path, operation } of operations(previous)) {
    const route = `${method.toUpperCase()} ${path}`;
    if (operation.requestBody === undefined || !nextBodies.has(route)) continue;
    const after = acceptedValues(next, nextBodies.get(route));
    const values = [...acceptedValues(previous, operation.requestBody)].filter((value) => !after.has(value)).sort();
    if (values.length > 0) removed.push({ route, pointer: toPointer(['paths', path, method, 'requestBody']), values });
  }
  return removed;
}

/** `anchor_residential, anchor_mobile and 3 more`. */
export function describeValues(values: readonly string[]): string {
  const shown = values.slice(0, VALUES_SHOWN).join(', ');
  return values.length > VALUES_SHOWN ? `${shown} and ${values.length - VALUES_SHOWN} more` : shown;
}

function acceptedValues(document: JsonObject, requestBody: unknown): Set<string> {
  const values = new Set<string>();
  const seen = new Set<unknown>();
  const pending: unknown[] = [requestBody];
  while (pending.length > 0 && seen.size < MAX_NODES) {
    const node = resolveLocal(document, pending.pop());
    if (!isObject(node) && !Array.isArray(node)) continue;
    if (seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (Object.hasOwn(node, 'const')) values.add(JSON.stringify(node.const));
    if (Array.isArray(node.enum)) for (const value of node.enum) values.add(JSON.stringify(value));
    for (const [key, child] of Object.entries(node)) {
      // `examples`/`example`/`default` are values too, but not what the type accepts; conditions only test.
      if (!CONDITIONS.has(key) && key !== 'const' && key !== 'enum' && key !== 'example' && key !== 'examples' && key !== 'default') pending.push(child);
    }
  }
  return values;
}
