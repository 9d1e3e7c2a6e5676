/**
 * nullable/x-nullable in 3.1's words, by shape, wherever a schema is
 * (components, nested properties, parameters, media types), whatever the
 * version the document says; idempotent.
 */
import { describe, it } from 'vitest';
import { nullable } from '../../../src/normalize/sources/nullable.js';
import { expectIdempotentSourcePass, type Want } from '../given.js';

const component = (schema: string) => `openapi: 3.1.0\ncomponents:\n  schemas:\n    T: ${schema}\n`;
const entry = (kind: string, before: object, pointer = '/components/schemas/T') => ({ kind: kind as never, source: 'api.yaml', pointer, before });

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['nullable with a type: null joins the type', {
    given: component('{type: string, nullable: true, description: d}'),
    want: { document: component("{type: [string, 'null'], description: d}"), transformations: [entry('nullable-to-type-null', { nullable: true })] },
  }],
  ['nullable with a type array: null is added once', {
    given: component("{type: [string, integer], nullable: true}"),
    want: { document: component("{type: [string, integer, 'null']}"), transformations: [entry('nullable-to-type-null', { nullable: true })] },
  }],
  ['nullable with an enum: null joins the enum too', {
    given: component('{type: string, enum: [a, b], nullable: true}'),
    want: { document: component("{type: [string, 'null'], enum: [a, b, null]}"), transformations: [entry('nullable-to-type-null', { nullable: true })] },
  }],
  ['nullable beside $ref: a null branch, annotations stay outside', {
    given: component("{$ref: '#/components/schemas/U', nullable: true, description: d, x-go-name: U}\n    U: {type: object}"),
    want: {
      document: component("{description: d, x-go-name: U, anyOf: [{$ref: '#/components/schemas/U'}, {type: 'null'}]}\n    U: {type: object}"),
      transformations: [entry('nullable-to-null-branch', { nullable: true })],
    },
  }],
  ['nullable beside allOf without a type (huggingface-tgi, box): a null branch', {
    given: component("{allOf: [{$ref: '#/components/schemas/U'}], nullable: true, default: null}\n    U: {type: object}"),
    want: {
      document: component("{default: null, anyOf: [{allOf: [{$ref: '#/components/schemas/U'}]}, {type: 'null'}]}\n    U: {type: object}"),
      transformations: [entry('nullable-to-null-branch', { nullable: true })],
    },
  }],
  ['nullable with a type and a oneOf: the type cannot admit null alone, a null branch', {
    given: component('{type: object, oneOf: [{required: [a]}, {required: [b]}], nullable: true}'),
    want: { document: component("{anyOf: [{type: object, oneOf: [{required: [a]}, {required: [b]}]}, {type: 'null'}]}"), transformations: [entry('nullable-to-null-branch', { nullable: true })] },
  }],
  ['nullable without any assertion (supabase\'s bare {nullable: true}) allows null already', {
    given: component('{nullable: true, description: anything}'),
    want: { document: component('{description: anything}'), transformations: [entry('nullable-already-allowed', { nullable: true })] },
  }],
  ['x-nullable (Swagger 2.0) is nullable', {
    given: component("{type: object, x-nullable: true, properties: {a: {type: integer, x-nullable: true}}}"),
    want: {
      document: component("{type: [object, 'null'], properties: {a: {type: [integer, 'null']}}}"),
      transformations: [entry('nullable-to-type-null', { 'x-nullable': true }), entry('nullable-to-type-null', { 'x-nullable': true }, '/components/schemas/T/properties/a')],
    },
  }],
  ['x-nullable beside $ref (docker)', {
    given: component("{$ref: '#/components/schemas/U', x-nullable: true, description: d}\n    U: {type: object}"),
    want: {
      document: component("{description: d, anyOf: [{$ref: '#/components/schemas/U'}, {type: 'null'}]}\n    U: {type: object}"),
      transformations: [entry('nullable-to-null-branch', { 'x-nullable': true })],
    },
  }],
  ['nullable: false is the default and goes', {
    given: component('{type: string, nullable: false}'),
    want: { document: component('{type: string}'), transformations: [entry('nullable-false-removed', { nullable: false })] },
  }],
  ['a type that has null already: the keyword goes', {
    given: component("{type: [string, 'null'], nullable: true}"),
    want: { document: component("{type: [string, 'null']}"), transformations: [entry('nullable-already-allowed', { nullable: true })] },
  }],
  ['a non-boolean nullable is not this pass\'s (schema-keywords keeps it)', {
    given: component('{type: string, nullable: "yes"}'),
    want: { document: component('{type: string, nullable: "yes"}') },
  }],
  ['parameter, media type and items schemas are reached', {
    given: 'openapi: 3.1.0\npaths:\n  /a:\n    post:\n      parameters: [{name: q, in: query, schema: {type: string, nullable: true}}]\n      requestBody: {content: {application/json: {schema: {type: array, items: {type: integer, nullable: true}}}}}\n',
    want: {
      document: "openapi: 3.1.0\npaths:\n  /a:\n    post:\n      parameters: [{name: q, in: query, schema: {type: [string, 'null']}}]\n      requestBody: {content: {application/json: {schema: {type: array, items: {type: [integer, 'null']}}}}}\n",
      transformations: [
        entry('nullable-to-type-null', { nullable: true }, '/paths/~1a/post/parameters/0/schema'),
        entry('nullable-to-type-null', { nullable: true }, '/paths/~1a/post/requestBody/content/application~1json/schema/items'),
      ],
    },
  }],
];

describe('nullable pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    await expectIdempotentSourcePass(nullable, given, want);
  });
});
