/**
 * The proof that nothing was lost: every fact of a source, as read, is in
 * the result, an example changed on purpose counting as found only when
 * undoing its recorded fix gives back the published value.
 */
import { describe, expect, it } from 'vitest';
import type { ExampleFix } from '../../../src/normalize/report.js';
import { lossless } from '../../../src/normalize/verify/lossless.js';
import { apiContext, expectPass, source, yaml, type Want } from '../given.js';

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
