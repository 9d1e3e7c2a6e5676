/** The build cache: a hit writes what a compile writes; anything odd in the cache is a miss; failures are never stored. */
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/codegen/build-cache.js';
import { PackageBuilder } from '../../src/codegen/build.js';
import { tempDir, writeTree } from '../helpers.js';

const SOURCES = { 'src/index.ts': 'export const answer: number = 42;\nexport interface Shape { side: number }\n' };
const PACKAGE_JSON = '{ "name": "cached", "version": "1.0.0", "type": "module" }\n';

let cacheDir: string;
const saved = process.env.OPENAPI_CLIENTS_BUILD_CACHE;
beforeEach(() => {
  cacheDir = tempDir('build-cache-');
  process.env.OPENAPI_CLIENTS_BUILD_CACHE = cacheDir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.OPENAPI_CLIENTS_BUILD_CACHE;
  else process.env.OPENAPI_CLIENTS_BUILD_CACHE = saved;
});

function packageWith(sources: Record<string, string>): string {
  return writeTree({ ...sources, 'package.json': PACKAGE_JSON });
}

const entries = () => readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
const dist = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'dist')).sort().map((file) => [file, readFileSync(join(dir, 'dist', file), 'utf8')]));

describe('BuildCache', () => {
  it('keys a package by every file, whatever the order they are given in', () => {
    const cache = new BuildCache();
    const key = cache.keyOf({ 'a.ts': '1', 'b.ts': '2' });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.keyOf({ 'b.ts': '2', 'a.ts': '1' })).toBe(key);
    expect(cache.keyOf({ 'a.ts': '1', 'b.ts': '3' })).not.toBe(key);
    expect(cache.keyOf({ 'a.ts': '1', 'c.ts': '2' })).not.toBe(key);
    // A path and content cannot be shifted into each other.
    expect(cache.keyOf({ 'a.ts': '12' })).not.toBe(cache.keyOf({ 'a.ts1': '2' }));
  });

  it('is off with OPENAPI_CLIENTS_BUILD_CACHE=off: no key, every package compiles', () => {
    process.env.OPENAPI_CLIENTS_BUILD_CACHE = 'off';
    const cache = new BuildCache();
    expect(cache.keyOf(SOURCES)).toBeUndefined();
    expect(cache.empty()).toBe(true);
    expect(cache.restore(undefined, tempDir())).toBe(false);
  });

  it('treats an unreadable, malformed or escaping entry as a miss and writes nothing', () => {
    const cache = new BuildCache();
    const packageDir = tempDir();
    const bad = {
      'not JSON': '{"files": ',
      'no files': '{}',
      'a file outside dist/': JSON.stringify({ files: { 'src/index.ts': 'x' } }),
      'a path that climbs out': JSON.stringify({ files: { 'dist/../../escaped.js': 'x' } }),
      'content that is not text': JSON.stringify({ files: { 'dist/index.js': 1 } }),
    };
    for (const [what, text] of Object.entries(bad)) {
      const key = cache.keyOf({ what })!;
      writeFileSync(join(cacheDir, `${key}.json`), text);
      expect(cache.restore(key, packageDir), what).toBe(false);
    }
    expect(cache.restore('../../etc/passwd', packageDir)).toBe(false);
    expect(readdirSync(packageDir)).toEqual([]);
  });

  it('keeps the most recently used entries and removes partial files of runs that died', () => {
    const cache = new BuildCache();
    const old = new Date(Date.now() - 2 * 3_600_000);
    for (let index = 0; index < 260; index++) {
      const path = join(cacheDir, `${cache.keyOf({ index: String(index) })}.json`);
      writeFileSync(path, JSON.stringify({ files: {} }));
      // The first ones are the least recently used.
      const used = new Date(Date.now() - (300 - index) * 60_000);
      utimesSync(path, used, used);
    }
    const oldest = `${cache.keyOf({ index: '0' })}.json`;
    writeFileSync(join(cacheDir, 'dead.json.123.partial'), '{');
    utimesSync(join(cacheDir, 'dead.json.123.partial'), old, old);
    const packageDir = writeTree({ 'dist/index.js': 'export {};\n' });
    cache.store(cache.keyOf({ newest: '1' }), packageDir);
    expect(entries()).toHaveLength(256);
    expect(entries()).toContain(`${cache.keyOf({ newest: '1' })}.json`);
    expect(entries()).not.toContain(oldest);
    expect(existsSync(join(cacheDir, 'dead.json.123.partial'))).toBe(false);
  });
});

describe('PackageBuilder with the cache', () => {
  it('restores, in another package folder, the very bytes the compile wrote, without compiling', async () => {
    const first = new PackageBuilder();
    const compiled = packageWith(SOURCES);
    try {
      await first.build(compiled, SOURCES);
    } finally {
      await first.close();
    }
    expect(entries()).toHaveLength(1);
    expect(dist(compiled)['index.d.ts']).toContain('answer: number');

    const second = new PackageBuilder();
    const restored = packageWith(SOURCES);
    try {
      await second.build(restored, SOURCES);
      // The compiler's worker never started: the hit needed no compile.
      expect((second as unknown as { started?: unknown }).started).toBeUndefined();
    } finally {
      await second.close();
    }
    expect(dist(restored)).toEqual(dist(compiled));
  });

  it('compiles again when a source changes, and never stores a package that fails to compile', async () => {
    const builder = new PackageBuilder();
    try {
      await builder.build(packageWith(SOURCES), SOURCES);
      const changed = { 'src/index.ts': 'export const answer: string = "42";\n' };
      const changedDir = packageWith(changed);
      await builder.build(changedDir, changed);
      expect(dist(changedDir)['index.d.ts']).toContain('answer: string');
      expect(entries()).toHaveLength(2);

      const failing = { 'src/index.ts': 'export const answer: number = "not a number";\n' };
      for (let attempt = 0; attempt < 2; attempt++) {
        await expect(builder.build(packageWith(failing), failing)).rejects.toThrow(/not assignable to type 'number'/);
      }
      expect(entries()).toHaveLength(2);
    } finally {
      await builder.close();
    }
  });
});
