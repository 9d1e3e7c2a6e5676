import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverManifests, loadManifest } from '../src/manifest.js';
import { checkProvenance } from '../src/regenerate/provenance.js';
import { readProvenance } from '../src/regenerate/provenance-file.js';
import { apisUnderTest, testDirs } from './apis/under-test.js';
import { SEEDS_DIR, UPSTREAM_DIR, manifestYaml, writeTree } from './helpers.js';

const apis = await apisUnderTest();
const { specs } = testDirs();
const seeded = apis.flatMap(({ manifest }) =>
  [...manifest.sources, ...manifest.references].filter((entry) => entry.seed).map((entry) => ({ api: manifest.name, manifest, file: entry.file, path: join(manifest.dir, entry.file), seed: entry.seed! })),
);
const complete = apis.flatMap(({ manifest }) => manifest.sources.filter((entry) => entry.upstream).map((entry) => ({ api: manifest.name, manifest, file: entry.file, path: join(manifest.dir, entry.file), upstream: entry.upstream! })));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

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

  // The same check as `generate --check` (src/regenerate/provenance.ts): a page edited without regenerating fails here, one line per file.
  it('keeps every raw file as its provenance record (specs/<api>/provenance.yaml) says', () => {
    for (const { manifest } of apis) {
      expect(checkProvenance(manifest).map(({ file, reason }) => `${file}: ${reason}`), manifest.name).toEqual([]);
    }
  });

  // Skipped, and reported as skipped with the reason, where ../shared is not checked out (never a silent pass).
  // A vendor update changes the page and its record; the original record stays, and must still be the seed's.
  it.skipIf(!existsSync(SEEDS_DIR))('records each seeded page\'s original as its copy in ../shared/seeds (skipped when ../shared/seeds is absent)', () => {
    for (const { manifest, file, path, seed } of seeded) {
      const seedPath = join(SEEDS_DIR, seed);
      expect(existsSync(seedPath), `${path}: no seed ${seedPath}`).toBe(true);
      const original = readProvenance(manifest).get(file)?.original;
      expect(original, `${path}: no original in its provenance record`).toEqual({ seed, sha256: sha256(seedPath) });
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
  if (complete.length > 0) it.skipIf(!existsSync(UPSTREAM_DIR))('records each complete document\'s original as its copy in ../shared/upstream (skipped when ../shared/upstream is absent)', () => {
    for (const { manifest, file, path, upstream } of complete) {
      const upstreamPath = join(UPSTREAM_DIR, upstream);
      expect(existsSync(upstreamPath), `${path}: no upstream document ${upstreamPath}`).toBe(true);
      const original = readProvenance(manifest).get(file)?.original;
      expect(original, `${path}: no original in its provenance record`).toEqual({ upstream, sha256: sha256(upstreamPath) });
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
