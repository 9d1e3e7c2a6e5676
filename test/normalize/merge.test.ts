import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/openapi/types.js';
import { mergeDocuments } from '../../src/normalize/merge.js';
import { NormalizationReport } from '../../src/normalize/report.js';

const security = [{ api_key_header: [] }];
const error = { type: 'object', properties: { code: { type: 'integer' } } };
const doc = (path: string, schemas: JsonObject = {}, extra: JsonObject = {}): JsonObject => ({
  openapi: '3.1.0',
  paths: { [path]: { post: { responses: { '200': { description: 'OK' } } } } },
  components: { schemas },
  ...extra,
});

describe('mergeDocuments', () => {
  it('unions paths and collapses deep-equal components, reporting each', () => {
    const report = new NormalizationReport();
    const merged = mergeDocuments(
      [
        { file: 'a.md', document: doc('/a', { ErrorResponse: error }) },
        { file: 'b.md', document: doc('/b', { ErrorResponse: structuredClone(error) }) },
      ],
      { renames: {}, security },
      report,
    );
    expect(Object.keys(merged.paths as object)).toEqual(['/a', '/b']);
    expect((merged.components as JsonObject).schemas).toEqual({ ErrorResponse: error });
    expect(report.transformations).toContainEqual(expect.objectContaining({ kind: 'merge-identical-component-collapsed', source: 'b.md' }));
    expect(merged.security).toEqual(security);
  });

  it('fails on two different components with one name, naming both files and the pointer', () => {
    expect(() =>
      mergeDocuments(
        [
          { file: 'a.md', document: doc('/a', { Task: { type: 'object' } }) },
          { file: 'b.md', document: doc('/b', { Task: { type: 'string' } }) },
        ],
        { renames: {}, security },
        new NormalizationReport(),
      ),
    ).toThrow('b.md:#/components/schemas/Task: component /components/schemas/Task differs from the one in a.md: add a rename for "b.md#/components/schemas/Task" to the manifest');
  });

  it('renames a conflicting component when the manifest says so, rewriting its refs', () => {
    const second = doc('/b', { Task: { type: 'string' } });
    ((second.paths as JsonObject)['/b'] as JsonObject).post = {
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Task' } } } } },
    };
    const merged = mergeDocuments(
      [
        { file: 'a.md', document: doc('/a', { Task: { type: 'object' } }) },
        { file: 'b.md', document: second },
      ],
      { renames: { 'b.md#/components/schemas/Task': 'TaskV2' }, security },
      new NormalizationReport(),
    );
    expect((merged.components as JsonObject).schemas).toEqual({ Task: { type: 'object' }, TaskV2: { type: 'string' } });
    expect(JSON.stringify(merged.paths)).toContain('#/components/schemas/TaskV2');
  });

  it('fails when a rename matches nothing', () => {
    expect(() =>
      mergeDocuments([{ file: 'a.md', document: doc('/a') }], { renames: { 'a.md#/components/schemas/Nope': 'X' }, security }, new NormalizationReport()),
    ).toThrow(/a\.md:#\/components\/schemas\/Nope: manifest rename matches no component/);
  });

  it('fails on one path and method in two sources', () => {
    expect(() =>
      mergeDocuments(
        [
          { file: 'a.md', document: doc('/a') },
          { file: 'b.md', document: doc('/a') },
        ],
        { renames: {}, security },
        new NormalizationReport(),
      ),
    ).toThrow('b.md:#/paths/~1a/post: operation POST /a is also defined in a.md');
  });

  it('unifies servers and tags, and reports replaced document security', () => {
    const report = new NormalizationReport();
    const server = { url: 'https://api.example.test' };
    const merged = mergeDocuments(
      [
        { file: 'a.md', document: doc('/a', {}, { servers: [server], tags: [{ name: 'Tasks' }] }) },
        { file: 'b.md', document: doc('/b', {}, { servers: [server], tags: [{ name: 'Tasks', description: 'd' }], security: [] }) },
      ],
      { renames: {}, security },
      report,
    );
    expect(merged.servers).toEqual([server]);
    expect(merged.tags).toEqual([{ name: 'Tasks', description: 'd' }]);
    expect(report.transformations).toContainEqual(expect.objectContaining({ kind: 'merge-document-security-replaced', source: 'b.md', before: [] }));
  });

  it('keeps webhooks, externalDocs and root extensions, and refuses two different ones', () => {
    const hook = { post: { description: 'A branch protection rule was disabled', responses: { '200': { description: 'Received' } } } };
    const merged = mergeDocuments(
      [
        { file: 'a.yaml', document: doc('/a', {}, { webhooks: { disabled: hook }, externalDocs: { url: 'https://docs.example.test' }, 'x-vendor': 1 }) },
        { file: 'b.yaml', document: doc('/b', {}, { webhooks: { enabled: hook }, 'x-vendor': 1 }) },
      ],
      { renames: {}, security },
      new NormalizationReport(),
    );
    expect(merged.webhooks).toEqual({ disabled: hook, enabled: hook });
    expect(merged.externalDocs).toEqual({ url: 'https://docs.example.test' });
    expect(merged['x-vendor']).toBe(1);
    expect(() => mergeDocuments(
      [
        { file: 'a.yaml', document: doc('/a', {}, { webhooks: { disabled: hook } }) },
        { file: 'b.yaml', document: doc('/b', {}, { webhooks: { disabled: { ...hook, summary: 'other' } } }) },
      ],
      { renames: {}, security },
      new NormalizationReport(),
    )).toThrow('b.yaml:#/webhooks/disabled: /webhooks/disabled differs from the one in a.yaml: keep one in a single source');
  });
});
