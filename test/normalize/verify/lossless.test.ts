/**
 * The proof that nothing was lost: every fact of a source, as read, is in
 * the result, an example changed on purpose counting as found only when
 * undoing its recorded fix gives back the published value.
 */
import { describe, expect, it } from 'vitest';
import type { ExampleFix } from '../../../src/normalize/report.js';
import { lossless } from '../../../src/normalize/verify/lossless.js';
import { convertSource } from '../../../src/normalize/pipeline.js';
import { NormalizationReport } from '../../../src/normalize/report.js';
import { resolvePointer } from '../../../src/openapi/pointer.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { apiContext, expectPass, input, manifest, source, yaml, type Want } from '../given.js';

const POINTER = '/paths/~1a/patch/requestBody/content/application~1json/examples/update/value';
const withExample = (value: string) =>
  `openapi: 3.1.0\npaths: {/a: {patch: {requestBody: {content: {application/json: {schema: {type: object}, examples: {update: {value: ${value}}}}}}, responses: {'200': {description: OK}}}}}\n`;
// GitHub publishes an array where the schema wants an object; the examples pass replaces the whole value.
const RAW = '[{package: {name: a-package}}]';
const replaced: ExampleFix = { kind: 'example-invalid-value-replaced', pointer: POINTER, reason: 'not an object', before: [{ package: { name: 'a-package' } }], after: { summary: 'string' } };

const CASES: Array<[string, { given: { raw: string; result: string; fixes?: ExampleFix[] }; want: Want }]> = [
  ['a result holding every fact passes', { given: { raw: withExample(RAW), result: withExample(RAW) }, want: { document: withExample(RAW) } }],
  ['an example replaced as a whole is found when the report records the fix', { given: { raw: withExample(RAW), result: withExample('{summary: string}'), fixes: [replaced] }, want: { document: withExample('{summary: string}'), transformations: [replaced] } }],
  [
    'an example changed without a recorded fix is lost',
    { given: { raw: withExample(RAW), result: withExample('{summary: string}') }, want: { error: /^manifest\.yaml: normalization lost 1 of \d+ facts of the sources: example \[\{"package":\{"name":"a-package"\}\}\]$/ } },
  ],
  [
    'a dropped operation, parameter, property, enum value and description are each lost',
    {
      given: {
        raw: "openapi: 3.1.0\npaths: {/a: {get: {description: Lists them., parameters: [{name: q, in: query}], responses: {'200': {description: OK}}}}, /b: {get: {responses: {'200': {description: OK}}}}}\ncomponents: {schemas: {S: {properties: {p: {enum: [x, y]}}}}}\n",
        result: "openapi: 3.1.0\npaths: {/a: {get: {responses: {'200': {description: OK}}}}}\ncomponents: {schemas: {S: {properties: {}}}}\n",
      },
      // The first five of the seven named: enum S.p = "x" and "y" are the other two.
      want: { error: 'manifest.yaml: normalization lost 7 of 10 facts of the sources: parameter GET /a query:q; description Lists them.; operation GET /b; description Lists them.; property S.p' },
    },
  ],
];

describe('lossless pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const context = apiContext({ sources: [source('api.yaml', given.raw)] });
    for (const fix of given.fixes ?? []) context.report.record(fix);
    await expectPass(lossless, yaml(given.result), context, want);
    if (!want.error) expect(context.report.lossless).toEqual({ checked: expect.any(Number), missing: 0 });
  });
});

/** One component `T` of a source at `version`. */
const component = (schema: string, version = 'openapi: 3.0.3') => `${version}\npaths: {}\ncomponents: {schemas: {T: ${schema}, U: {type: object}}}\n`;
const U = "'#/components/schemas/U'";

