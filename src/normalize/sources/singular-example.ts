/**
 * A Parameter, Header or Media Type with both `example` and `examples`:
 * 3.0 and 3.1 say the two are mutually exclusive, and tools then read one
 * of them (which one differs). The singular value joins the map, as the
 * Example Object `{value}` named `example` (or `example-2`, … when that
 * name is taken), so both stay and every tool reads all of them.
 *
 * A lone singular `example` is left as it is: 3.1 allows it on these
 * objects, and in a Schema Object it is deprecated but allowed, and read
 * by the generators (openapi-typescript's `@example`) and mock servers
 * (Prism) that JSON Schema's `examples` array is not read by alike.
 * Rewriting box's 2,300 of them would change no behaviour.
 */
import { setOwn } from '../../openapi/own.js';
import { toPointer } from '../../openapi/pointer.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { visitDocument, type VisitContext } from '../../openapi/visit.js';
import type { Pass, SourceContext } from '../pass.js';

export const singularExample: Pass<SourceContext> = {
  name: 'singular-example',
  run(document, { report, source }) {
    const move = (node: JsonObject, { path }: VisitContext) => {
      if (!Object.hasOwn(node, 'example') || !isObject(node.examples)) return;
      const examples = node.examples;
      let name = 'example';
      for (let suffix = 2; Object.hasOwn(examples, name); suffix++) name = `example-${suffix}`;
      setOwn(examples, name, { value: node.example });
      delete node.example;
      report.record({
        kind: 'example-beside-examples-moved',
        source: source.file,
        pointer: toPointer([...path, 'examples', name]),
        reason: '`example` and `examples` are mutually exclusive: the singular value joins the map',
      });
    };
    visitDocument(document, { Parameter: move, Header: move, MediaType: move });
    return document;
  },
};
