/**
 * `nullable: true` (OpenAPI 3.0) and `x-nullable: true` (Swagger 2.0) as
 * JSON Schema says it in 3.1, by shape, whatever version the source says:
 * together's 3.1 document still writes them, and in 3.1 both are unknown
 * keywords that validators and generators ignore, so null values would be
 * rejected and typed away.
 *
 * - With a `type` and nothing that could reject null on its own: `null`
 *   joins the type (`type: [string, 'null']`), and the `enum`, if any
 *   (an enum without null would still reject it).
 * - Otherwise (`$ref`, `allOf`, `oneOf`, `const`, …): the schema's
 *   assertions move into an `anyOf` beside `{type: 'null'}`; annotations
 *   (description, default, examples, x-…) stay on the outer schema.
 * - Without any assertion the schema already allows null: the keyword goes.
 * - `nullable: false` is the default: it goes.
 * Each rewrite is recorded with the source file and pointer; the lossless
 * proof reads "allows null" from the raw schema and finds it in the result.
 */
import { setOwn } from '../../openapi/own.js';
import { toPointer } from '../../openapi/pointer.js';
import { isAnnotation } from '../../openapi/schema-keywords.js';
import type { Schema } from '../../openapi/types.js';
import { visitDocument } from '../../openapi/visit.js';
import type { Pass, SourceContext } from '../pass.js';
import type { NullableRewritten } from '../report.js';

const NULLABLE_KEYWORDS = ['nullable', 'x-nullable'] as const;

/** Keywords that can reject null without a `type` that allows it. */
const REJECTS_NULL_ALONE = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'const', 'if', '$dynamicRef'];

export const nullable: Pass<SourceContext> = {
  name: 'nullable',
  run(document, { report, source }) {
    visitDocument(document, {
      Schema(schema, { path }) {
        const before = nullableKeywords(schema);
        if (Object.keys(before).length === 0) return;
        for (const keyword of Object.keys(before)) delete schema[keyword];
        const record = (kind: NullableRewritten['kind'], reason: string) =>
          report.record({ kind, source: source.file, pointer: toPointer(path), before, reason });
        if (!Object.values(before).includes(true)) {
          record('nullable-false-removed', 'nullable: false is the default');
        } else if (allowsNullAlready(schema)) {
          record('nullable-already-allowed', 'the schema asserts nothing that rejects null');
        } else if (schema.type !== undefined && !REJECTS_NULL_ALONE.some((keyword) => Object.hasOwn(schema, keyword))) {
          addNullType(schema);
          record('nullable-to-type-null', "null joins the schema's type (and enum)");
        } else {
          wrapInNullBranch(schema);
          record('nullable-to-null-branch', 'the schema\'s assertions become one anyOf branch beside {type: "null"}');
        }
      },
    });
    return document;
  },
};

/** The boolean nullable keywords of a schema (others are left to the schema-keywords pass). */
function nullableKeywords(schema: Schema): Record<string, boolean> {
  const found: Record<string, boolean> = {};
  for (const keyword of NULLABLE_KEYWORDS) {
    const value = (schema as Record<string, unknown>)[keyword];
    if (Object.hasOwn(schema, keyword) && typeof value === 'boolean') found[keyword] = value;
  }
  return found;
}

function allowsNullAlready(schema: Schema): boolean {
  const types = schema.type === undefined ? undefined : [schema.type].flat();
  if (types?.includes('null')) return !Array.isArray(schema.enum) || schema.enum.includes(null);
  return Object.keys(schema).every((keyword) => isAnnotation(keyword) || !isAssertion(keyword));
}

/** Keywords that reject some value of every type, null included. */
function isAssertion(keyword: string): boolean {
  return ['type', 'enum', ...REJECTS_NULL_ALONE].includes(keyword);
}

function addNullType(schema: Schema): void {
  const types = [schema.type].flat();
  if (!types.includes('null')) schema.type = [...types, 'null'] as Schema['type'];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
}

function wrapInNullBranch(schema: Schema): void {
  const branch: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (isAnnotation(keyword)) continue;
    setOwn(branch, keyword, value);
    delete (schema as Record<string, unknown>)[keyword];
  }
  schema.anyOf = [branch as Schema, { type: 'null' }];
}
