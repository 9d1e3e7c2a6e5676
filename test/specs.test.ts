import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverManifests, loadManifest } from '../src/manifest.js';
import { REPO_ROOT, SEEDS_DIR, manifestYaml, writeTree } from './helpers.js';

const SPECS = join(REPO_ROOT, 'specs');

describe('specs/', () => {
  const manifests = discoverManifests(SPECS);

  it('has one folder per API, each with a manifest', () => {
    expect(manifests.map((manifest) => manifest.name)).toEqual(['anchorbrowser', 'browseract']);
    expect(manifests.map((manifest) => manifest.auth.securityScheme)).toEqual([
      expect.objectContaining({ type: 'apiKey', in: 'header', name: 'anchor-api-key' }),
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    ]);
  });

  it('keeps the raw pages byte-identical to shared/seeds (whenever that folder is present)', () => {
    const seeded = manifests.flatMap((manifest) =>
      [...manifest.sources, ...manifest.references].filter((entry) => entry.seed).map((entry) => ({ path: join(manifest.dir, entry.file), seed: entry.seed! })),
    );
    expect(seeded).toHaveLength(5);
    for (const { path, seed } of seeded) {
      expect(existsSync(path), path).toBe(true);
      const seedPath = join(SEEDS_DIR, seed);
      if (existsSync(SEEDS_DIR)) expect(readFileSync(path).equals(readFileSync(seedPath)), `${path} differs from ${seedPath}`).toBe(true);
    }
  });
});

describe('manifest errors', () => {
  const api = (manifest: string) => writeTree({ 'api/manifest.yaml': manifest, 'api/raw/a.yaml': 'openapi: 3.1.0\n' });

  it('names a missing field with its line', () => {
    const dir = api(manifestYaml(['raw/a.yaml']).replace('baseUrl: https://api.example.test\n', ''));
    expect(() => loadManifest(join(dir, 'api'))).toThrow(/manifest\.yaml:\d+.*missing manifest field "baseUrl"/);
  });

  it('names a missing source file', () => {
    const dir = api(manifestYaml(['raw/missing.yaml']));
    expect(() => loadManifest(join(dir, 'api'))).toThrow(/manifest\.yaml:\d+:\d+ #\/sources\/0\/file: source file "raw\/missing\.yaml" does not exist/);
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
