/** A warning for each `oneOf` whose branches cannot be shown disjoint; the document is not changed. */
import { describe, it } from 'vitest';
import { ambiguousOneOfs } from '../../../src/normalize/repair/ambiguous-oneofs.js';
import { apiContext, expectPass, yaml, type Want } from '../given.js';

const quiet = (given: string): { given: string; want: Want } => ({ given, want: { document: given } });

const CASES: Array<[string, { given: string; want: Want }]> = [
  [
    'two object branches either of which an instance may match',
    {
      given: 'components: {schemas: {Shape: {oneOf: [{type: object, properties: {a: {type: string}}}, {type: object, properties: {b: {type: string}}}]}}}\n',
      want: {
        document: 'components: {schemas: {Shape: {oneOf: [{type: object, properties: {a: {type: string}}}, {type: object, properties: {b: {type: string}}}]}}}\n',
        warnings: [{ kind: 'oneof-may-overlap', pointer: '/components/schemas/Shape/oneOf', message: 'oneOf branches 0 and 1 may both match one instance (oneOf then rejects it)' }],
      },
    },
  ],
  ['disjoint types', quiet('components: {schemas: {A: {oneOf: [{type: string}, {type: integer}]}}}\n')],
  ['disjoint consts', quiet('components: {schemas: {B: {oneOf: [{const: 1}, {const: 2}]}}}\n')],
  [
    'a required property whose values tell the branches apart (the proxy config once its type is fixed)',
    quiet(`components:
  schemas:
    ProxyConfig:
      oneOf:
        - {type: object, required: [type], properties: {type: {const: anchor_proxy}, country_code: {type: string}}}
        - {type: object, required: [type], properties: {type: {const: custom}, server: {type: string}}}
`),
  ],
  [
    'branches through $refs',
    quiet("components: {schemas: {A: {oneOf: [{$ref: '#/components/schemas/S'}, {$ref: '#/components/schemas/I'}]}, S: {type: string}, I: {type: integer}}}\n"),
  ],
];

describe('ambiguous-oneofs pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    await expectPass(ambiguousOneOfs, yaml(given), apiContext(), want);
  });
});
