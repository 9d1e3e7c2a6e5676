import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/openapi/types.js';
import { checkLossless } from '../../src/normalize/lossless.js';
import { NormalizationReport } from '../../src/normalize/report.js';

const withExample = (value: unknown): JsonObject => ({
  openapi: '3.1.0',
  paths: { '/a': { patch: { requestBody: { content: { 'application/json': { schema: { type: 'object' }, examples: { update: { value } } } } }, responses: { '200': { description: 'OK' } } } } },
});

describe('checkLossless and example fixes', () => {
  const pointer = '/paths/~1a/patch/requestBody/content/application~1json/examples/update/value';
  // GitHub publishes an array where the schema wants an object; the examples pass replaces the whole value.
  const raw = [{ package: { name: 'a-package' } }];
  const replaced = { summary: 'string' };

  it('counts an example replaced as a whole as found, when the report records it', () => {
    const report = new NormalizationReport();
    report.record({ kind: 'example-invalid-value-replaced', pointer, reason: 'not an object', before: raw, after: replaced });
    expect(checkLossless([withExample(raw)], withExample(replaced), report).missing).toEqual([]);
  });

  it('still reports it lost when no fix explains the change', () => {
    const result = checkLossless([withExample(raw)], withExample(replaced), new NormalizationReport());
    expect(result.missing).toEqual([expect.objectContaining({ kind: 'example', value: raw })]);
  });
});
