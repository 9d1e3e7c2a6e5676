/**
 * Anchor Browser's own pipeline tests, on its committed normalized document
 * (test/pipeline.test.ts proves it is what generate writes): the document's
 * tags, YAML 1.1 hazards in its country codes, the placeholders it repairs,
 * the operations its tasks guide documents, the complete document's proxy
 * model, and dropped facts the lossless proof must notice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/ingest/source.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { checkGuides } from '../../../src/normalize/verify/guide-calls.js';
import { checkLossless } from '../../../src/normalize/verify/lossless.js';
import { NormalizationReport } from '../../../src/normalize/report.js';
import { operations } from '../../../src/openapi/operations.js';
import { DocumentValidator } from '../../../src/schema-validator.js';
import { apiUnderTest } from '../under-test.js';

const api = await apiUnderTest('anchorbrowser');
const document = api.document;

describe('Anchor Browser normalized', () => {
  it('keeps the complete document’s tags: legacy v1 tasks and v2 tasks apart, every operation tagged', () => {
    for (const { path, operation } of operations(document)) {
      expect(operation.tags, path).toHaveLength(1);
      if (path.startsWith('/v1/task')) expect(operation.tags).toEqual(['Tasks (Legacy)']);
      if (path.startsWith('/v2/tasks')) expect(operation.tags).toEqual(['Tasks']);
    }
  });

  it('quotes the country code "no" (YAML 1.1 would read a bare no as false)', () => {
    expect(api.documentText).toContain('- "no"');
    expect(api.documentText).not.toMatch(/^\s*- no$/m);
  });

  it('keeps no Mintlify placeholder that breaks its schema', () => {
    expect(api.documentText).not.toMatch(/initial_url: <string>/);
  });

  it('has the operations the tasks guide calls, from the complete document', () => {
    const executions = ((document.paths as JsonObject)['/v1/task/{taskId}/executions'] as JsonObject).get as JsonObject;
    expect((executions.parameters as JsonObject[]).map((parameter) => `${String(parameter.in)}:${String(parameter.name)}`)).toEqual([
      'path:taskId', 'query:page', 'query:limit', 'query:status', 'query:version',
    ]);
    const schemas = (document.components as JsonObject).schemas as Record<string, JsonObject>;
    expect(((schemas.TaskExecutionResult!.properties as JsonObject).status as JsonObject).enum).toEqual(['success', 'failure', 'timeout', 'cancelled', 'queued', 'running']);
    const validator = new DocumentValidator(document);
    const taskId = '550e8400-e29b-41d4-a716-446655440000';
    expect(validator.validate('/components/schemas/RunTaskRequest', { taskId, version: '1', async: true, inputs: { ANCHOR_TARGET_URL: 'x' } })).toEqual([]);
    // The version pattern ^(draft|latest|\d+)$.
    expect(validator.validate('/components/schemas/RunTaskRequest', { taskId, version: 'v1' })).not.toEqual([]);
  });
});

describe('the tasks guide, checked against the complete document', () => {
  it('finds its four calls and reports where its example response has drifted, by the guide line', () => {
    const guide = { file: 'raw/tasks-guide.md', text: readFileSync(join(api.manifest.dir, 'raw', 'tasks-guide.md'), 'utf8') };
    const checks = checkGuides(document, [guide], api.manifest.baseUrl!);
    expect(checks.filter((check) => check.what === 'call').map((check) => [check.line, check.route, check.problem])).toEqual(
      [247, 264, 322, 365].map((line) => [line, 'GET /v1/task/{taskId}/executions', undefined]),
    );
    // The guide's example execution predates the document's required taskVersionId and version.
    expect(checks.filter((check) => check.what === 'example response')).toEqual([expect.objectContaining({ line: 285, problem: expect.stringContaining("must have required property 'taskVersionId'") })]);
    expect(api.report.warnings).toContainEqual(expect.objectContaining({ kind: 'guide-example-invalid', message: expect.stringMatching(/^raw\/tasks-guide\.md:285: /) }));
  });
});

describe('proxies in the complete document: one Anchor proxy type with its country list, or a custom proxy', () => {
  const proxy = (fields: JsonObject) => ({ proxy: { active: true, ...fields } });
  let validator: DocumentValidator;
  beforeAll(() => {
    validator = new DocumentValidator(document);
  });
  const check = (fields: JsonObject) => validator.validate('/components/schemas/SessionConfig', proxy(fields));

  it('an anchor_proxy takes a code of AnchorProxyCountryCode, with or without its type', () => {
    expect(check({ type: 'anchor_proxy', country_code: 'us' })).toEqual([]);
    expect(check({ country_code: 'no' })).toEqual([]);
    expect(check({ type: 'anchor_proxy', country_code: 'zz' })).not.toEqual([]);
  });

  it('the pages’ other proxy types are gone, and an unknown type is rejected', () => {
    for (const type of ['anchor_residential', 'anchor_mobile', 'anchor_gov', 'bogus']) expect(check({ type, country_code: 'us' }), type).not.toEqual([]);
  });

  it('a custom proxy needs its server and credentials', () => {
    expect(check({ type: 'custom', server: 'https://proxy.example.com:443', username: 'u', password: 'p' })).toEqual([]);
    expect(check({ type: 'custom', server: 'https://proxy.example.com:443' })).not.toEqual([]);
  });
});

describe('lossless proof', () => {
  const rawSources = () => api.manifest.sources.map(({ file }) => loadSource(join(api.manifest.dir, file)).value);

  const dropCases: Array<[string, (document: JsonObject) => void, string]> = [
    ['a schema property', (d) => delete (((d.components as JsonObject).schemas as Record<string, JsonObject>).SessionConfig!.properties as JsonObject).live_view, 'property SessionConfig.live_view'],
    ['an enum value', (d) => {
      const anchor = ((d.components as JsonObject).schemas as Record<string, JsonObject>).AnchorProxyCountryCode!;
      anchor.enum = (anchor.enum as string[]).filter((code) => code !== 'tc');
    }, 'enum AnchorProxyCountryCode = "tc"'],
    ['an operation', (d) => delete (d.paths as JsonObject)['/v1/task'], 'operation POST /v1/task'],
    ['a parameter', (d) => {
      const op = ((d.paths as JsonObject)['/v1/task/run/{taskName}'] as JsonObject).post as JsonObject;
      op.parameters = [];
    }, 'parameter POST /v1/task/run/{taskName} path:taskName'],
    ['a description', (d) => delete ((((d.components as JsonObject).schemas as Record<string, JsonObject>).SessionConfig!.properties as JsonObject).initial_url as JsonObject).description, 'description The URL to navigate to'],
    ['an example', (d) => {
      const op = ((d.paths as JsonObject)['/v1/task'] as JsonObject).post as JsonObject;
      delete ((op.requestBody as JsonObject).content as Record<string, JsonObject>)['application/json']!.examples;
    }, 'example {"code":"Y29'],
  ];

  it.each(dropCases)('fails when normalization drops %s', (_label, drop, expected) => {
    const broken = structuredClone(document);
    drop(broken);
    const { missing } = checkLossless(rawSources(), broken, new NormalizationReport());
    expect(missing.map((fact) => `${fact.kind} ${fact.key}`).some((key) => key.startsWith(expected))).toBe(true);
  });
});
