/**
 * The release a regeneration makes, from the previous package's version and
 * the change report: semver's rules, with 0.x's (a breaking change moves the
 * minor, anything else the patch), and the manifest's version as a floor.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/regenerate/changes.js';
import { nextRelease } from '../../src/regenerate/version.js';

const breaking: Change = { breaking: true, description: '[Removed] operation POST /tasks (method createTask)', pointer: '/paths/~1tasks/post' };
const added: Change = { breaking: false, description: '[Added] operation GET /tasks (method listTasks)', pointer: '/paths/~1tasks/get' };
const described: Change = { breaking: false, description: '[Replaced] annotation (description)', pointer: '/paths/~1tasks/get/description', documentation: true };
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

  it('names the first change of the kind that decided, and how many more', () => {
    expect(nextRelease({ previous: '0.1.0', configured: '0.1.0', documentChanged: true, changes: CHANGES.breaking, comparable: true }).reason).toBe('breaking: [Removed] operation POST /tasks (method createTask), and 1 more');
    expect(nextRelease({ previous: '0.1.0', configured: '0.1.0', documentChanged: true, changes: CHANGES.additive, comparable: true }).reason).toBe('additive: [Added] operation GET /tasks (method listTasks)');
    expect(nextRelease({ previous: '0.1.0', configured: '0.1.0', documentChanged: true, changes: [described], comparable: true }).reason).toBe('documentation only: no change a client compiles against');
    expect(nextRelease({ previous: '0.1.0', configured: '0.1.0', documentChanged: true, changes: [], comparable: true })).toMatchObject({ version: '0.1.1', kind: 'documentation' });
  });

  it('an unchanged document keeps the version: nothing to release', () => {
    expect(nextRelease({ previous: '0.3.1', configured: '0.1.0', documentChanged: false, changes: [], comparable: true })).toEqual({ version: '0.3.1' });
  });

  it('a previous document that could not be compared is a breaking release', () => {
    expect(nextRelease({ previous: '1.2.3', configured: '0.1.0', documentChanged: true, changes: [], comparable: false })).toMatchObject({ version: '2.0.0', kind: 'breaking', reason: 'breaking: the previous document could not be compared' });
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