const REWRITES: Array<[string, { given: { raw: string; result: string }; want: Want }]> = [
  ['nullable as a null type is found', { given: { raw: component('{properties: {a: {type: string, nullable: true}}}'), result: component("{properties: {a: {type: [string, 'null']}}}") }, want: {} }],
  ['nullable dropped is lost', { given: { raw: component('{properties: {a: {type: string, nullable: true}}}'), result: component('{properties: {a: {type: string}}}') }, want: { error: /lost 1 of \d+ facts of the sources: null T\.a$/ } }],
  ['x-nullable beside $ref as a null branch is found', { given: { raw: component(`{properties: {a: {$ref: ${U}, x-nullable: true}}}`, "swagger: '2.0'"), result: component(`{properties: {a: {anyOf: [{$ref: ${U}}, {type: 'null'}]}}}`) }, want: {} }],
  ['a bare nullable is found in a schema that rejects nothing', { given: { raw: component('{properties: {a: {nullable: true, description: d}}}'), result: component('{properties: {a: {description: d}}}') }, want: {} }],
  ['a boolean exclusiveMinimum is found as the number', { given: { raw: component('{minimum: 0, exclusiveMinimum: true}'), result: component('{exclusiveMinimum: 0}') }, want: {} }],
  ['an exclusive bound read as inclusive is lost', { given: { raw: component('{minimum: 0, exclusiveMinimum: true}'), result: component('{minimum: 0}') }, want: { error: /lost 1 of \d+ facts of the sources: bound T > 0$/ } }],
  ['ge is found as minimum', { given: { raw: component('{ge: 1, lt: 5}', 'openapi: 3.1.0'), result: component('{minimum: 1, exclusiveMaximum: 5}') }, want: {} }],
  ['ge dropped is lost', { given: { raw: component('{ge: 1}', 'openapi: 3.1.0'), result: component('{}') }, want: { error: /lost 1 of \d+ facts of the sources: bound T >= 1$/ } }],
  ['a property\'s required: true is found in its parent\'s list', { given: { raw: component('{properties: {a: {type: string, required: true}}}'), result: component('{required: [a], properties: {a: {type: string}}}') }, want: {} }],
  ['a required property made optional is lost', { given: { raw: component('{required: [a], properties: {a: {type: string}}}'), result: component('{properties: {a: {type: string}}}') }, want: { error: /lost 1 of \d+ facts of the sources: required T\.a$/ } }],
  ['an unknown keyword is found as its extension, with its value', { given: { raw: component('{omitempty: true, x-go-name: T}'), result: component('{x-omitempty: true, x-go-name: T}') }, want: {} }],
  ['an unknown keyword dropped, or its value changed, is lost', {
    given: { raw: component('{omitempty: true, x-go-name: T}'), result: component('{x-go-name: U}') },
    want: { error: /lost 2 of \d+ facts of the sources: keyword T omitempty=true; keyword T go-name="T"$/ },
  }],
];

describe('lossless pass, version and keyword rewrites', () => {
  it.each(REWRITES)('%s', async (_name, { given, want }) => {
    const context = apiContext({ sources: [source('api.yaml', given.raw)] });
    await expectPass(lossless, yaml(given.result), context, want);
  });
});

const SWAGGER_2 = `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      parameters: [{name: pet, in: body, schema: {type: object, properties: {name: {type: string, x-nullable: true}}}}]
      responses: {'200': {description: ok, examples: {application/json: {name: Rex}}}}
  /pets/{id}/photo:
    put:
      consumes: [multipart/form-data]
      parameters: [{name: id, in: path, required: true, type: string}, {name: caption, in: formData, type: string}]
      responses: {'204': {description: done}}
definitions:
  Pet: {type: object, properties: {age: {type: integer, minimum: 0, exclusiveMinimum: true}}}
`;

describe('lossless pass, a Swagger 2.0 source read in its own shape', () => {
  const converted = async () => (await convertSource(input('api.yaml', SWAGGER_2), manifest(), new NormalizationReport())).document;

  it('finds every fact of the source after the sources phase', async () => {
    const context = apiContext({ sources: [source('api.yaml', SWAGGER_2)] });
    await lossless.run(await converted(), context);
    expect(context.report.lossless).toEqual({ checked: expect.any(Number), missing: 0 });
    expect(context.report.lossless.checked).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['the body', (document: JsonObject) => delete (resolvePointer(document, '/paths/~1pets/post') as JsonObject).requestBody, /body POST \/pets/],
    ['a formData field', (document: JsonObject) => delete (resolvePointer(document, '/paths/~1pets~1{id}~1photo/put/requestBody/content/multipart~1form-data/schema/properties') as JsonObject).caption, /parameter PUT \/pets\/\{id\}\/photo formData:caption/],
    ['a response example', (document: JsonObject) => delete (resolvePointer(document, '/paths/~1pets/post/responses/200/content/application~1json') as JsonObject).examples, /example \{"name":"Rex"\}/],
    ['a definition\'s bound', (document: JsonObject) => delete (resolvePointer(document, '/components/schemas/Pet/properties/age') as JsonObject).exclusiveMinimum, /bound Pet\.age > 0/],
    ['a body property\'s null', (document: JsonObject) => ((resolvePointer(document, '/paths/~1pets/post/requestBody/content/application~1json/schema/properties/name') as JsonObject).type = 'string'), /null POST \/pets body application\/json\.name/],
  ])('finds %s missing', async (_what, lose, missing) => {
    const document = await converted();
    lose(document);
    expect(() => lossless.run(document, apiContext({ sources: [source('api.yaml', SWAGGER_2)] }))).toThrow(missing);
  });
});
