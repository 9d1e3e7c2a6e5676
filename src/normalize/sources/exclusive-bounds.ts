/**
 * Boolean `exclusiveMinimum`/`exclusiveMaximum` (Swagger 2.0 and OpenAPI
 * 3.0: "the `minimum` is exclusive") as 3.1's numbers ("greater than this"),
 * by shape: supabase's 3.0 document writes `exclusiveMinimum: true` beside
 * `minimum: 0`, which 3.1 validators refuse as a schema. A numeric bound is
 * already 3.1's, in any version (huggingface-tgi's 3.0 document uses it).
 *
 * - `true` with its limit: the limit moves to the exclusive keyword.
 * - `false`: the default, removed.
 * - `true` without a limit says nothing: removed (recorded with its value).
 */
import { toPointer } from '../../openapi/pointer.js';
import { visitDocument } from '../../openapi/visit.js';
import type { Pass, SourceContext } from '../pass.js';

const BOUNDS = [
  { exclusive: 'exclusiveMinimum', limit: 'minimum' },
  { exclusive: 'exclusiveMaximum', limit: 'maximum' },
] as const;

export const exclusiveBounds: Pass<SourceContext> = {
  name: 'exclusive-bounds',
  run(document, { report, source }) {
    visitDocument(document, {
      Schema(node, { path }) {
        const schema = node as Record<string, unknown>;
        for (const { exclusive, limit } of BOUNDS) {
          const flag = schema[exclusive];
          if (typeof flag !== 'boolean') continue;
          const pointer = toPointer([...path, exclusive]);
          const before = { [exclusive]: flag, ...(Object.hasOwn(schema, limit) ? { [limit]: schema[limit] } : {}) };
          delete schema[exclusive];
          if (flag && typeof schema[limit] === 'number') {
            schema[exclusive] = schema[limit];
            delete schema[limit];
            report.record({ kind: 'exclusive-bound-to-number', source: source.file, pointer, before, reason: `the exclusive ${limit} becomes the value of ${exclusive}` });
          } else {
            report.record({ kind: 'exclusive-bound-removed', source: source.file, pointer, before, reason: flag ? `${exclusive}: true without a numeric ${limit} bounds nothing` : `${exclusive}: false is the default` });
          }
        }
      },
    });
    return document;
  },
};
