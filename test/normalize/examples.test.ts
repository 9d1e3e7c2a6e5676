import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/openapi/types.js';
import { fixInvalidExamples } from '../../src/normalize/examples.js';
import { NormalizationReport } from '../../src/normalize/report.js';

const document = (example: unknown): JsonObject => ({
  openapi: '3.1.0',
  paths: {
    '/t': {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/T' }, examples: { example: { value: example } } } } },
        responses: { '200': { description: 'OK' } },
      },
    },
  },
  components: {
    schemas: {
      T: {
        type: 'object',
        properties: {
          name: { type: 'string', pattern: '^[a-z-]+$' },
          initial_url: { type: 'string', format: 'uri' },
          max_duration: { type: 'integer' },
        },
        required: ['name'],
      },
    },
  },
});

const exampleOf = (doc: JsonObject) =>
  ((((doc.paths as JsonObject)['/t'] as JsonObject).post as JsonObject).requestBody as { content: Record<string, { examples: { example: { value: unknown } } }> }).content['application/json']!.examples.example.value;

describe('fixInvalidExamples', () => {
  it('drops an optional placeholder that violates its format, and reports it', () => {
    const doc = document({ name: 'web-scraper', initial_url: '<string>', max_duration: 123 });
    const report = new NormalizationReport();
    fixInvalidExamples(doc, report);
    expect(exampleOf(doc)).toEqual({ name: 'web-scraper', max_duration: 123 });
    expect(report.transformations).toEqual([
      expect.objectContaining({
        kind: 'example-invalid-value-dropped',
        pointer: '/paths/~1t/post/requestBody/content/application~1json/examples/example/value/initial_url',
        before: '<string>',
      }),
    ]);
  });

  it('replaces a required placeholder with a schema-valid value, keeping key order', () => {
    const doc = document({ name: '<string>', max_duration: 123 });
    const report = new NormalizationReport();
    fixInvalidExamples(doc, report);
    const fixed = exampleOf(doc) as JsonObject;
    expect(Object.keys(fixed)).toEqual(['name', 'max_duration']);
    expect(fixed.name).toMatch(/^[a-z-]+$/);
    expect(report.transformations[0]).toMatchObject({ kind: 'example-invalid-value-replaced', before: '<string>', after: fixed.name });
  });

  it('leaves valid examples (placeholders included) alone: it is idempotent', () => {
    const doc = document({ name: 'ok', max_duration: 123 });
    const report = new NormalizationReport();
    fixInvalidExamples(doc, report);
    expect(exampleOf(doc)).toEqual({ name: 'ok', max_duration: 123 });
    expect(report.transformations).toEqual([]);
  });
});
