/** A draft-4 tuple (`items` as a list, `additionalItems` for the rest) as 2020-12's `prefixItems` and `items`, in any version. */
import { describe, expect, it } from 'vitest';
import { convertSource } from '../../../src/normalize/pipeline.js';
import { tupleItems } from '../../../src/normalize/sources/tuple-items.js';
import { checkLossless } from '../../../src/normalize/verify/lossless.js';
import { NormalizationReport } from '../../../src/normalize/report.js';
import { expectIdempotentSourcePass, input, manifest, yaml, type Want } from '../given.js';

const v30 = (schema: string) => `openapi: 3.0.3\ncomponents:\n  schemas:\n    T: ${schema}\n`;
const v31 = (schema: string) => v30(schema).replace('3.0.3', '3.1.0');
const entry = (kind: string, pointer: string, before: object) => ({ kind: kind as never, source: 'api.yaml', pointer, before });
const at = (path = '') => `/components/schemas/T${path}/items`;

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['a list of two schemas (3.0): its positions', {
    given: v30('{type: array, items: [{type: string}, {type: integer}]}'),
    want: { document: v30('{type: array, prefixItems: [{type: string}, {type: integer}]}'), transformations: [entry('tuple-items-to-prefix-items', at(), { items: [{ type: 'string' }, { type: 'integer' }] })] },
  }],
  ['a list of one is a tuple of one, not every item (3.1)', {
    given: v31('{type: array, items: [{type: string}]}'),
    want: { document: v31('{type: array, prefixItems: [{type: string}]}'), transformations: [entry('tuple-items-to-prefix-items', at(), { items: [{ type: 'string' }] })] },
  }],
  ['additionalItems: false closes the tuple', {
    given: v30('{type: array, items: [{type: string}], additionalItems: false}'),
    want: { document: v30('{type: array, prefixItems: [{type: string}], items: false}'), transformations: [entry('tuple-items-to-prefix-items', at(), { items: [{ type: 'string' }], additionalItems: false })] },
  }],
  ['additionalItems as a schema is what the later positions hold', {
    given: v30('{type: array, items: [{type: string}], additionalItems: {type: integer}}'),
    want: { document: v30('{type: array, prefixItems: [{type: string}], items: {type: integer}}'), transformations: [entry('tuple-items-to-prefix-items', at(), { items: [{ type: 'string' }], additionalItems: { type: 'integer' } })] },
  }],
  ['additionalItems: true is the default: it goes', {
    given: v30('{type: array, items: [{type: string}], additionalItems: true}'),
    want: { document: v30('{type: array, prefixItems: [{type: string}]}'), transformations: [entry('tuple-items-to-prefix-items', at(), { items: [{ type: 'string' }], additionalItems: true })] },
  }],
  ['boolean positions are schemas too', {
    given: v31('{type: array, items: [true, {type: string}]}'),
    want: { document: v31('{type: array, prefixItems: [true, {type: string}]}'), transformations: [entry('tuple-items-to-prefix-items', at(), { items: [true, { type: 'string' }] })] },
  }],
  ['an empty list constrains nothing: removed', {
    given: v30('{type: array, items: []}'),
    want: { document: v30('{type: array}'), transformations: [entry('tuple-items-empty-removed', at(), { items: [] })] },
  }],
  ['an empty list with additionalItems: every position holds what additionalItems says', {
    given: v30('{type: array, items: [], additionalItems: {type: string}}'),
    want: { document: v30('{type: array, items: {type: string}}'), transformations: [entry('tuple-items-empty-removed', at(), { items: [], additionalItems: { type: 'string' } })] },
  }],
  ['a list beside a prefixItems of its own has no one reading: left for the final validation', {
    given: v31('{type: array, prefixItems: [{type: string}], items: [{type: integer}]}'),
    want: { document: v31('{type: array, prefixItems: [{type: string}], items: [{type: integer}]}') },
  }],
  // A nested tuple is met once its parent is rewritten: its pointer is under the parent's prefixItems.
  ['nested tuples, in properties and in a tuple\'s own positions', {
    given: v30('{type: object, properties: {p: {type: array, items: [{type: array, items: [{type: number}]}]}}}'),
    want: {
      document: v30('{type: object, properties: {p: {type: array, prefixItems: [{type: array, prefixItems: [{type: number}]}]}}}'),
      transformations: [{ kind: 'tuple-items-to-prefix-items', pointer: at('/properties/p') }, { kind: 'tuple-items-to-prefix-items', pointer: at('/properties/p/prefixItems/0') }],
    },
  }],
  ['items as one schema is left as it is', {
    given: v30('{type: array, items: {type: string}, additionalItems: false}'),
    want: { document: v30('{type: array, items: {type: string}, additionalItems: false}') },
  }],
  ['a list of names is no tuple: the final validation names it', {
    given: v30('{type: array, items: [string, integer]}'),
    want: { document: v30('{type: array, items: [string, integer]}') },
  }],
  ['an example holding an items list is data, not a schema', {
    given: v30('{type: object, example: {items: [{type: string}]}}'),
    want: { document: v30('{type: object, example: {items: [{type: string}]}}') },
  }],
];

