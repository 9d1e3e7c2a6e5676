/** A schema $ref with sibling assertions: the conjunction 3.1 reads, made explicit as allOf; annotations stay. */
import { describe, it } from 'vitest';
import { refSiblings } from '../../../src/normalize/sources/ref-siblings.js';
import { expectIdempotentSourcePass, type Want } from '../given.js';

const component = (schema: string) => `openapi: 3.1.0\ncomponents:\n  schemas:\n    U: {type: object}\n    T: ${schema}\n`;
const U = "'#/components/schemas/U'";

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['a description (or other annotation) beside $ref stays: 3.1 allows it', {
    given: component(`{$ref: ${U}, description: d, default: {}, example: {}, readOnly: true, x-omitempty: true}`),
    want: { document: component(`{$ref: ${U}, description: d, default: {}, example: {}, readOnly: true, x-omitempty: true}`) },
  }],
  ['a type beside $ref (xero, together): allOf', {
    given: component(`{$ref: ${U}, type: object, description: d}`),
    want: {
      document: component(`{type: object, description: d, allOf: [{$ref: ${U}}]}`),
      transformations: [{ kind: 'ref-siblings-to-allof', source: 'api.yaml', pointer: '/components/schemas/T', before: ['type'] }],
    },
  }],
  ['an allOf beside $ref gets the reference first', {
    given: component(`{$ref: ${U}, allOf: [{required: [a]}], properties: {a: {type: string}}}`),
    want: {
      document: component(`{allOf: [{$ref: ${U}}, {required: [a]}], properties: {a: {type: string}}}`),
      transformations: [{ kind: 'ref-siblings-to-allof', pointer: '/components/schemas/T', before: ['allOf', 'properties'] }],
    },
  }],
  ['in a property and a response schema too', {
    given: `openapi: 3.1.0\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {p: {$ref: ${U}, enum: [{}]}}}}}}\ncomponents:\n  schemas:\n    U: {type: object}\n`,
    want: {
      document: `openapi: 3.1.0\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {p: {enum: [{}], allOf: [{$ref: ${U}}]}}}}}}\ncomponents:\n  schemas:\n    U: {type: object}\n`,
      transformations: [{ kind: 'ref-siblings-to-allof', pointer: '/paths/~1a/get/responses/200/content/application~1json/schema/properties/p', before: ['enum'] }],
    },
  }],
];

describe('ref-siblings pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    await expectIdempotentSourcePass(refSiblings, given, want);
  });
});
