/**
 * Keyword types checked on a source as published: each wrong type is one
 * error naming the file, line and the source's own pointer, with what was
 * expected and what was found; what the later passes repair (3.0 and
 * draft-3 shapes), fields missing or unknown, and pages that are not
 * OpenAPI pass through unchanged. The CLI cases are in
 * test/fixtures/bad-specs (schema-*, parameter-in-*).
 */
import { BaseResolver } from '@redocly/openapi-core';
import { describe, expect, it, vi } from 'vitest';
import { structure } from '../../../src/normalize/sources/structure.js';
import { expectPass, sourceContext, type Want } from '../given.js';

const v31 = (schema: string) => `openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    T: ${schema}\n`;
const v30 = (schema: string) => v31(schema).replace('3.1.0', '3.0.3');
const v20 = (schema: string) => `swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\ndefinitions:\n  T: ${schema}\n`;
const operation = (version: string, parameter: string) => `${version}\ninfo: {title: T, version: '1'}\npaths:\n  /t:\n    get:\n      parameters:\n        - ${parameter}\n      responses: {'200': {description: OK}}\n`;

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['type: bool (3.1)', { given: v31('{type: object, properties: {done: {type: bool}}}'), want: { error: 'api.yaml:6:49 #/components/schemas/T/properties/done/type: expected one of "object", "array", "string", "number", "integer", "boolean", "null", found the string "bool"' } }],
  ['type: bool (2.0), named by its 2.0 pointer', { given: v20('{type: object, properties: {done: {type: bool}}}'), want: { error: /^api\.yaml:5:\d+ #\/definitions\/T\/properties\/done\/type: expected one of .*found the string "bool"$/ } }],
  ['required: title (3.0)', { given: v30('{type: object, required: title}'), want: { error: 'api.yaml:6:33 #/components/schemas/T/required: expected a list, found the string "title"' } }],
  ['properties a list (2.0)', { given: v20('{type: object, properties: [a, b]}'), want: { error: /^api\.yaml:5:\d+ #\/definitions\/T\/properties: expected an object \(property names to schemas\), found a list of 2$/ } }],
  ['enum not a list (3.1)', { given: v31('{type: string, enum: red}'), want: { error: /#\/components\/schemas\/T\/enum: expected a list, found the string "red"$/ } }],
  ['minimum a string (3.0)', { given: v30("{type: integer, minimum: '5'}"), want: { error: /#\/components\/schemas\/T\/minimum: expected a number, found the string "5"$/ } }],
  ['items a list of names, not schemas (3.1)', { given: v31('{type: array, items: [string, integer]}'), want: { error: /#\/components\/schemas\/T\/items: expected an object \(a Schema Object\), found a list of 2$/ } }],
  ['$ref a number (3.1)', { given: v31('{type: object, properties: {n: {$ref: 5}}}'), want: { error: /#\/components\/schemas\/T\/properties\/n\/\$ref: expected a string \(a reference\), found the number 5$/ } }],
  ['in: body (3.0)', { given: operation('openapi: 3.0.3', '{name: b, in: body, schema: {type: object}}'), want: { error: 'api.yaml:7:25 #/paths/~1t/get/parameters/0/in: expected one of "query", "header", "path", "cookie", found the string "body"' } }],
  ['in: cookie (2.0)', { given: operation("swagger: '2.0'", '{name: c, in: cookie, type: string}'), want: { error: /#\/paths\/~1t\/get\/parameters\/0\/in: expected one of "query", "header", "path", "formData", "body", found the string "cookie"$/ } }],
  ['a member of a type list (3.1)', { given: v31('{type: [string, bool]}'), want: { error: /#\/components\/schemas\/T\/type\/1: expected one of "object", .*found the string "bool"$/ } }],
  ['responses a list, not a map', { given: "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {/t: {get: {responses: [ok]}}}\n", want: { error: /#\/paths\/~1t\/get\/responses: expected an object \(status codes to Response Objects\), found a list of 1$/ } }],
  ['a negative maxLength', { given: v31('{type: string, maxLength: -1}'), want: { error: /#\/components\/schemas\/T\/maxLength: expected a number of at least 0, found the number -1$/ } }],
  ['a long string found is cut at 40 characters', { given: v31(`{type: ${'x'.repeat(60)}}`), want: { error: new RegExp(`found the string "${'x'.repeat(40)}…"$`) } }],
  // What later passes repair, or report with a better reason, is not this pass's.
  ['a boolean exclusiveMinimum in 3.1 (the exclusive-bounds pass rewrites it)', { given: v31('{type: integer, minimum: 0, exclusiveMinimum: true}'), want: { document: v31('{type: integer, minimum: 0, exclusiveMinimum: true}') } }],
  ['a draft-3 boolean required on a property (the schema-keywords pass moves it)', { given: v30('{type: object, properties: {a: {type: string, required: true}}}'), want: { document: v30('{type: object, properties: {a: {type: string, required: true}}}') } }],
  ['a tuple as an items list of schemas, in 3.0 and 3.1 (the tuple-items pass rewrites it)', { given: v30('{type: array, items: [{type: string}, true]}'), want: { document: v30('{type: array, items: [{type: string}, true]}') } }],
  ['nullable and unknown keywords (rewritten or kept as x-)', { given: v31('{type: string, nullable: true, ge: 1}'), want: { document: v31('{type: string, nullable: true, ge: 1}') } }],
  ['a missing field (the final validation names it)', { given: "openapi: 3.1.0\npaths: {}\n", want: { document: "openapi: 3.1.0\npaths: {}\n" } }],
  ['a self-referencing $ref (the ref-cycles pass names it)', { given: v31("{$ref: '#/components/schemas/T'}"), want: { document: v31("{$ref: '#/components/schemas/T'}") } }],
  ['the components of a Mintlify page, at the page\'s own pointer', { given: 'paths: {path: /t, method: get, request: {}, response: {}}\ncomponents:\n  schemas:\n    T: {type: object, required: title}\n', want: { error: 'api.yaml:4:33 #/components/schemas/T/required: expected a list, found the string "title"' } }],
  ['a Mintlify page is not OpenAPI but for its components', { given: 'paths: {path: /t, method: get, request: {}, response: {}}\n', want: { document: 'paths: {path: /t, method: get, request: {}, response: {}}\n' } }],
  ['a refused version is the openapi-version pass\'s', { given: 'openapi: 4.0.0\npaths: 5\n', want: { document: 'openapi: 4.0.0\npaths: 5\n' } }],
];

describe('structure pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const { document, context } = sourceContext('api.yaml', given);
    await expectPass(structure, document, context, want);
  });

  it('reads no file and no URL: an external $ref is not followed by the base resolver', async () => {
    const given = v31("{type: object, properties: {a: {$ref: 'https://example.test/a.yaml'}, b: {$ref: '../../../etc/hostname'}}}");
    const { document, context } = sourceContext('api.yaml', given);
    const load = vi.spyOn(BaseResolver.prototype, 'loadExternalRef');
    try {
      await expectPass(structure, document, context, { document: given });
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  });
});
