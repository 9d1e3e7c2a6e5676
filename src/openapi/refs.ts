/**
 * Local references (`#/components/schemas/Pet`). Normalized documents are
 * self-contained: external references are refused at ingest, and so are
 * reference cycles (src/normalize/ref-cycles.ts).
 */
import { parsePointer, resolvePointer, toPointer } from './pointer.js';
import { isObject, type Components, type JsonObject } from './types.js';

/** How many `$ref`s in a row are followed: chains are short in practice, this only bounds a hostile one. */
const MAX_REF_CHAIN = 32;

/**
 * `value` with its local `$ref` followed, as many times as it leads to
 * another (a chain past 32 stops there); `value` itself when it is not a
 * local reference, and `undefined` when the reference leads nowhere.
 */
export function resolveLocal(document: JsonObject, value: unknown): unknown {
  return resolveLocalAt(document, value, '').value;
}

/**
 * `resolveLocal`, and the JSON pointer of where the value it leads to is
 * written: the last reference's target, or `pointer` (where `value` itself
 * is) when it is no reference.
 */
export function resolveLocalAt(document: JsonObject, value: unknown, pointer: string): { value: unknown; pointer: string } {
  let resolved = { value, pointer };
  for (let hops = 0; hops < MAX_REF_CHAIN && isLocalReference(resolved.value); hops++) {
    const target = toPointer(parsePointer(resolved.value.$ref));
    resolved = { value: resolvePointer(document, target), pointer: target };
  }
  return resolved;
}

function isLocalReference(value: unknown): value is { $ref: string } {
  return isObject(value) && typeof value.$ref === 'string' && value.$ref.startsWith('#');
}

/** The component a node's `$ref` names, for `#/components/<kind>/<name>`; `undefined` for any other node or pointer. */
export function referencedComponent(node: unknown, kind: keyof Components & string): string | undefined {
  if (!isObject(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#/')) return undefined;
  const tokens = parsePointer(node.$ref);
  return tokens.length === 3 && tokens[0] === 'components' && tokens[1] === kind ? tokens[2] : undefined;
}
