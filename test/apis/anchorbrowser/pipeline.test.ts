/**
 * Anchor Browser's own pipeline tests, on its committed normalized document
 * (test/pipeline.test.ts proves it is what generate writes): the v1/v2 tags,
 * YAML 1.1 hazards in its country codes, the placeholders it repairs, the
 * operations its guide adds, the proxy overlay, and dropped facts the
 * lossless proof must notice.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/ingest/source.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { checkLossless } from '../../../src/normalize/verify/lossless.js';
import { NormalizationReport } from '../../../src/normalize/report.js';
import { operations } from '../../../src/openapi/operations.js';
import { DocumentValidator } from '../../../src/schema-validator.js';
import { apiUnderTest } from '../under-test.js';

const api = await apiUnderTest('anchorbrowser');
const document = api.document;

describe('Anchor Browser normalized', () => {
  it('tags v1 and v2 task operations apart', () => {
    for (const { path, operation } of operations(document)) {
      expect(operation.tags).toEqual([path.startsWith('/v1/') ? 'Tasks v1' : 'Tasks']);
    }
  });

  it('quotes the country code "no" (YAML 1.1 would read a bare no as false)', () => {
    expect(api.documentText).toContain('- "no"');
    expect(api.documentText).not.toMatch(/^\s*- no$/m);
  });

  it('keeps no Mintlify placeholder that breaks its schema', () => {
    expect(api.documentText).not.toMatch(/initial_url: <string>/);
  });

  it('adds the guide-documented operations with the guide example response', () => {
    const executions = ((document.paths as JsonObject)['/v1/task/{taskId}/executions'] as JsonObject).get as JsonObject;
    expect((executions.parameters as JsonObject[]).map((parameter) => `${String(parameter.in)}:${String(parameter.name)}`)).toEqual([
      'path:taskId', 'query:page', 'query:limit', 'query:version', 'query:status',
    ]);
    const schemas = (document.components as JsonObject).schemas as Record<string, JsonObject>;
    expect(schemas.TaskExecutionStatus!.enum).toEqual(['success', 'failure', 'timeout', 'cancelled']);
    const validator = new DocumentValidator(document);
    expect(validator.validate('/components/schemas/RunTaskRequest', { taskId: 't', inputs: { ANCHOR_TARGET_URL: 'x' } })).toEqual([]);
    expect(validator.validate('/components/schemas/RunTaskRequest', { taskId: 't', inputs: { TARGET_URL: 'x' } })).not.toEqual([]);
  });
});

describe('proxy country codes depend on the proxy type (overlay)', () => {
  const proxy = (fields: JsonObject) => ({ proxy: { active: true, ...fields } });
  let validator: DocumentValidator;
  let residentialOnly: string[];

  beforeAll(() => {
    validator = new DocumentValidator(document);
    const schemas = (document.components as JsonObject).schemas as Record<string, JsonObject>;
    const list = (name: string) => schemas[name]!.enum as string[];
    const others = new Set([...list('MobileCountryCode'), ...list('GovCountryCode'), ...list('AnchorProxyCountryCode')]);
    residentialOnly = list('ResidentialCountryCode').filter((code) => !others.has(code));
  });

  const check = (fields: JsonObject) => validator.validate('/components/schemas/SessionConfig', proxy(fields));

  it('anchor_mobile rejects a code found only in the residential list', () => {
    expect(residentialOnly.length).toBeGreaterThan(0);
    for (const code of residentialOnly) expect(check({ type: 'anchor_mobile', country_code: code }), code).not.toEqual([]);
  });

  it('anchor_residential accepts a residential code', () => {
    for (const code of residentialOnly) expect(check({ type: 'anchor_residential', country_code: code }), code).toEqual([]);
  });

  it('without a type, any code from the four lists is accepted and an unknown one rejected', () => {
    expect(check({ country_code: residentialOnly[0]! })).toEqual([]);
    expect(check({ country_code: 'no' })).toEqual([]);
    expect(check({ country_code: 'zz' })).not.toEqual([]);
  });

  it('an unknown proxy type is rejected', () => {
    expect(check({ type: 'bogus', country_code: 'us' })).not.toEqual([]);
  });
});

describe('lossless proof', () => {
  const rawSources = () => api.manifest.sources.map(({ file }) => loadSource(join(api.manifest.dir, file)).value);

  const dropCases: Array<[string, (document: JsonObject) => void, string]> = [
    ['a schema property', (d) => delete (((d.components as JsonObject).schemas as Record<string, JsonObject>).SessionConfig!.properties as JsonObject).live_view, 'property SessionConfig.live_view'],
    ['an enum value', (d) => {
      const schema = ((d.components as JsonObject).schemas as Record<string, JsonObject>).GovCountryCode!;
      schema.enum = (schema.enum as string[]).filter((code) => code !== 'tc');
      const anchor = ((d.components as JsonObject).schemas as Record<string, JsonObject>).AnchorProxyCountryCode!;
      anchor.enum = (anchor.enum as string[]).filter((code) => code !== 'tc');
    }, 'enum GovCountryCode = "tc"'],
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
