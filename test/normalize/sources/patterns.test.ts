/**
 * Patterns from a spec are untrusted: example validation runs them in linear
 * time, whatever the field, the example or its size; patterns RE2 cannot run
 * are skipped with a warning; invalid ones fail with their pointer.
 */
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../../src/errors.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { examples } from '../../../src/normalize/repair/examples.js';
import { checkPatterns, schemaPatterns } from '../../../src/normalize/sources/patterns.js';
import { apiContext } from '../given.js';
import { DocumentValidator } from '../../../src/schema-validator.js';

const BOUND_MS = 5_000;

/** One operation whose body and one query parameter use component `T`, each with an example. */
function document(schema: JsonObject, example: unknown): JsonObject {
  return {
    openapi: '3.1.0',
    paths: {
      '/t': {
        post: {
          parameters: [{ name: 'q', in: 'query', schema: { $ref: '#/components/schemas/T/properties/code' }, example: (example as JsonObject).code }],
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/T' }, example } } },
          responses: { '200': { description: 'OK' } },
        },
      },
    },
    components: { schemas: { T: schema } },
  };
}

const HOSTILE = ['^(a+)+$', '^(a|a)*$', '^(a|aa)+$', '^([a-z]+[-.]?)+$', '^(\\w+\\s?)*$'];
const FIELD_SHAPES: Array<[string, (pattern: string) => JsonObject]> = [
  ['a property', (pattern) => ({ type: 'object', properties: { code: { type: 'string', pattern }, other: { type: 'string', pattern } } })],
  ['a nested array item', (pattern) => ({ type: 'object', properties: { code: { type: 'string' }, list: { type: 'array', items: { type: 'string', pattern } } } })],
  ['patternProperties', (pattern) => ({ type: 'object', properties: { code: { type: 'string' } }, patternProperties: { [pattern]: { type: 'integer' } } })],
];
const SIZES = [35, 1_000, 100_000];

describe('example validation with hostile patterns', () => {
  for (const [shape, schemaFor] of FIELD_SHAPES) {
    for (const pattern of HOSTILE) {
      it.each(SIZES)(`${shape}, ${pattern}, payloads of %i characters`, (size) => {
        const bad = `${'a'.repeat(size)}!`;
        // Keys are matched against patternProperties too: one that fails, one that matches with a wrong value.
        const doc = document(schemaFor(pattern), { code: bad, other: bad, list: [bad, bad], [bad]: 'x', ['a'.repeat(size)]: 'x' });
        const context = apiContext();
        const { report } = context;
        const started = performance.now();
        examples.run(doc, context);
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        // The failures are found (not skipped): each is fixed or reported.
        expect(report.transformations.length + report.warnings.length).toBeGreaterThan(0);
      });
    }
  }

  it('still tells a matching value from a failing one', () => {
    const validator = new DocumentValidator(document({ type: 'string', pattern: '^(a+)+$' }, {}));
    expect(validator.validate('/components/schemas/T', 'a'.repeat(10_000))).toEqual([]);
    expect(validator.validate('/components/schemas/T', `${'a'.repeat(10_000)}!`)[0]?.keyword).toBe('pattern');
  });

  it('keeps each pattern apart (Ajv keys compiled patterns by their text)', () => {
    const doc = document({ type: 'object', properties: { code: { type: 'string', pattern: '^A' }, other: { type: 'string', pattern: '^[a-z-]+$' } } }, {});
    const validator = new DocumentValidator(doc);
    expect(validator.validate('/components/schemas/T', { code: 'A1', other: 'web-scraper' })).toEqual([]);
    expect(validator.validate('/components/schemas/T', { code: 'web-scraper', other: 'A1' }).map((error) => error.instancePath)).toEqual(['/code', '/other']);
  });
});

describe('patterns RE2 cannot run', () => {
  it.each(['(a)\\1', '(?=a)a+', 'x(?!y)', 'a{5000}'])('%s is skipped in example validation and reported with its pointer', (pattern) => {
    const doc = document({ type: 'object', properties: { code: { type: 'string', pattern } } }, { code: 'zzz' });
    const context = apiContext();
    const { report } = context;
    examples.run(doc, context);
    expect(report.warnings).toEqual([
      expect.objectContaining({ kind: 'pattern-not-checked', pointer: '/components/schemas/T/properties/code/pattern' }),
    ]);
    expect(report.transformations).toEqual([]);
  });
});

describe('checkPatterns', () => {
  it('finds pattern and patternProperties keys at any depth', () => {
    const doc = document({ type: 'object', properties: { a: { type: 'array', items: { pattern: 'x' } } }, patternProperties: { '^y': {} } }, {});
    expect(schemaPatterns(doc).map(({ pointer }) => pointer)).toEqual([
      '/components/schemas/T/patternProperties/^y',
      '/components/schemas/T/properties/a/items/pattern',
    ]);
  });

  it.each(['[', '(?<n>a)(?<n>b)', '\\_'])('fails on the invalid pattern %s naming its pointer', (pattern) => {
    const doc = document({ type: 'object', properties: { code: { type: 'string', pattern } } }, {});
    expect(() => checkPatterns(doc, (pointer) => ({ file: 'api.yaml', location: { pointer } }))).toThrow(SpecError);
    expect(() => checkPatterns(doc, (pointer) => ({ file: 'api.yaml', location: { pointer } }))).toThrow(/^api\.yaml:#\/components\/schemas\/T\/properties\/code\/pattern: invalid regular expression/);
  });
});
