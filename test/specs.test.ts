import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverManifests, loadManifest } from '../src/manifest.js';
import { apisUnderTest, testDirs } from './apis/under-test.js';
import { SEEDS_DIR, UPSTREAM_DIR, manifestYaml, writeTree } from './helpers.js';

const apis = await apisUnderTest();
const { specs } = testDirs();
const seeded = apis.flatMap(({ manifest }) =>
  [...manifest.sources, ...manifest.references].filter((entry) => entry.seed).map((entry) => ({ api: manifest.name, path: join(manifest.dir, entry.file), seed: entry.seed! })),
);
const complete = apis.flatMap(({ manifest }) => manifest.sources.filter((entry) => entry.upstream).map((entry) => ({ api: manifest.name, path: join(manifest.dir, entry.file), upstream: entry.upstream! })));

describe('specs/', () => {
  it('has one folder per API, each with a manifest', () => {
    const folders = readdirSync(specs, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(folders.length).toBeGreaterThan(0);
    expect(apis.map((api) => api.name)).toEqual(folders);
    for (const api of apis) {
      expect(api.manifest.dir).toBe(join(specs, api.name));
      if (api.expected?.securityScheme) expect(api.manifest.auth.schemes[0]?.securityScheme, api.name).toEqual(expect.objectContaining(api.expected.securityScheme));
    }
  });

  it('lists each seeded raw file once, and the file exists', () => {
    expect(new Set(seeded.map(({ path }) => path)).size).toBe(seeded.length);
    expect(new Set(seeded.map(({ api, seed }) => `${api}/${seed}`)).size).toBe(seeded.length);
    for (const { path } of seeded) expect(existsSync(path), path).toBe(true);
    for (const api of apis) {
      if (api.expected?.seededFiles !== undefined) expect(seeded.filter((entry) => entry.api === api.name), api.name).toHaveLength(api.expected.seededFiles);
    }
  });

  // Skipped, and reported as skipped with the reason, where ../shared is not checked out (never a silent pass).
  it.skipIf(!existsSync(SEEDS_DIR))('keeps the raw pages byte-identical to their upstream copies in ../shared/seeds (skipped when ../shared/seeds is absent)', () => {
    for (const { path, seed } of seeded) {
      const seedPath = join(SEEDS_DIR, seed);
      expect(existsSync(seedPath), `${path}: no seed ${seedPath}`).toBe(true);
      expect(readFileSync(path).equals(readFileSync(seedPath)), `${path} differs from ${seedPath}`).toBe(true);
    }
  });
});

describe('specs/ complete documents', () => {
  it('names a published URL for each, and at most one wins per API', () => {
    for (const { manifest } of apis) {
      for (const entry of manifest.sources.filter((source) => source.upstream)) expect(entry.url, `${manifest.name}: ${entry.file}`).toMatch(/^https:\/\//);
      expect(manifest.sources.filter((source) => source.wins).length, manifest.name).toBeLessThanOrEqual(1);
    }
  });

  // Skipped, and reported as skipped with the reason, where ../shared is not checked out (never a silent pass).
  // Only where an API of the specs folder takes a vendor's complete document.
  if (complete.length > 0) it.skipIf(!existsSync(UPSTREAM_DIR))('keeps each complete document byte-identical to its copy in ../shared/upstream (skipped when ../shared/upstream is absent)', () => {
    for (const { path, upstream } of complete) {
      const upstreamPath = join(UPSTREAM_DIR, upstream);
      expect(existsSync(upstreamPath), `${path}: no upstream document ${upstreamPath}`).toBe(true);
      expect(readFileSync(path).equals(readFileSync(upstreamPath)), `${path} differs from ${upstreamPath}`).toBe(true);
    }
  });
});

describe('manifest errors', () => {
  const api = (manifest: string) => writeTree({ 'api/manifest.yaml': manifest, 'api/raw/a.yaml': 'openapi: 3.1.0\n' });

  it('names a missing field with its line', () => {
    const dir = api(manifestYaml(['raw/a.yaml']).replace('title: Test API\n', ''));
    expect(() => loadManifest(join(dir, 'api'))).toThrow(/manifest\.yaml:\d+.*missing manifest field "title"/);
  });

  it('names a missing source file', () => {
    const dir = api(manifestYaml(['raw/missing.yaml']));
    expect(() => loadManifest(join(dir, 'api'))).toThrow(/manifest\.yaml:\d+:\d+ #\/sources\/0\/file: source file "raw\/missing\.yaml" does not exist/);
  });

  it.each([
    ['a wins that is not a boolean', 'sources:\n  - file: raw/a.yaml\n    wins: yes please\n', /#\/sources\/0\/wins: expected true or false/],
    ['two winning sources', 'sources:\n  - file: raw/a.yaml\n    wins: true\n  - file: raw/b.yaml\n    wins: true\n', /#\/sources\/1\/wins: another source already wins/],
    ['a winning reference', 'sources:\n  - file: raw/a.yaml\nreferences:\n  - file: raw/b.yaml\n    wins: true\n', /#\/references\/0\/wins: only a source can win/],
  ])('refuses %s, naming its line', (_name, sources, error) => {
    const dir = writeTree({ 'api/manifest.yaml': manifestYaml(['raw/a.yaml']).replace(/sources:\n(  - .*\n)+/, sources), 'api/raw/a.yaml': 'openapi: 3.1.0\n', 'api/raw/b.yaml': 'openapi: 3.1.0\n' });
    expect(() => loadManifest(join(dir, 'api'))).toThrow(new RegExp(`manifest\\.yaml:\\d+:\\d+ ${error.source}`));
  });

  it('refuses an unknown auth kind', () => {
    const dir = api(manifestYaml(['raw/a.yaml']).replace('type: apiKey', 'type: oauth3'));
    expect(() => loadManifest(join(dir, 'api'))).toThrow(/#\/auth\/securityScheme\/type: unknown auth kind "oauth3"/);
  });

  it('refuses two APIs with one title', () => {
    const dir = writeTree({
      'one/manifest.yaml': manifestYaml(['a.yaml']),
      'one/a.yaml': 'openapi: 3.1.0\n',
      'two/manifest.yaml': manifestYaml(['a.yaml']),
      'two/a.yaml': 'openapi: 3.1.0\n',
    });
    expect(() => discoverManifests(dir)).toThrow(/two APIs have the title "Test API"/);
  });
});
