/**
 * A schema `$ref` with sibling assertions (`type`, `properties`, `enum`…),
 * as published by 3.0 and 2.0 documents, where siblings of `$ref` were to
 * be ignored, and by 3.1 documents (together, xero), where they apply
 * beside the reference. 3.1's reading is kept and made explicit:
 * `{$ref: X, type: object}` becomes `{allOf: [{$ref: X}], type: object}`,
 * the same constraint, now read alike by every tool (openapi-typescript,
 * among others, reads a `$ref` and nothing beside it). Annotations
 * (description, default, examples, x-…) may stay beside `$ref` in 3.1 and
 * are left alone; a 3.0 `nullable` beside `$ref` is the nullable pass's.
 */
import { toPointer } from '../../openapi/pointer.js';
import { isAnnotation } from '../../openapi/schema-keywords.js';
import { visitDocument } from '../../openapi/visit.js';
import type { Pass, SourceContext } from '../pass.js';

export const refSiblings: Pass<SourceContext> = {
  name: 'ref-siblings',
  run(document, { report, source }) {
    visitDocument(document, {
      Schema(schema, { path }) {
        if (typeof schema.$ref !== 'string') return;
        const assertions = Object.keys(schema).filter((keyword) => keyword !== '$ref' && !isAnnotation(keyword));
        if (assertions.length === 0) return;
        const reference = { $ref: schema.$ref };
        delete schema.$ref;
        schema.allOf = [reference, ...(Array.isArray(schema.allOf) ? schema.allOf : [])];
        report.record({
          kind: 'ref-siblings-to-allof',
          source: source.file,
          pointer: toPointer(path),
          before: assertions,
          reason: 'keywords beside $ref constrain the value too: the reference becomes an allOf member beside them',
        });
      },
    });
    return document;
  },
};
