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

/** Placeholders that fit their schema: Prism would serve them as the vendor's example. */
const placeholders = (example: string) => `openapi: 3.1.0
paths:
  /p:
    get:
      responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/P'}, example: ${example}}}}}
components:
  schemas:
    P:
      type: object
      required: [message, tag]
      properties:
        message: {type: string, example: '<string>'}
        state: {type: string, enum: [queued, done]}
        items: {type: array, items: {type: object, properties: {label: {type: string}}}}
        hint: {type: string, pattern: '^(<.*>|[0-9]+)$'}
        tag: {type: string, pattern: '^<.*>$'}
`;
const EXAMPLE = '/paths/~1p/get/responses/200/content/application~1json/example';

CASES.push(
  [
    'a placeholder that fits its schema is replaced by the value sampled there (never from the placeholder examples), also inside arrays',
    {
      given: placeholders("{message: '<string>', state: '<string>', items: [{label: '<string>'}, {label: '<html>'}], tag: '<any>'}"),
      want: {
        document: placeholders("{message: string, items: [{label: string}, {label: '<html>'}], tag: '<any>'}").replace("message: {type: string, example: '<string>'}", 'message: {type: string, example: string}'),
        transformations: [
          // Enum-checked: '<string>' broke the schema, so the invalid-value repair took it first.
          { kind: 'example-invalid-value-dropped', pointer: `${EXAMPLE}/state`, reason: expect.any(String), before: '<string>' },
          { kind: 'example-placeholder-replaced', pointer: `${EXAMPLE}/message`, reason: `"<string>" is a generated placeholder, not the vendor's example; replaced by a value sampled from the schema`, before: '<string>', after: 'string' },
          { kind: 'example-placeholder-replaced', pointer: `${EXAMPLE}/items/0/label`, reason: expect.stringContaining('replaced by a value sampled'), before: '<string>', after: 'string' },
          { kind: 'example-placeholder-replaced', pointer: '/components/schemas/P/properties/message/example', reason: expect.any(String), before: '<string>', after: 'string' },
        ],
        warnings: [{ kind: 'example-placeholder-kept', pointer: `${EXAMPLE}/tag`, message: expect.stringContaining('cannot be dropped, so it is kept') }],
      },
    },
  ],
  [
    'an optional placeholder no sampled value fits (a pattern the sampler cannot follow) is dropped',
    {
      given: placeholders("{message: hello, hint: '<number>', tag: '<string>'}"),
      want: {
        document: placeholders("{message: hello, tag: '<string>'}").replace("message: {type: string, example: '<string>'}", 'message: {type: string, example: string}'),
        transformations: [
          { kind: 'example-placeholder-dropped', pointer: `${EXAMPLE}/hint`, reason: expect.stringContaining('no sampled value fits and it is optional, so dropped'), before: '<number>' },
          { kind: 'example-placeholder-replaced', pointer: '/components/schemas/P/properties/message/example', reason: expect.any(String), before: '<string>', after: 'string' },
        ],
        warnings: [{ kind: 'example-placeholder-kept', pointer: `${EXAMPLE}/tag`, message: expect.any(String) }],
      },
    },
  ],
);

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
