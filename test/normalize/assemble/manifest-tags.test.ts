/**
 * A manifest tag's pathPattern is untrusted input too: it is matched in
 * linear time, and a pattern that needs a backtracking engine, or is none,
 * fails with one line naming /tags/<i>/pathPattern.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../src/openapi/types.js';
import { loadManifest, type Manifest } from '../../../src/manifest.js';
import { manifestSettings } from '../../../src/normalize/assemble/manifest.js';
import { manifestYaml, writeTree } from '../../helpers.js';
import { apiContext } from '../given.js';

function manifestWith(pathPattern: string): Manifest {
  const tags = `tags:\n  - name: First\n    pathPattern: '^/v1/'\n  - name: Hostile\n    pathPattern: ${JSON.stringify(pathPattern)}\n`;
  const dir = writeTree({ 'api/manifest.yaml': manifestYaml(['raw/a.yaml'], tags), 'api/raw/a.yaml': 'openapi: 3.1.0\n' });
  return loadManifest(join(dir, 'api'));
}

const documentWith = (paths: string[]): JsonObject => ({
  openapi: '3.1.0',
  paths: Object.fromEntries(paths.map((path) => [path, { get: { responses: { '200': { description: 'ok' } } } }])),
});

describe('manifest tag pathPattern', () => {
  // The last column: whether the pattern matches `/aaa…ax` (never computed with RegExp here: it would backtrack).
  it.each([
    ['(a+)+$', 35, 'default'],
    ['^/(a|a)*$', 1_000, 'default'],
    ['^/([a-z]+/?)+x$', 100_000, 'Hostile'],
  ])('%s is matched against paths of %i characters within the bound', (pattern, size, lastTag) => {
    const manifest = manifestWith(pattern);
    const hostile = `/${'a'.repeat(size)}!`;
    const document = documentWith([hostile, '/v1/x', `/${'a'.repeat(size)}x`]);
    const started = performance.now();
    manifestSettings.run(document, apiContext({ manifest }));
    expect(performance.now() - started).toBeLessThan(5_000);
    const tags = Object.values(document.paths as Record<string, { get: { tags: string[] } }>).map((item) => item.get.tags);
    expect(tags).toEqual([['default'], ['First'], [lastTag]]);
  });

  it.each([
    ['^(?=/v1)', /pathPattern: invalid regular expression "\^\(\?=\/v1\)": lookahead/],
    ['(/a)\\1', /pathPattern: invalid regular expression .*: backreference/],
    ['^/v1/[', /pathPattern: invalid regular expression "\^\/v1\/\[": Invalid regular expression/],
  ])('%s is refused naming /tags/1/pathPattern', (pattern, reason) => {
    let message = '';
    try {
      manifestWith(pattern);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/manifest\.yaml:\d+:\d+ #\/tags\/1\/pathPattern: /);
    expect(message).toMatch(reason);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('a pattern that is not a string is refused', () => {
    const dir = writeTree({ 'api/manifest.yaml': manifestYaml(['raw/a.yaml'], 'tags:\n  - name: T\n    pathPattern: 12\n'), 'api/raw/a.yaml': 'openapi: 3.1.0\n' });
    expect(() => loadManifest(join(dir, 'api'))).toThrow(/#\/tags\/0\/pathPattern: invalid regular expression 12: expected a string/);
  });
});
