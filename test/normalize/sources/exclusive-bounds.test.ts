/** Boolean exclusive bounds (2.0, 3.0) as 3.1's numbers, by shape; numeric ones (3.1, huggingface-tgi's 3.0) untouched. */
import { describe, it } from 'vitest';
import { exclusiveBounds } from '../../../src/normalize/sources/exclusive-bounds.js';
import { expectIdempotentSourcePass, type Want } from '../given.js';

const component = (schema: string) => `openapi: 3.0.3\ncomponents:\n  schemas:\n    T: ${schema}\n`;
const entry = (kind: string, keyword: string, before: object) => ({ kind: kind as never, source: 'api.yaml', pointer: `/components/schemas/T/${keyword}`, before });

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['exclusiveMinimum: true with minimum (supabase): the limit moves', {
    given: component('{type: integer, minimum: 0, exclusiveMinimum: true}'),
    want: { document: component('{type: integer, exclusiveMinimum: 0}'), transformations: [entry('exclusive-bound-to-number', 'exclusiveMinimum', { exclusiveMinimum: true, minimum: 0 })] },
  }],
  ['exclusiveMaximum: true with maximum', {
    given: component('{type: number, maximum: 1.5, exclusiveMaximum: true, minimum: 0}'),
    want: { document: component('{type: number, minimum: 0, exclusiveMaximum: 1.5}'), transformations: [entry('exclusive-bound-to-number', 'exclusiveMaximum', { exclusiveMaximum: true, maximum: 1.5 })] },
  }],
  ['exclusiveMinimum: true without minimum bounds nothing: removed', {
    given: component('{type: integer, exclusiveMinimum: true}'),
    want: { document: component('{type: integer}'), transformations: [entry('exclusive-bound-removed', 'exclusiveMinimum', { exclusiveMinimum: true })] },
  }],
  ['exclusiveMinimum: false is the default: removed, minimum kept', {
    given: component('{type: integer, minimum: 1, exclusiveMinimum: false}'),
    want: { document: component('{type: integer, minimum: 1}'), transformations: [entry('exclusive-bound-removed', 'exclusiveMinimum', { exclusiveMinimum: false, minimum: 1 })] },
  }],
  ['a numeric exclusiveMinimum in a 3.0 document (huggingface-tgi) is already 3.1\'s', {
    given: component('{type: integer, exclusiveMinimum: 0, minimum: 0}'),
    want: { document: component('{type: integer, exclusiveMinimum: 0, minimum: 0}') },
  }],
  ['nested properties are reached', {
    given: component('{type: object, properties: {n: {type: integer, maximum: 9, exclusiveMaximum: true}}}'),
    want: {
      document: component('{type: object, properties: {n: {type: integer, exclusiveMaximum: 9}}}'),
      transformations: [{ kind: 'exclusive-bound-to-number', pointer: '/components/schemas/T/properties/n/exclusiveMaximum' }],
    },
  }],
];

describe('exclusive-bounds pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    await expectIdempotentSourcePass(exclusiveBounds, given, want);
  });
});
