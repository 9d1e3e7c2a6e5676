/**
 * Schema keys that are no JSON Schema or OpenAPI keyword (published by
 * generators with their own vocabulary: pydantic-style `ge`, `le`, `gt`,
 * `lt`, or keywords of earlier drafts and other tools). Validators ignore
 * them, or refuse the schema in strict mode, and generators drop them.
 *
 * - A keyword with a known meaning becomes its JSON Schema equivalent:
 *   `ge` → `minimum`, `le` → `maximum`, `gt` → `exclusiveMinimum`,
 *   `lt` → `exclusiveMaximum` (when numeric and the equivalent is not
 *   already there with another value).
 * - A boolean `required` on a property (draft 3's way, influxdata's
 *   `DBRPGet.content`) becomes the property's name in its parent's
 *   `required` list (`false`, the default, goes).
 * - Any other key is kept as the extension `x-<key>`: never dropped, and
 *   marked as not a constraint (a validator will not apply it).
 * Runs after the nullable and exclusive-bounds passes, which give the 3.0
 * keywords their 3.1 meaning first. Each rename is recorded.
 */
import { isDeepStrictEqual } from 'node:util';
import { getOwn, setOwn } from '../../openapi/own.js';
import { toPointer } from '../../openapi/pointer.js';
import { SCHEMA_KEYWORDS } from '../../openapi/schema-keywords.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { visitDocument, type PathToken } from '../../openapi/visit.js';
import type { SchemaKeywordRenamed } from '../report.js';
import type { Pass, SourceContext } from '../pass.js';

/** Keywords of other vocabularies whose meaning JSON Schema has, with its name for it. */
export const EQUIVALENT_KEYWORDS: Readonly<Record<string, string>> = {
  ge: 'minimum',
  le: 'maximum',
  gt: 'exclusiveMinimum',
  lt: 'exclusiveMaximum',
};

export const schemaKeywords: Pass<SourceContext> = {
  name: 'schema-keywords',
  run(document, { report, source }) {
    visitDocument(document, {
      Schema(node, { path, parent }) {
        const schema = node as Record<string, unknown>;
        if (typeof schema.required === 'boolean') requiredFlagToList(schema, path, parent, (entry) => report.record({ ...entry, source: source.file }));
        for (const key of Object.keys(schema)) {
          if (SCHEMA_KEYWORDS.has(key) || key.startsWith('x-')) continue;
          const value = schema[key];
          const pointer = toPointer([...path, key]);
          const equivalent = Object.hasOwn(EQUIVALENT_KEYWORDS, key) ? EQUIVALENT_KEYWORDS[key]! : undefined;
          delete schema[key];
          if (equivalent && typeof value === 'number' && (!Object.hasOwn(schema, equivalent) || schema[equivalent] === value)) {
            schema[equivalent] = value;
            report.record({ kind: 'schema-keyword-to-standard', source: source.file, pointer, before: key, after: equivalent, reason: `${key} means JSON Schema's ${equivalent}` });
            continue;
          }
          const extension = freeExtensionName(schema, key, value);
          setOwn(schema, extension, value);
          report.record({ kind: 'schema-keyword-to-extension', source: source.file, pointer, before: key, after: extension, reason: `${key} is no JSON Schema or OpenAPI keyword: kept as an extension` });
        }
      },
    });
    return document;
  },
};

/**
 * `required: true` on the schema of property `name` joins the parent's
 * `required` list; anywhere else a boolean `required` means nothing and is
 * left to be kept as `x-required`.
 */
function requiredFlagToList(schema: Record<string, unknown>, path: readonly PathToken[], parent: JsonObject | undefined, record: (entry: Omit<SchemaKeywordRenamed, 'source'>) => void): void {
  const name = path[path.length - 1];
  if (path[path.length - 2] !== 'properties' || typeof name !== 'string' || !isObject(parent) || getOwn(parent.properties, name) !== schema) {
    setOwn(schema, 'x-required', schema.required);
    delete schema.required;
    record({ kind: 'schema-keyword-to-extension', pointer: toPointer([...path, 'required']), before: 'required', after: 'x-required', reason: 'a boolean required outside a property means nothing: kept as an extension' });
    return;
  }
  const flag = schema.required;
  delete schema.required;
  if (flag) {
    const list = Array.isArray(parent.required) ? parent.required : [];
    if (!list.includes(name)) parent.required = [...list, name];
  }
  record({ kind: 'required-flag-to-list', pointer: toPointer([...path, 'required']), before: 'required', after: flag ? 'required' : '', reason: flag ? "a property's required: true is its name in the parent's required list" : 'required: false is the default' });
}

/** `x-<key>`, or `x-<key>-2`, … when the schema already has that extension with another value. */
function freeExtensionName(schema: Record<string, unknown>, key: string, value: unknown): string {
  let name = `x-${key}`;
  for (let suffix = 2; Object.hasOwn(schema, name) && !isDeepStrictEqual(schema[name], value); suffix++) name = `x-${key}-${suffix}`;
  return name;
}
