import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonObject } from '../../src/openapi/types.js';
import { changeLine, compareDocuments } from '../../src/regenerate/changes.js';
import { REPO_ROOT } from '../helpers.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'changes');
const load = (name: string, side: 'before' | 'after') => parse(readFileSync(join(FIXTURES, `${name}.${side}.yaml`), 'utf8')) as JsonObject;

/** The operations a type in the fixtures is used by, as entries name them. */
const TASK_USES = 'used by createTask (POST /tasks) response 200, getTask (GET /tasks/{taskId}) response 200';
const REQUEST_USE = 'used by createTask (POST /tasks) request body';

describe('compareDocuments: one fixture pair per rule, each change once, naming the operation or the type, its kind and why', () => {
  it.each([
    ['removed-operation', ['breaking: operation getTask (GET /tasks/{taskId}) removed — calls to `getTask` no longer compile']],
    ['added-operation', ['additive: operation listTasks (GET /tasks) added — a new method; existing calls are unaffected']],
    ['renamed-method', ['breaking: method getTask (GET /tasks/{taskId}) renamed to fetchTask — calls to `getTask` no longer compile']],
    ['moved-method', ['breaking: operation getTask (GET /tasks/{taskId}) moved to GET /v2/tasks/{taskId} — the client calls another route; the two routes’ parameters and responses are not compared, so the move counts as breaking']],
    ['removed-parameter', ['breaking: query parameter `dryRun` removed from createTask (POST /tasks) — a caller passing `dryRun` gets a compile error']],
    ['new-required-parameter', ['breaking: required query parameter `region` added to createTask (POST /tasks) — every existing call lacks `region` and no longer compiles']],
    ['added-optional-parameter', ['additive: optional query parameter `trace` added to createTask (POST /tasks) — optional: existing calls still compile']],
    ['removed-response-property', [`breaking: property \`note\` removed from \`Task\` — code reading \`note\` no longer compiles; ${TASK_USES}`]],
    // The property was required: its `required` entry is part of the same change, not a second one.
    ['removed-required-response-property', [`breaking: property \`status\` removed from \`Task\` — code reading \`status\` no longer compiles; ${TASK_USES}`]],
    ['removed-request-property', [`breaking: property \`name\` removed from \`TaskRequest\` — a caller sending \`name\` gets a compile error; ${REQUEST_USE}`]],
    ['added-response-property', [`additive: optional property \`createdAt\` added to \`Task\` — responses carry a new field; existing code still compiles; ${TASK_USES}`]],
    ['added-required-request-property', [`breaking: required property \`owner\` added to \`TaskRequest\` — every existing call lacks \`owner\` and no longer compiles; ${REQUEST_USE}`]],
    ['new-required-request-field', [`breaking: \`TaskRequest.kind\` became required — a caller not sending \`kind\` gets a compile error; ${REQUEST_USE}`]],
    ['request-enum-narrowed', [`breaking: \`TaskRequest.kind\` enum lost \`api\` — a caller sending \`api\` gets a compile error; ${REQUEST_USE}`]],
    ['request-enum-widened', [`additive: \`TaskRequest.kind\` enum gained \`mobile\` — callers may send \`mobile\`; existing calls still compile; ${REQUEST_USE}`]],
    ['response-enum-widened', [`breaking: \`Task.status\` enum gained \`failed\` — responses may carry \`failed\`: an exhaustive switch over the values no longer compiles; ${TASK_USES}`]],
    ['response-enum-narrowed', [`breaking: \`Task.status\` enum lost \`done\` — code comparing with \`done\` no longer compiles (the types no longer overlap); ${TASK_USES}`]],
    ['request-type-narrowed', [`breaking: \`TaskRequest.priority\` type changed from \`integer | string\` to \`integer\` — a caller sending a value of type \`string\` gets a compile error; ${REQUEST_USE}`]],
    ['response-type-changed', [`breaking: \`Task.id\` type changed from \`string\` to \`integer\` — code reading it as \`string\` no longer compiles; ${TASK_USES}`]],
    ['auth-changed', ['breaking: `name` of security scheme `key` changed from x-api-key to authorization-key — calls authenticate differently: a client configured for the previous scheme is refused']],
    ['example-only', [
      `documentation: example of \`Task.id\` added — text only: the client’s types do not change; ${TASK_USES}`,
      'documentation: example of query parameter `dryRun` of createTask (POST /tasks) added — text only: the client’s types do not change',
      'documentation: example of response 200 of createTask (POST /tasks) added — text only: the client’s types do not change',
    ]],
    ['description-only', [
      `documentation: description of \`Task\` added — text only: the client’s types do not change; ${TASK_USES}`,
      `documentation: description of \`Task.note\` added — text only: the client’s types do not change; ${TASK_USES}`,
      'documentation: description of createTask (POST /tasks) added — text only: the client’s types do not change',
      'documentation: summary of createTask (POST /tasks) added — text only: the client’s types do not change',
    ]],
  ] as const)('%s', (rule, want) => {
    const changes = compareDocuments(load(rule, 'before'), load(rule, 'after'));
    expect(changes.map(changeLine)).toEqual(want);
  });

  it('covers every fixture pair', () => {
    const rules = readdirSync(FIXTURES).filter((name) => name.endsWith('.before.yaml')).map((name) => name.replace('.before.yaml', ''));
    const header = (rule: string) => readFileSync(join(FIXTURES, `${rule}.before.yaml`), 'utf8').split('\n')[0]!;
    // Each fixture's first line names its rule and kind; the table above checks them all.
    for (const rule of rules) {
      const kind = /\((breaking|additive|not breaking|documentation)\)/.exec(header(rule))?.[1];
      expect(kind, rule).toBeDefined();
      const changes = compareDocuments(load(rule, 'before'), load(rule, 'after'));
      const want = kind === 'not breaking' ? 'additive' : kind;
      expect(changes.map((change) => change.kind), rule).toEqual(changes.map(() => want));
    }
  });

  it('names a type once, with each operation using it, and points into the component', () => {
    const [change] = compareDocuments(load('removed-response-property', 'before'), load('removed-response-property', 'after'));
    expect(change).toEqual({
      kind: 'breaking',
      subject: { type: 'schema', name: 'Task' },
      what: 'property `note` removed from `Task`',
      why: 'code reading `note` no longer compiles',
      usedBy: [
        { method: 'POST', path: '/tasks', operationId: 'createTask', clientMethod: 'createTask', part: 'response 200' },
        { method: 'GET', path: '/tasks/{taskId}', operationId: 'getTask', clientMethod: 'getTask', part: 'response 200' },
      ],
      pointer: '/components/schemas/Task/properties/note',
    });
  });

  it('names an operation by its client method, method and path', () => {
    const changes = compareDocuments(load('removed-operation', 'before'), load('removed-operation', 'after'), { clientMethod: (id) => (id === 'getTask' ? 'getTask_' : id) });
    expect(changes).toEqual([{
      kind: 'breaking',
      subject: { type: 'operation', method: 'GET', path: '/tasks/{taskId}', operationId: 'getTask', clientMethod: 'getTask_' },
      what: 'operation getTask_ (GET /tasks/{taskId}) removed',
      why: 'calls to `getTask_` no longer compile',
      usedBy: [],
      pointer: '/paths/~1tasks~1{taskId}/get',
    }]);
  });

  it('a text keyword is documentation wherever it is; a property named like one is not', () => {
    const before = load('removed-operation', 'before');
    const after = structuredClone(before);
    const schemas = (after.components as { schemas: Record<string, { properties: Record<string, unknown> }> }).schemas;
    schemas.Task!.properties.description = { type: 'string' };
    schemas.Task!.properties.example = { type: 'string' };
    const operation = (after.paths as Record<string, Record<string, Record<string, unknown>>>)['/tasks']!.post!;
    operation.summary = 'Creates a task, said differently';
    (operation.parameters as Array<Record<string, unknown>>)[0]!.examples = { yes: { value: true } };
    const kinds = compareDocuments(before, after).map((change) => `${change.kind}: ${change.what}`);
    expect(kinds).toEqual([
      'additive: optional property `description` added to `Task`',
      'additive: optional property `example` added to `Task`',
      'documentation: example of query parameter `dryRun` of createTask (POST /tasks) added',
      'documentation: summary of createTask (POST /tasks) added',
    ]);
  });

  it('reads names that are Object.prototype keys as names (`constructor`, `toString`), each once', () => {
    const before = load('removed-operation', 'before');
    const after = structuredClone(before);
    const task = (before.components as { schemas: Record<string, { properties: Record<string, unknown> }> }).schemas.Task!;
    for (const name of ['constructor', 'toString']) Object.defineProperty(task.properties, name, { value: { type: 'string' }, enumerable: true, writable: true, configurable: true });
    const nested = { type: 'object', properties: { toString: { type: 'string', enum: ['a', 'b'] } } };
    Object.defineProperty(task.properties, 'items', { value: nested, enumerable: true, writable: true, configurable: true });
    const afterTask = (after.components as { schemas: Record<string, { properties: Record<string, unknown> }> }).schemas.Task!;
    Object.defineProperty(afterTask.properties, 'items', { value: { ...nested, properties: { toString: { type: 'string', enum: ['a'] } } }, enumerable: true, writable: true, configurable: true });
    expect(compareDocuments(before, after).map((change) => change.what)).toEqual([
      'property `constructor` removed from `Task`',
      '`Task.items.toString` enum lost `b`',
      'property `toString` removed from `Task`',
    ]);
  });

  it('lists three operations using a type and counts the others', () => {
    const before = load('removed-response-property', 'before');
    const withUses = (document: JsonObject) => {
      const paths = document.paths as Record<string, unknown>;
      for (const name of ['a', 'b', 'c']) paths[`/${name}`] = { get: { operationId: `get_${name}`, responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Task' } } } } } } };
      return document;
    };
    const [change] = compareDocuments(withUses(before), withUses(load('removed-response-property', 'after')));
    expect(change!.usedBy).toHaveLength(5);
    expect(changeLine(change!)).toMatch(/; used by createTask \(POST \/tasks\) response 200, getTask \(GET \/tasks\/\{taskId\}\) response 200, get_a \(GET \/a\) response 200 and 2 more$/);
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
    const found = compareDocuments(before, after).filter((change) => change.what.includes('no longer accepts'));
    expect(found).toEqual([{
      kind: 'breaking',
      subject: { type: 'operation', method: 'POST', path: '/sessions', operationId: 'createSession', clientMethod: 'createSession' },
      what: 'request body of createSession (POST /sessions) no longer accepts "anchor_mobile", "anchor_residential"',
      why: 'a caller sending one of them gets a compile error',
      usedBy: [],
      pointer: '/paths/~1sessions/post/requestBody',
    }]);
  });

  it('skip values a condition only tests, examples and defaults, and add nothing where api-smart-diff names the narrowed enum', () => {
    const before = document({ type: 'object', properties: { type: { enum: ['a', 'b'] } }, if: { properties: { type: { const: 'gone' } } }, then: { required: ['x'] }, default: { type: 'old' } });
    const after = document({ type: 'object', properties: { type: { enum: ['a', 'b'] } }, default: { type: 'new' } });
    expect(compareDocuments(before, after).some((change) => change.what.includes('no longer accepts'))).toBe(false);
    const narrowed = compareDocuments(load('request-enum-narrowed', 'before'), load('request-enum-narrowed', 'after'));
    expect(narrowed.map((change) => change.what)).toEqual(['`TaskRequest.kind` enum lost `api`']);
  });

  it('a cyclic schema is read once per node', () => {
    const node = { type: 'object', properties: { next: { $ref: '#/components/schemas/Proxy' }, kind: { enum: ['x', 'y'] } } };
    const before = document(node);
    const after = document({ ...node, properties: { ...node.properties, kind: { enum: ['x'] } } });
    expect(compareDocuments(before, after).filter((change) => change.kind === 'breaking').map((change) => change.what)).toEqual(['`Proxy.kind` enum lost `y`']);
  });
});
