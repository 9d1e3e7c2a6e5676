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
import { apiContext, expectPass, manifest, source, yaml, type Want } from '../given.js';

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
