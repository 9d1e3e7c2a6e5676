/**
 * The proof that nothing was lost: every fact of a source, as read, is in
 * the result, an example changed on purpose counting as found only when
 * undoing its recorded fix gives back the published value.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleExternalRefs } from '../../../src/ingest/bundle.js';
import { readableRoots } from '../../../src/ingest/input-file.js';
import { loadSource } from '../../../src/ingest/source.js';
import type { ApiContext } from '../../../src/normalize/pass.js';
import { NormalizationReport } from '../../../src/normalize/report.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { writeTree } from '../../helpers.js';
import type { ExampleFix } from '../../../src/normalize/report.js';
import { lossless } from '../../../src/normalize/verify/lossless.js';
import { convertSource } from '../../../src/normalize/pipeline.js';
import { resolvePointer } from '../../../src/openapi/pointer.js';
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
    'placeholders replaced and dropped are found through their recorded fixes',
    {
      given: {
        raw: withExample("{message: '<string>', hint: '<api-key>', id: 7}"),
        result: withExample('{message: string, id: 7}'),
        fixes: [
          { kind: 'example-placeholder-replaced', pointer: `${POINTER}/message`, reason: 'a placeholder', before: '<string>', after: 'string' },
          { kind: 'example-placeholder-dropped', pointer: `${POINTER}/hint`, reason: 'a placeholder', before: '<api-key>' },
        ],
      },
      want: { document: withExample('{message: string, id: 7}'), transformations: [{ kind: 'example-placeholder-replaced', pointer: `${POINTER}/message` }, { kind: 'example-placeholder-dropped', pointer: `${POINTER}/hint` }] },
    },
  ],
  [
    'a placeholder replaced by another value than the recorded one is lost',
    {
      given: {
        raw: withExample("{message: '<string>'}"),
        result: withExample('{message: other}'),
        fixes: [{ kind: 'example-placeholder-replaced', pointer: `${POINTER}/message`, reason: 'a placeholder', before: '<string>', after: 'string' }],
      },
      want: { error: /normalization lost 1 of \d+ facts of the sources: example \{"message":"<string>"\}$/ },
    },
  ],
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

describe('lossless pass, published operationIds', () => {
  const api = (id: string) => `openapi: 3.1.0\npaths: {/a: {get: {operationId: ${id}, responses: {'200': {description: OK}}}}}\n`;

  it('a published id changed without a record is lost: it names a shipped method', async () => {
    const context = apiContext({ sources: [source('api.yaml', api('listA'))] });
    await expectPass(lossless, yaml(api('getA')), context, { error: /lost 1 of \d+ facts of the sources: operation-id GET \/a listA$/ });
  });

  it('a published id the manifest renames is found through the recorded rename', async () => {
    const context = apiContext({ sources: [source('api.yaml', api('listA'))] });
    context.report.record({ kind: 'operation-id-from-manifest', pointer: '/paths/~1a/get/operationId', before: 'listA', after: 'getA', reason: 'named in the manifest' });
    await expectPass(lossless, yaml(api('getA')), context, { document: api('getA'), transformations: [{ kind: 'operation-id-from-manifest', pointer: '/paths/~1a/get/operationId' }] });
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
  ['a type is found, as a member of a type list or in a combinator\'s branch', {
    given: { raw: component('{properties: {a: {type: integer, nullable: true}, b: {type: [string, integer]}}}', 'openapi: 3.1.0'), result: component("{properties: {a: {type: [integer, 'null']}, b: {oneOf: [{type: string}, {type: integer}]}}}") },
    want: {},
  }],
  ['a type changed, or one of a list dropped, is lost', {
    given: { raw: component('{properties: {a: {type: integer}, b: {type: [string, integer]}}}', 'openapi: 3.1.0'), result: component('{properties: {a: {type: number}, b: {type: string}}}') },
    want: { error: /lost 2 of \d+ facts of the sources: type T\.a integer; type T\.b integer$/ },
  }],
  ['Swagger 2.0\'s file type is found as a string', { given: { raw: component('{type: file}', "swagger: '2.0'"), result: component('{type: string, format: binary}') }, want: {} }],
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

  it('reads a body through the component swagger2openapi makes of one that operations share', async () => {
    const document = await converted();
    const operation = resolvePointer(document, '/paths/~1pets/post') as JsonObject;
    document.components = { ...(document.components as JsonObject), requestBodies: { Pet: operation.requestBody } };
    operation.requestBody = { $ref: '#/components/requestBodies/Pet' };
    const context = apiContext({ sources: [source('api.yaml', SWAGGER_2)] });
    lossless.run(document, context);
    expect(context.report.lossless.missing).toBe(0);
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

/**
 * A multi-file source: the proof reads the root and every file its
 * references name, as they were read, and follows the references itself.
 */
