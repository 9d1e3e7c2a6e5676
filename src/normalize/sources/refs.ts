/**
 * Every `$ref` must point inside its own document and resolve. A source's
 * references to other files were bundled in when it was read
 * (src/ingest/bundle.ts); one still here is in a place no OpenAPI object
 * stands (an extension) or came from an overlay, and is refused.
 */
import { SpecError } from '../../errors.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { resolvePointer, toPointer } from '../../openapi/pointer.js';
import type { Pass, PassContext } from '../pass.js';

export const refs: Pass<PassContext> = {
  name: 'refs',
  run(document, { locate }) {
    checkRefs(document, locate);
    return document;
  },
};

export function checkRefs(document: JsonObject, locate: PassContext['locate']): void {
  const fail = (pointer: string, reason: string): never => {
    const { file, location } = locate(pointer);
    throw new SpecError(file, location, reason);
  };
  const visit = (node: unknown, path: Array<string | number>): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string') {
      const ref = node.$ref;
      const pointer = toPointer([...path, '$ref']);
      // Not even probed: whether a path outside the API folder exists is not the spec's to learn.
      if (!ref.startsWith('#')) fail(pointer, `external $ref "${ref}" is not supported here: references to other files are bundled only where an OpenAPI object may stand in a source (not in extensions or overlays)`);
      if (resolvePointer(document, ref) === undefined) fail(pointer, `dangling $ref "${ref}": nothing at that pointer`);
    }
    for (const [key, value] of Object.entries(node)) {
      // Example values are data, not schema: a "$ref" key there is not a reference.
      if (key === 'example' || key === 'examples' || key === 'default' || key === 'const' || key === 'enum') continue;
      visit(value, [...path, key]);
    }
  };
  visit(document, []);
}
