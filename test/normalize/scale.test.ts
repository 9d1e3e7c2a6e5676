/**
 * Every normalize pass is linear in the size of its input: large enums,
 * wide `oneOf`s and wide objects finish in time that grows with the size,
 * not its square. Bounds are generous (a hang fails, a slow machine does not):
 * quadratic work on 100,000 values takes hours, the linear passes about a
 * second on a quiet machine, and CI shares its two cores.
 */
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/openapi/types.js';
import { merge } from '../../src/normalize/assemble/merge.js';
import { manifestSettings } from '../../src/normalize/assemble/manifest.js';
import { runPasses } from '../../src/normalize/pass.js';
import { REPAIR_PASSES } from '../../src/normalize/pipeline.js';
import { checkLossless } from '../../src/normalize/verify/lossless.js';
import { apiContext, fragment, manifest } from './given.js';

const document = (schema: JsonObject): JsonObject => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/x': {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/S' }, example: { value: 'v1' } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: { schemas: { S: { type: 'object', properties: { value: schema } } } },
});

/** A bound that catches a hang, not a speed target. */
const BOUND_MS = 60_000;

const values = (count: number, prefix = 'v') => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

const SHAPES: Array<[string, (count: number) => JsonObject]> = [
  ['an enum', (count) => ({ type: 'string', enum: values(count) })],
  ['a oneOf of consts', (count) => ({ oneOf: values(count).map((value) => ({ const: value, title: value })) })],
  ['a oneOf of two identical enums', (count) => ({ oneOf: [{ enum: values(count), title: 'a' }, { enum: values(count), title: 'b' }] })],
  ['a oneOf of two overlapping enums', (count) => ({ oneOf: [{ enum: values(count) }, { enum: [...values(count / 2), ...values(count / 2, 'w')] }] })],
  ['a oneOf of many schemas', (count) => ({ oneOf: values(count / 10).map((value) => ({ type: 'object', required: [value] })) })],
  ['an object of many properties', (count) => ({ type: 'object', properties: Object.fromEntries(values(count / 10).map((value) => [value, { type: 'string', example: value }])) })],
];

describe.each(SHAPES)('%s', (_shape, schemaOf) => {
  it.each([10_000, 40_000, 100_000])('with %i values normalizes and proves lossless within the bound', async (count) => {
    const raw = document(schemaOf(count));
    const context = apiContext();
    const { report } = context;
    const started = performance.now();
    const normalized = await runPasses(REPAIR_PASSES, structuredClone(raw), context);
    expect(checkLossless([raw], normalized, report).missing).toEqual([]);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    // At most one warning per oneOf, however many pairs overlap.
    expect(report.warnings.filter((warning) => warning.kind === 'oneof-may-overlap').length).toBeLessThanOrEqual(1);
  }, 2 * BOUND_MS);
});

describe('document-level lists', () => {
  it.each([10_000, 100_000])('%i servers and tags, some repeated or not objects, merge and apply in linear time', async (count) => {
    const servers = [null, ...Array.from({ length: count }, (_, index) => ({ url: `https://s${index % (count / 2)}.example.test` }))];
    const tags = [null, ...Array.from({ length: count }, (_, index) => ({ name: `t${index % (count / 2)}` }))];
    const given = { ...document({ type: 'string' }), servers, tags } as JsonObject;
    const started = performance.now();
    const sources = [fragment('a.yaml', given), fragment('b.yaml', { ...structuredClone(given), paths: {} })];
    const merged = await merge.run({}, apiContext({ sources }));
    expect(merged.servers).toHaveLength(count / 2 + 1);
    expect(merged.tags).toHaveLength(count / 2);
    await manifestSettings.run(merged, apiContext({ manifest: { ...manifest(), baseUrl: 'https://s1.example.test' } }));
    expect((merged.servers as JsonObject[])[0]).toEqual({ url: 'https://s1.example.test' });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  }, 2 * BOUND_MS);
});
