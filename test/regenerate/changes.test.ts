import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonObject } from '../../src/openapi/types.js';
import { changelogEntry, compareDocuments } from '../../src/regenerate/changes.js';
import { REPO_ROOT } from '../helpers.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'changes');
const load = (name: string, side: 'before' | 'after') => parse(readFileSync(join(FIXTURES, `${name}.${side}.yaml`), 'utf8')) as JsonObject;

describe('compareDocuments: one fixture pair per rule', () => {
  it.each([
    ['removed-operation', true, /\[Removed\] operation GET \/tasks\/\{taskId\} \(method getTask\)/],
    ['renamed-method', true, /^\[Renamed\] method getTask → fetchTask \(GET \/tasks\/\{taskId\}\)$/],
    ['removed-parameter', true, /dryRun/],
    ['removed-response-property', true, /property `note`/],
    ['new-required-request-field', true, /required status to `kind`/],
    ['new-required-parameter', true, /required query parameter `region`/],
    ['request-type-narrowed', true, /priority/],
    ['request-enum-narrowed', true, /possible values of `kind` in Request Body/],
    ['response-enum-widened', true, /possible values of `status` in Response 200/],
    ['auth-changed', true, /securitySchemes/],
    ['added-operation', false, /\[Added\] operation GET \/tasks.* \(method \w+\)/],
    ['added-optional-parameter', false, /trace/],
    ['added-response-property', false, /createdAt/],
    ['request-enum-widened', false, /possible values of `kind` in Request Body/],
  ] as const)('%s is breaking: %s', (rule, breaking, description) => {
    const changes = compareDocuments(load(rule, 'before'), load(rule, 'after'));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((change) => change.breaking === breaking), JSON.stringify(changes, null, 2)).toBe(true);
    expect(changes.map((change) => change.description).join('\n')).toMatch(description);
  });

  it('a method that moves to another route: the old route is removed (breaking), naming where the method is now', () => {
    const changes = compareDocuments(load('moved-method', 'before'), load('moved-method', 'after'));
    expect(changes).toEqual([
      { breaking: true, description: '[Removed] operation GET /tasks/{taskId} (method getTask, now GET /v2/tasks/{taskId})', pointer: '/paths/~1tasks~1{taskId}/get' },
      { breaking: false, description: '[Added] operation GET /v2/tasks/{taskId} (method getTask)', pointer: '/paths/~1v2~1tasks~1{taskId}/get' },
    ]);
  });

  it('marks a text-only change (summary, description, example) as documentation, and nothing else', () => {
    const before = load('removed-operation', 'before');
    const after = structuredClone(before);
    const operation = (after.paths as Record<string, Record<string, Record<string, unknown>>>)['/tasks']!.post!;
    operation.summary = 'Creates a task, said differently';
    const changes = compareDocuments(before, after);
    expect(changes).toEqual([expect.objectContaining({ breaking: false, documentation: true, pointer: '/paths/~1tasks/post/summary' })]);
    expect(compareDocuments(load('added-operation', 'before'), load('added-operation', 'after')).some((change) => change.documentation)).toBe(false);
  });

  it('leaves both documents as they were (api-smart-diff merges $ref siblings and resolves refs in place)', () => {
    const rules = readdirSync(FIXTURES).filter((name) => name.endsWith('.before.yaml')).map((name) => name.replace('.before.yaml', ''));
    const withSiblings = (description: string): JsonObject => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/p': { post: { operationId: 'p', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Config' } } } }, responses: { '204': { description: 'none' } } } } },
      components: {
        schemas: {
          Config: { type: 'object', description, oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] },
          A: { type: 'object', properties: { a: { $ref: '#/components/schemas/Code', description: 'the code' } } },
          B: { type: 'object', properties: { b: { type: 'string' } } },
          Code: { type: 'string', enum: ['x', 'y'] },
        },
      },
    });
    const pairs: Array<[JsonObject, JsonObject]> = [...rules.map((rule) => [load(rule, 'before'), load(rule, 'after')] as [JsonObject, JsonObject]), [withSiblings('before'), withSiblings('after')]];
    expect(rules.length).toBeGreaterThan(10);
    for (const [before, after] of pairs) {
      const [beforeCopy, afterCopy] = [structuredClone(before), structuredClone(after)];
      compareDocuments(before, after);
      expect(before).toEqual(beforeCopy);
      expect(after).toEqual(afterCopy);
    }
  });

  it('finds nothing between a document and itself', () => {
    expect(compareDocuments(load('removed-operation', 'before'), load('removed-operation', 'before'))).toEqual([]);
  });
});

