import { readFileSync } from 'node:fs';
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

  it('finds nothing between a document and itself', () => {
    expect(compareDocuments(load('removed-operation', 'before'), load('removed-operation', 'before'))).toEqual([]);
  });
});

describe('changelogEntry', () => {
  it('is deterministic: named by the two documents’ hashes, breaking changes first, no date', () => {
    const changes = compareDocuments(load('removed-operation', 'before'), load('removed-operation', 'after'));
    const entry = changelogEntry('a'.repeat(64), 'b'.repeat(64), changes);
    expect(entry).toBe(changelogEntry('a'.repeat(64), 'b'.repeat(64), changes));
    expect(entry.split('\n').slice(0, 4)).toEqual(['## openapi.yaml aaaaaaaaaaaa → bbbbbbbbbbbb', '', 'Breaking for clients of the previous version (1):', '']);
    expect(entry).toContain('- [Removed] operation GET /tasks/{taskId} (method getTask) (`#/paths/~1tasks~1{taskId}/get`)');
  });
});
