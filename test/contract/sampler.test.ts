/**
 * The request sampler (src/contract/sampler.ts): every value it makes is
 * valid against its schema, whatever the constraint, the same for the same
 * seed, and an untrusted pattern never hangs it: one it cannot sample
 * safely is skipped, and the value says so.
 */
import { describe, expect, it } from 'vitest';
import { patternProblem, sampleSchema } from '../../src/contract/sampler.js';
import { DocumentValidator } from '../../src/schema-validator.js';
import type { JsonObject } from '../../src/openapi/types.js';

const CONSTRAINED: Array<[string, JsonObject]> = [
  ['a pattern of alternatives (a task version: draft, latest or a number)', { type: 'string', pattern: '^(draft|latest|\\d+)$' }],
  ['a pattern with counts', { type: 'string', pattern: '^[A-Z]{2}-\\d{4}$' }],
  ['an unanchored pattern with lengths', { type: 'string', pattern: '[a-z]+_[0-9]+', minLength: 12, maxLength: 16 }],
  ['a uuid', { type: 'string', format: 'uuid' }],
  ['a date-time', { type: 'string', format: 'date-time' }],
  ['an email', { type: 'string', format: 'email' }],
  ['a uri', { type: 'string', format: 'uri' }],
  ['lengths', { type: 'string', minLength: 20, maxLength: 21 }],
  ['long free text', { type: 'string', minLength: 100, maxLength: 1000 }],
  ['bounds and a multiple', { type: 'integer', minimum: 5, maximum: 50, multipleOf: 5 }],
  ['exclusive bounds', { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }],
  ['an enum', { type: 'string', enum: ['queued', 'running'] }],
  ['a const', { const: 'v2' }],
  ['an array of patterned strings', { type: 'array', minItems: 2, maxItems: 3, items: { type: 'string', pattern: '^task_[0-9a-f]{6}$' } }],
  ['an object through a $ref', { $ref: '#/components/schemas/Task' }],
];

const document: JsonObject = {
  openapi: '3.1.0',
  components: {
    schemas: {
      Task: {
        type: 'object',
        required: ['id', 'version'],
        properties: {
          id: { type: 'string', pattern: '^task_[0-9a-f]{6}$' },
          version: { type: 'string', pattern: '^(draft|latest|\\d+)$' },
          retries: { type: 'integer', minimum: 0, maximum: 3 },
          createdAt: { type: 'string', format: 'date-time', readOnly: true },
        },
      },
    },
  },
};

describe('sampleSchema', () => {
  it.each(CONSTRAINED)('samples %s valid against the schema, for every seed', (_name, schema) => {
    const validator = new DocumentValidator({ ...document, 'x-schema': schema });
    for (let seed = 1; seed <= 25; seed++) {
      const sampled = sampleSchema(document, schema, seed);
      expect(sampled.fallback, JSON.stringify(sampled.value)).toBeUndefined();
      expect(validator.validate('/x-schema', sampled.value), JSON.stringify(sampled.value)).toEqual([]);
    }
  });

  it('keeps free text short where the schema allows it, and only there', () => {
    for (let seed = 1; seed <= 25; seed++) {
      expect((sampleSchema(document, { type: 'string', maxLength: 1000 }, seed).value as string).length).toBeLessThanOrEqual(32);
      expect((sampleSchema(document, { type: 'string', minLength: 40 }, seed).value as string).length).toBe(40);
      expect(sampleSchema(document, { type: 'string', pattern: '^[a-z]{40}$' }, seed).value).toMatch(/^[a-z]{40}$/);
    }
  });

  it('gives the same value for the same seed', () => {
    const schema = { $ref: '#/components/schemas/Task' };
    expect(sampleSchema(document, schema, 7)).toEqual(sampleSchema(document, schema, 7));
  });

  it('leaves read-only properties out of a request', () => {
    const { value } = sampleSchema(document, { $ref: '#/components/schemas/Task' });
    expect(value).toMatchObject({ id: expect.stringMatching(/^task_/) });
    expect(value).not.toHaveProperty('createdAt');
  });

  it.each([
    ['a lookahead (not linear)', '^(?=x)abc$', /lookahead|not supported|unsupported/i],
    ['a backreference', '^(a)\\1$', /backreference/],
    ['nested repeat counts over RE2’s limit', '^(a{1000}){1000}$', /./],
    ['nested repeat counts over RE2’s limit, in alternatives', '^(x(a{200}|b{400}){20}){2}$', /invalid repeat count/],
    ['sequential repeat counts asking for 10,001 characters', `^${'[a-z]{1000}'.repeat(10)}x$`, /ask for 10001 characters/],
    ['sequential repeat counts in a group', `^(${'a{1000}'.repeat(5)}|b)(${'c{1000}'.repeat(5)}|d)x$`, /ask for 10001 characters/],
    ['a count over RE2’s limit', '^a{100000}$', /./],
  ])('skips %s, says why, and stays quick', (_name, pattern, reason) => {
    expect(patternProblem(pattern)).toMatch(reason);
    const started = Date.now();
    const sampled = sampleSchema(document, { type: 'string', pattern });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(sampled.fallback).toContain(`pattern ${JSON.stringify(pattern)} not sampled`);
    expect(typeof sampled.value).toBe('string');
  });

  it('samples long but bounded patterns', () => {
    for (const pattern of ['^[a-z]{200}-[0-9]{100}$', '^(ab{10}){50}$', '^\\{a{3}\\}$']) {
      expect(patternProblem(pattern), pattern).toBeUndefined();
      expect(sampleSchema(document, { type: 'string', pattern })).toEqual({ value: expect.stringMatching(new RegExp(pattern)) });
    }
  });

  it('samples a catastrophic-backtracking pattern (linear on RE2) without hanging', () => {
    const started = Date.now();
    const sampled = sampleSchema(document, { type: 'string', pattern: '^(a+)+$' });
    expect(sampled).toEqual({ value: expect.stringMatching(/^a+$/) });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
