/**
 * `--check` reads the committed output folder, which anyone can commit to:
 * whatever sits there under a generated file's name, the comparison ends
 * at once and reports it, reading no more than the generated file's size.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees } from '../../src/regenerate/drift.js';
import { tempDir, writeTree } from '../helpers.js';

const GENERATED = { 'api/openapi.yaml': 'openapi: 3.1.0\n', 'api/src/schema.ts': 'export {};\n' };

describe('compareTrees', () => {
  it('reports added, removed and changed files, sorted', () => {
    const expected = writeTree(GENERATED);
    const actual = writeTree({ 'api/openapi.yaml': 'openapi: 3.0.0\n', 'api/stale.ts': '' });
    expect(compareTrees(actual, expected)).toEqual([
      { file: 'api/openapi.yaml', kind: 'changed' },
      { file: 'api/src/schema.ts', kind: 'added' },
      { file: 'api/stale.ts', kind: 'removed' },
    ]);
  });

  it('finds two identical trees identical', () => {
    expect(compareTrees(writeTree(GENERATED), writeTree(GENERATED))).toEqual([]);
  });

  it.each([
    ['a symlink to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
    ['a symlink to the identical generated file', (path: string, expected: string) => symlinkSync(join(expected, 'api/openapi.yaml'), path)],
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
    ['a folder', (path: string) => mkdirSync(path)],
    ['a bigger file with the same start', (path: string) => writeFileSync(path, `openapi: 3.1.0\n${'x'.repeat(1 << 20)}`)],
  ])('reports %s under a generated name as changed (or removed), without reading it', (_, make, ) => {
    const expected = writeTree(GENERATED);
    const actual = tempDir();
    writeTree({ 'api/src/schema.ts': 'export {};\n' }, actual);
    make(join(actual, 'api/openapi.yaml'), expected);
    const started = performance.now();
    const drift = compareTrees(actual, expected);
    expect(drift.map((entry) => entry.file)).toContain('api/openapi.yaml');
    expect(drift.find((entry) => entry.file === 'api/openapi.yaml')?.kind).toMatch(/changed|added/);
    // A hang or an endless read would fail this generous bound.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
