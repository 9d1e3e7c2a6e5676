/** Unknown schema keywords: the known ones become JSON Schema's, any other is kept as an x- extension; none is dropped. */
import { describe, expect, it } from 'vitest';
import { schemaKeywords } from '../../../src/normalize/sources/schema-keywords.js';
import { expectIdempotentSourcePass, type Want } from '../given.js';

const component = (schema: string) => `openapi: 3.1.0\ncomponents:\n  schemas:\n    T: ${schema}\n`;
const entry = (kind: string, before: string, after: string, at = '/components/schemas/T') => ({ kind: kind as never, source: 'api.yaml', pointer: `${at}/${before}`, before, after });

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['ge, le, gt, lt become minimum, maximum, exclusiveMinimum, exclusiveMaximum', {
    given: component('{type: object, properties: {a: {type: integer, ge: 1, le: 10}, b: {type: number, gt: 0, lt: 1}}}'),
    want: {
      document: component('{type: object, properties: {a: {type: integer, minimum: 1, maximum: 10}, b: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1}}}'),
      transformations: [
        entry('schema-keyword-to-standard', 'ge', 'minimum', '/components/schemas/T/properties/a'),
        entry('schema-keyword-to-standard', 'le', 'maximum', '/components/schemas/T/properties/a'),
        entry('schema-keyword-to-standard', 'gt', 'exclusiveMinimum', '/components/schemas/T/properties/b'),
        entry('schema-keyword-to-standard', 'lt', 'exclusiveMaximum', '/components/schemas/T/properties/b'),
      ],
    },
  }],
  ['ge beside the same minimum merges into it', {
    given: component('{type: integer, minimum: 1, ge: 1}'),
    want: { document: component('{type: integer, minimum: 1}'), transformations: [entry('schema-keyword-to-standard', 'ge', 'minimum')] },
  }],
  ['ge beside another minimum is kept as an extension (which bound was meant is not ours to choose)', {
    given: component('{type: integer, minimum: 0, ge: 1}'),
    want: { document: component('{type: integer, minimum: 0, x-ge: 1}'), transformations: [entry('schema-keyword-to-extension', 'ge', 'x-ge')] },
  }],
  ['a non-numeric ge is kept as an extension', {
    given: component('{type: string, ge: a}'),
    want: { document: component('{type: string, x-ge: a}'), transformations: [entry('schema-keyword-to-extension', 'ge', 'x-ge')] },
  }],
  ['an unknown keyword is kept as x-<keyword>, with its value', {
    given: component('{type: string, omitempty: true, nullable: "yes", units: {per: second}}'),
    want: {
      document: component('{type: string, x-omitempty: true, x-nullable: "yes", x-units: {per: second}}'),
      transformations: [entry('schema-keyword-to-extension', 'omitempty', 'x-omitempty'), entry('schema-keyword-to-extension', 'nullable', 'x-nullable'), entry('schema-keyword-to-extension', 'units', 'x-units')],
    },
  }],
  ['an extension of that name with another value is not overwritten', {
    given: component('{type: string, units: s, x-units: ms}'),
    want: { document: component('{type: string, x-units: ms, x-units-2: s}'), transformations: [entry('schema-keyword-to-extension', 'units', 'x-units-2')] },
  }],
  ['JSON Schema and OpenAPI keywords, extensions, and property names are left alone', {
    given: component('{type: object, $comment: c, discriminator: {propertyName: ge}, xml: {name: t}, example: {ge: 1}, x-ge: 2, properties: {ge: {type: integer}, lt: {type: integer}}}'),
    want: { document: component('{type: object, $comment: c, discriminator: {propertyName: ge}, xml: {name: t}, example: {ge: 1}, x-ge: 2, properties: {ge: {type: integer}, lt: {type: integer}}}') },
  }],
  ['a key named __proto__ is data: kept as the own key x-__proto__', {
    given: component('{type: string, __proto__: {polluted: true}}'),
    want: { transformations: [entry('schema-keyword-to-extension', '__proto__', 'x-__proto__')] },
  }],
];

describe('schema-keywords pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    await expectIdempotentSourcePass(schemaKeywords, given, want);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const REQUIRED_FLAGS: Array<[string, { given: string; want: Want }]> = [
  ["a property's required: true joins its parent's list (influxdata's DBRPGet.content, beside a $ref)", {
    given: component("{type: object, required: [a], properties: {a: {type: string}, content: {$ref: '#/components/schemas/T', required: true}, b: {type: string, required: false}}}"),
    want: {
      document: component("{type: object, required: [a, content], properties: {a: {type: string}, content: {$ref: '#/components/schemas/T'}, b: {type: string}}}"),
      transformations: [
        { kind: 'required-flag-to-list', pointer: '/components/schemas/T/properties/content/required', before: 'required', after: 'required' },
        { kind: 'required-flag-to-list', pointer: '/components/schemas/T/properties/b/required', before: 'required', after: '' },
      ],
    },
  }],
  ['a boolean required that is no property\'s is kept as x-required', {
    given: component('{type: object, required: true}'),
    want: { document: component('{type: object, x-required: true}'), transformations: [{ kind: 'schema-keyword-to-extension', pointer: '/components/schemas/T/required', before: 'required', after: 'x-required' }] },
  }],
];

describe('schema-keywords pass, boolean required', () => {
  it.each(REQUIRED_FLAGS)('%s', async (_name, { given, want }) => {
    await expectIdempotentSourcePass(schemaKeywords, given, want);
  });
});