describe('changelogEntry', () => {
  const release = { version: '0.2.0', kind: 'breaking', reason: 'breaking: [Removed] operation GET /tasks/{taskId} (method getTask)', previous: '0.1.0' } as const;

  it('is deterministic: headed by the release and why, then the two documents’ hashes, breaking changes first, no date', () => {
    const changes = compareDocuments(load('removed-operation', 'before'), load('removed-operation', 'after'));
    const entry = changelogEntry({ previousSha: 'a'.repeat(64), nextSha: 'b'.repeat(64), changes, release });
    expect(entry).toBe(changelogEntry({ previousSha: 'a'.repeat(64), nextSha: 'b'.repeat(64), changes, release }));
    expect(entry.split('\n').slice(0, 6)).toEqual(['## 0.2.0 — breaking: [Removed] operation GET /tasks/{taskId} (method getTask)', '', 'openapi.yaml aaaaaaaaaaaa → bbbbbbbbbbbb', '', 'Breaking for clients of the previous version (1):', '']);
    expect(entry).toContain('- [Removed] operation GET /tasks/{taskId} (method getTask) (`#/paths/~1tasks~1{taskId}/get`)');
  });

  it('says when the previous document could not be compared', () => {
    const entry = changelogEntry({ nextSha: 'b'.repeat(64), changes: [], release: { version: '0.2.0', kind: 'breaking', reason: 'breaking: the previous document could not be compared' }, unreadable: 'openapi.yaml no longer parses' });
    expect(entry).toBe('## 0.2.0 — breaking: the previous document could not be compared\n\nopenapi.yaml (unreadable) → bbbbbbbbbbbb\n\nThe previous document could not be compared (openapi.yaml no longer parses); it was replaced.\n');
  });
});

describe('request values no longer accepted', () => {
  const document = (proxy: unknown, extra: Record<string, unknown> = {}) => ({
    openapi: '3.1.0',
    info: { title: 'x', version: '1' },
    paths: { '/sessions': { post: { operationId: 'createSession', requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { proxy: { $ref: '#/components/schemas/Proxy' } } } } } }, responses: { '200': { description: 'OK' } } } } },
    components: { schemas: { Proxy: proxy, ...extra } },
  });

  it('are breaking even when the schema around them was restructured (one branch per value → one enum), naming the values', () => {
    const before = document({ type: 'object', properties: { type: { oneOf: ['anchor_proxy', 'anchor_residential', 'anchor_mobile'].map((value) => ({ const: value, title: value })) } } });
    const after = document({ oneOf: [{ type: 'object', properties: { type: { type: 'string', enum: ['anchor_proxy'] } } }, { type: 'object', properties: { type: { type: 'string', enum: ['custom'] } } }] });
    const found = compareDocuments(before, after).filter((change) => change.description.includes('request value'));
    expect(found).toEqual([{ breaking: true, description: '[Removed] request values "anchor_mobile", "anchor_residential" no longer accepted (POST /sessions)', pointer: '/paths/~1sessions/post/requestBody' }]);
  });

  it('skip values a condition only tests, examples and defaults, and add nothing where api-smart-diff names the narrowed enum', () => {
    const before = document({ type: 'object', properties: { type: { enum: ['a', 'b'] } }, if: { properties: { type: { const: 'gone' } } }, then: { required: ['x'] }, default: { type: 'old' } });
    const after = document({ type: 'object', properties: { type: { enum: ['a', 'b'] } }, default: { type: 'new' } });
    expect(compareDocuments(before, after).some((change) => change.description.includes('request value'))).toBe(false);
    const narrowed = compareDocuments(load('request-enum-narrowed', 'before'), load('request-enum-narrowed', 'after'));
    expect(narrowed.some((change) => change.description.includes('request value'))).toBe(false);
  });

  it('a cyclic schema is read once per node', () => {
    const node = { type: 'object', properties: { next: { $ref: '#/components/schemas/Proxy' }, kind: { enum: ['x', 'y'] } } };
    const before = document(node);
    const after = document({ ...node, properties: { ...node.properties, kind: { enum: ['x'] } } });
    expect(compareDocuments(before, after).filter((change) => change.breaking).map((change) => change.description).join('\n')).toMatch(/y/);
  });
});