describe('lossless pass, multi-file source', () => {
  const FILES = {
    'api/raw/openapi.yaml': "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /things:\n    $ref: 'paths/things.yaml'\n",
    'api/raw/paths/things.yaml': "get:\n  description: Lists the things.\n  parameters: [{$ref: '../parameters/limit.yaml'}]\n  responses:\n    '200':\n      description: OK\n      content:\n        $ref: '../content/things.yaml'\n",
    'api/raw/parameters/limit.yaml': 'name: limit\nin: query\ndescription: At most this many.\nschema: {type: integer}\n',
    'api/raw/content/things.yaml': "application/json:\n  schema: {$ref: '../models/thing.yaml'}\n  example: {id: t_1, kind: big}\n",
    'api/raw/models/thing.yaml': 'type: object\ndescription: A thing.\nproperties:\n  id: {type: string}\n  kind: {enum: [big, small]}\n',
  };

  async function bundled(): Promise<{ document: JsonObject; context: ApiContext }> {
    const dir = writeTree(FILES);
    const apiDir = join(dir, 'api');
    const loaded = await bundleExternalRefs(loadSource(join(apiDir, 'raw/openapi.yaml')), readableRoots([apiDir], String), String);
    const report = new NormalizationReport(apiDir);
    report.recordBundle(loaded);
    const converted = { file: 'raw/openapi.yaml', loaded, document: loaded.value, locate: (pointer: string) => ({ file: loaded.file, location: { pointer } }) };
    return { document: structuredClone(loaded.value), context: { ...apiContext({ manifest: { ...manifest(), dir: apiDir }, sources: [converted] }), report } };
  }

  it('the bundled document holds every fact of every file', async () => {
    const { document, context } = await bundled();
    await lossless.run(document, context);
    // Operation, parameter, 4 descriptions, 2 properties, 2 enum values, 1 example at least.
    expect(context.report.lossless.checked).toBeGreaterThanOrEqual(11);
    expect(context.report.lossless.missing).toBe(0);
  });

  const LOSSES: Array<[string, (document: JsonObject) => void, RegExp]> = [
    ['a property of a referenced schema file', (document) => delete (document as any).components.schemas.thing.properties.id, /property thing\.id/],
    ['an enum value of a referenced schema file', (document) => (document as any).components.schemas.thing.properties.kind.enum.pop(), /enum thing\.kind = "small"/],
    ['a description from a referenced parameter file', (document) => delete (document as any).components.parameters.limit.description, /description At most this many\./],
    ['the parameter a path item file references', (document) => delete (document as any).paths['/things'].get.parameters, /parameter GET \/things query:limit/],
    ['the operation of a path item file', (document) => delete (document as any).paths['/things'].get, /operation GET \/things/],
    ['an example of a referenced Content map', (document) => delete (document as any).paths['/things'].get.responses['200'].content['application/json'].example, /example \{"id":"t_1","kind":"big"\}/],
    [
      'a schema filed under another name than the report records',
      (document) => {
        const schemas = (document as any).components.schemas;
        schemas.other = schemas.thing;
        delete schemas.thing;
      },
      /property thing\.id/,
    ],
  ];

  it.each(LOSSES)('catches a lost %s', async (_name, lose, missing) => {
    const { document, context } = await bundled();
    lose(document);
    await expect(Promise.resolve().then(() => lossless.run(document, context))).rejects.toThrow(missing);
  });
});
