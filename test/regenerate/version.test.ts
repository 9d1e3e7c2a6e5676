/**
 * The release a regeneration makes, from the previous package's version and
 * the change report: semver's rules, with 0.x's (a breaking change moves the
 * minor, anything else the patch), and the manifest's version as a floor.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/regenerate/changes.js';
import { nextRelease } from '../../src/regenerate/version.js';

const operation = (method: string, path: string, operationId: string) => ({ type: 'operation' as const, method, path, operationId });
const breaking: Change = { kind: 'breaking', subject: operation('POST', '/tasks', 'createTask'), what: 'operation createTask (POST /tasks) removed', why: 'calls to `createTask` no longer compile', usedBy: [], pointer: '/paths/~1tasks/post' };
const added: Change = { kind: 'additive', subject: operation('GET', '/tasks', 'listTasks'), what: 'operation listTasks (GET /tasks) added', why: 'a new method; existing calls are unaffected', usedBy: [], pointer: '/paths/~1tasks/get' };
const described: Change = { kind: 'documentation', subject: operation('GET', '/tasks', 'listTasks'), what: 'description of listTasks (GET /tasks) changed', why: 'text only', usedBy: [], pointer: '/paths/~1tasks/get/description' };
const CHANGES = { breaking: [breaking, added, breaking], additive: [described, added], documentation: [described] } as const;

describe('nextRelease', () => {
  it.each([
    ['1.4.2', 'breaking', '2.0.0'],
    ['1.4.2', 'additive', '1.5.0'],
    ['1.4.2', 'documentation', '1.4.3'],
    ['0.1.0', 'breaking', '0.2.0'],
    ['0.1.0', 'additive', '0.1.1'],
    ['0.1.0', 'documentation', '0.1.1'],
    ['0.9.9', 'breaking', '0.10.0'],
    ['1.0.0-beta.2', 'documentation', '1.0.0'],
  ] as const)('%s with a %s change → %s', (previous, kind, want) => {
    expect(nextRelease({ previous, configured: '0.1.0', documentChanged: true, changes: CHANGES[kind], comparable: true })).toMatchObject({ version: want, kind, previous });
  });

  it('says why: the semver rule that made the version', () => {
    const why = (previous: string, kind: keyof typeof CHANGES) => nextRelease({ previous, configured: '0.1.0', documentChanged: true, changes: CHANGES[kind], comparable: true }).why;
    expect(why('0.2.0', 'breaking')).toBe('breaking changes below 1.0 bump the minor');
    expect(why('1.2.0', 'breaking')).toBe('breaking changes bump the major');
    expect(why('0.2.0', 'additive')).toBe('additions below 1.0 bump the patch');
    expect(why('1.2.0', 'additive')).toBe('additions bump the minor');
    expect(why('1.2.0', 'documentation')).toBe('documentation-only changes bump the patch');
    expect(nextRelease({ previous: '0.1.0', configured: '0.1.0', documentChanged: true, changes: [], comparable: true })).toMatchObject({ version: '0.1.1', kind: 'documentation' });
    expect(nextRelease({ previous: undefined, configured: '0.1.0', documentChanged: true, changes: CHANGES.breaking, comparable: true })).toEqual({ version: '0.1.0', kind: 'breaking', why: "no previous package.json: the manifest's client.version" });
    expect(nextRelease({ previous: '0.4.0', configured: '1.0.0', documentChanged: true, changes: CHANGES.breaking, comparable: true }).why).toBe("the manifest's client.version 1.0.0 is above 0.5.0 (breaking changes below 1.0 bump the minor), so it is released as set");
  });

  it('an unchanged document keeps the version: nothing to release', () => {
    expect(nextRelease({ previous: '0.3.1', configured: '0.1.0', documentChanged: false, changes: [], comparable: true })).toEqual({ version: '0.3.1' });
  });

  it('a previous document that could not be compared is a breaking release', () => {
    expect(nextRelease({ previous: '1.2.3', configured: '0.1.0', documentChanged: true, changes: [], comparable: false })).toMatchObject({ version: '2.0.0', kind: 'breaking', why: 'the previous document could not be compared, so it counts as breaking; breaking changes bump the major' });
  });

  it('the manifest version is the first one and a floor: raising it releases it', () => {
    expect(nextRelease({ previous: undefined, configured: '0.1.0', documentChanged: false, changes: [], comparable: true })).toEqual({ version: '0.1.0' });
    expect(nextRelease({ previous: '0.1.0', configured: '1.0.0', documentChanged: false, changes: [], comparable: true })).toEqual({ version: '1.0.0' });
    expect(nextRelease({ previous: '0.4.0', configured: '1.0.0', documentChanged: true, changes: CHANGES.breaking, comparable: true }).version).toBe('1.0.0');
    expect(nextRelease({ previous: '1.0.0', configured: '1.0.0', documentChanged: true, changes: CHANGES.breaking, comparable: true }).version).toBe('2.0.0');
  });

  it('a previous version that is no semver (a hand edit) falls back to the manifest’s', () => {
    expect(nextRelease({ previous: 'latest', configured: '0.1.0', documentChanged: true, changes: CHANGES.additive, comparable: true }).version).toBe('0.1.0');
  });
});
