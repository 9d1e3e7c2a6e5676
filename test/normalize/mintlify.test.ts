import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/source.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { convertMintlifyPage, isMintlifyPage } from '../../src/normalize/mintlify.js';
import { NormalizationReport } from '../../src/normalize/report.js';
import { REPO_ROOT } from '../helpers.js';

const RUN_BY_NAME = 'specs/anchorbrowser/raw/v1-run-task-by-name.md';
const CREATE_TASK = 'specs/anchorbrowser/raw/v1-create-task.md';

function convert(file: string): { document: JsonObject; report: NormalizationReport } {
  const source = parseSource(readFileSync(join(REPO_ROOT, file), 'utf8'), file);
  const report = new NormalizationReport();
  return { document: convertMintlifyPage(source, report), report };
}

function fromYaml(yaml: string): { document: JsonObject; report: NormalizationReport } {
  const source = parseSource(yaml, 'page.yaml');
  const report = new NormalizationReport();
  return { document: convertMintlifyPage(source, report), report };
}

const operation = (document: JsonObject, path: string, method: string) =>
  ((document.paths as JsonObject)[path] as JsonObject)[method] as JsonObject;
const schemas = (document: JsonObject) => (document.components as JsonObject).schemas as Record<string, JsonObject>;

describe('convertMintlifyPage on the run-task-by-name page', () => {
  const { document, report } = convert(RUN_BY_NAME);
  const op = operation(document, '/v1/task/run/{taskName}', 'post');

  it('detects the Mintlify shape', () => {
    expect(isMintlifyPage(parseSource(readFileSync(join(REPO_ROOT, RUN_BY_NAME), 'utf8'), RUN_BY_NAME).value)).toBe(true);
  });

  it('turns schema-array parameters into Parameter Objects', () => {
    expect(op.parameters).toEqual([
      { name: 'taskName', in: 'path', description: 'The name of the task to run', required: true, schema: { type: 'string' }, example: 'web-scraper' },
    ]);
  });

  it('turns request.security into an apiKey scheme in the anchor-api-key header', () => {
    expect((document.components as JsonObject).securitySchemes).toEqual({
      api_key_header: { type: 'apiKey', in: 'header', name: 'anchor-api-key', description: 'API key passed in the header' },
    });
    expect(op.security).toEqual([{ api_key_header: [] }]);
  });

  it('names the body schema by refIdentifier and marks the body required', () => {
    const body = op.requestBody as JsonObject;
    expect(body.required).toBe(true);
    expect(((body.content as JsonObject)['application/json'] as JsonObject).schema).toEqual({ $ref: '#/components/schemas/RunTaskByNameRequest' });
    expect(schemas(document).RunTaskByNameRequest).toBeDefined();
  });

  it('unwraps one-member allOf wrappers and keeps their descriptions', () => {
    const properties = schemas(document).RunTaskByNameRequest!.properties as Record<string, JsonObject>;
    expect(properties.async).toEqual({ type: 'boolean', description: 'Whether to run the task asynchronously' });
    expect(properties.overrideBrowserConfiguration).toEqual({
      $ref: '#/components/schemas/SessionConfig',
      description: 'Override browser configuration for this execution',
    });
    expect(report.transformations.filter((t) => t.kind === 'mintlify-unwrap-allof').length).toBeGreaterThan(3);
  });

  it('names response schemas and keeps descriptions and examples per status', () => {
    const responses = op.responses as Record<string, JsonObject>;
    expect(Object.keys(responses)).toEqual(['200', '404', '500']);
    expect(responses['404']!.description).toBe('Task not found');
    const media = (responses['200']!.content as JsonObject)['application/json'] as JsonObject;
    expect(media.schema).toEqual({ $ref: '#/components/schemas/RunTaskResponse' });
    expect(Object.keys(media.examples as object)).toEqual(['example']);
  });

  it('resolves YAML anchors into separate, equal ErrorResponse schemas', () => {
    const error = schemas(document).ErrorResponse!;
    expect((error.properties as JsonObject).error).toEqual({
      type: 'object',
      properties: { code: { type: 'integer' }, message: { type: 'string' } },
    });
  });
});

describe('convertMintlifyPage on the create-task page', () => {
  const { document } = convert(CREATE_TASK);

  it('turns requiredProperties into required', () => {
    expect(schemas(document).CreateTaskRequest!.required).toEqual(['name', 'language']);
  });

  it('keeps the page-level components (Task, SessionConfig)', () => {
    expect(Object.keys(schemas(document))).toEqual(expect.arrayContaining(['Task', 'SessionConfig', 'ProxyConfig', 'TaskResponse', 'ErrorResponse']));
  });
});

describe('convertMintlifyPage edge cases', () => {
  const page = (body: string) => `paths:\n  path: /x\n  method: post\n${body}`;

  it('keeps a real multi-member allOf', () => {
    const { document } = fromYaml(
      page(`  response:
    '200':
      application/json:
        schemaArray:
          - type: object
            properties:
              both:
                allOf:
                  - type: object
                    properties: {a: {type: string}}
                  - type: object
                    properties: {b: {type: string}}
        description: OK
`),
    );
    const schema = ((((operation(document, '/x', 'post').responses as JsonObject)['200'] as JsonObject).content as JsonObject)['application/json'] as JsonObject).schema as JsonObject;
    expect(((schema.properties as JsonObject).both as JsonObject).allOf).toHaveLength(2);
  });

  it('fails with the line when the method is missing', () => {
    expect(() => fromYaml('paths:\n  path: /x\n  response: {}\n')).toThrow(/^page\.yaml:2:3 #\/paths\/method: Mintlify page has no `paths.method`/);
  });

  it('fails when the path is missing', () => {
    expect(() => fromYaml('paths:\n  method: get\n  response: {}\n')).toThrow(/page\.yaml.*#\/paths\/path: Mintlify page has no `paths.path`/);
  });
});
