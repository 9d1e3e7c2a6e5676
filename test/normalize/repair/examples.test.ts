/**
 * Examples that break their own schema: an optional value dropped, a
 * required one replaced by a sampled value, each reported with what it was.
 */
import { describe, expect, it } from 'vitest';
import { examples, MAX_SAMPLED_BYTES } from '../../../src/normalize/repair/examples.js';
import { apiContext, expectPass, yaml, type Want } from '../given.js';

const document = (example: string) => `openapi: 3.1.0
paths:
  /t:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/T'}, examples: {example: {value: ${example}}}}}}
      responses: {'200': {description: OK}}
components:
  schemas:
    T:
      type: object
      properties:
        name: {type: string, pattern: '^[a-z-]+$'}
        initial_url: {type: string, format: uri}
        max_duration: {type: integer}
      required: [name]
`;
const VALUE = '/paths/~1t/post/requestBody/content/application~1json/examples/example/value';

const CASES: Array<[string, { given: string; want: Want }]> = [
  [
    'an optional placeholder that violates its format is dropped and reported',
    {
      given: document("{name: web-scraper, initial_url: '<string>', max_duration: 123}"),
      want: {
        document: document('{name: web-scraper, max_duration: 123}'),
        transformations: [{ kind: 'example-invalid-value-dropped', pointer: `${VALUE}/initial_url`, reason: '"<string>" must match format "uri"; optional, so dropped', before: '<string>' }],
      },
    },
  ],
  [
    'valid examples, placeholders included, are left alone',
    { given: document("{name: ok, initial_url: 'https://example.com', max_duration: 123}"), want: { document: document("{name: ok, initial_url: 'https://example.com', max_duration: 123}") } },
  ],
  [
    'a value that cannot be fixed safely (under a oneOf branch) is warned about and kept',
    {
      given: "openapi: 3.1.0\ncomponents: {schemas: {U: {oneOf: [{type: string}, {type: integer}], example: [1]}}}\n",
      want: {
        document: "openapi: 3.1.0\ncomponents: {schemas: {U: {oneOf: [{type: string}, {type: integer}], example: [1]}}}\n",
        warnings: [{ kind: 'example-invalid', pointer: '/components/schemas/U/example' }],
      },
    },
  ],
];

/** A required object whose smallest sample is larger than an example may become: 64 required properties of 100 characters each. */
const WIDE = `openapi: 3.1.0
components:
  schemas:
    Wide:
      type: object
      required: [${Array.from({ length: 64 }, (_, index) => `p${index}`).join(', ')}]
      properties: {${Array.from({ length: 64 }, (_, index) => `p${index}: {type: string, minLength: 100}`).join(', ')}}
    Holder:
      type: object
      required: [wide]
      properties: {wide: {$ref: '#/components/schemas/Wide'}}
      example: {wide: 1}
`;

describe('examples pass', () => {
  it('keeps the published value, with a warning, rather than put a sample larger than the bound in its place', async () => {
    expect(64 * 100).toBeGreaterThan(MAX_SAMPLED_BYTES);
    await expectPass(examples, yaml(WIDE), apiContext(), {
      document: WIDE,
      warnings: [{ kind: 'example-invalid', pointer: '/components/schemas/Holder/example/wide', message: expect.stringContaining(`no sampled value of at most ${MAX_SAMPLED_BYTES} bytes`) }],
    });
  });

  it.each(CASES)('%s', async (_name, { given, want }) => {
    await expectPass(examples, yaml(given), apiContext(), want);
  });

  it('replaces a required placeholder with a schema-valid value, keeping key order, and records both', async () => {
    const context = apiContext();
    const fixed = await examples.run(yaml(document("{name: '<string>', max_duration: 123}")), context);
    const value = ((((fixed.paths as never)['/t'] as never)['post'] as never)['requestBody'] as { content: Record<string, { examples: { example: { value: Record<string, unknown> } } }> }).content['application/json']!.examples.example.value;
    expect(Object.keys(value)).toEqual(['name', 'max_duration']);
    expect(value.name).toMatch(/^[a-z-]+$/);
    expect(context.report.transformations).toEqual([
      { kind: 'example-invalid-value-replaced', pointer: `${VALUE}/name`, reason: expect.stringMatching(/^"<string>" must match pattern .*; required, so replaced by a sampled value$/), before: '<string>', after: value.name },
    ]);
  });
});