const SWAGGER_2 = `swagger: '2.0'
info: {title: T, version: '1'}
parameters:
  Shared: {name: s, in: body, schema: {type: array, items: [{type: string}]}}
responses:
  Pair: {description: OK, schema: {type: array, items: [{type: string}, {type: integer}]}}
paths:
  /u:
    parameters:
      - {name: p, in: body, schema: {type: array, items: [{type: boolean}]}}
    put:
      responses: {'204': {description: Done}}
  /t:
    post:
      parameters:
        - {name: b, in: body, schema: {type: array, items: [{type: string}], additionalItems: false}}
        - {name: q, in: query, type: array, items: {type: string}}
      responses:
        '200': {description: OK, schema: {type: array, items: [{$ref: '#/definitions/T'}]}}
definitions:
  T: {type: array, items: [{type: string}, {type: number}]}
`;

describe('tuple-items pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    await expectIdempotentSourcePass(tupleItems, given, want);
  });

  it('reaches every schema of a Swagger 2.0 document, named by its 2.0 pointers, before the converter would make an anyOf of the list', async () => {
    const rewritten = yaml(SWAGGER_2.replace(/items: \[/g, 'prefixItems: [').replace(', additionalItems: false', ', items: false'));
    await expectIdempotentSourcePass(tupleItems, SWAGGER_2, {
      document: rewritten as never,
      transformations: [
        '/definitions/T/items',
        '/parameters/Shared/schema/items',
        '/responses/Pair/schema/items',
        '/paths/~1u/parameters/0/schema/items',
        '/paths/~1t/post/parameters/0/schema/items',
        '/paths/~1t/post/responses/200/schema/items',
      ].map((pointer) => ({ kind: 'tuple-items-to-prefix-items', pointer })),
    });
  });

  it('the lossless proof reads a tuple\'s positions: the converter\'s anyOf would lose them, prefixItems keeps them', () => {
    const raw = yaml(v30('{type: array, items: [{type: string, enum: [a]}, {type: integer}], additionalItems: false}'));
    const asAnyOf = yaml(v31('{type: array, items: {anyOf: [{type: string, enum: [a]}, {type: integer}]}}'));
    const asPrefixItems = yaml(v31('{type: array, prefixItems: [{type: string, enum: [a]}, {type: integer}], items: false}'));
    const lost = checkLossless([raw], asAnyOf, new NormalizationReport()).missing.map((fact) => `${fact.kind} ${fact.key}`);
    expect(lost).toEqual(['property T[0]', 'enum T[0] = "a"', 'type T[0] string', 'property T[1]', 'type T[1] integer', 'keyword T no items after the tuple']);
    expect(checkLossless([raw], asPrefixItems, new NormalizationReport()).missing).toEqual([]);
  });

  it('through the sources phase, a Swagger 2.0 tuple arrives as prefixItems, its references converted with the rest', async () => {
    const report = new NormalizationReport();
    const { document } = await convertSource(input('api.yaml', SWAGGER_2), manifest(), report);
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    expect(schemas.T).toEqual({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: {} });
    const paths = document.paths as Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: unknown }> }> }>>;
    expect(Object.values(paths['/t']!.post!.responses['200']!.content)[0]!.schema).toEqual({ type: 'array', prefixItems: [{ $ref: '#/components/schemas/T' }], items: {} });
    expect(report.transformations.filter((entry) => entry.kind === 'tuple-items-to-prefix-items')).toHaveLength(6);
  });
});
