/**
 * Files outside the API folder are refused before they are opened, not
 * after: every open of a real run is logged (test/support/fs-faults.mjs) and
 * the outside file, which carries a unique name, must not be among them.
 * An outside FIFO would block a blocking open forever: the run is bounded.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestYaml, REPO_ROOT, runGenerate, tempDir } from '../helpers.js';

const VALID = `openapi: 3.1.0\ninfo:\n  title: Outside\n  version: '1'\npaths: {}\n`;

/** A source whose one response's schema is `$ref: <ref>`. */
const referencing = (ref: string) => `openapi: 3.1.0\ninfo:\n  title: Refs\n  version: '1'\npaths:\n  /things:\n    get:\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema:\n                $ref: '${ref}'\n`;

/** Lays out specs/api under `root`; `outside` is the path of a file beside specs/ that must never be opened. */
type Layout = (root: string, outside: string) => void;

const manifest = (root: string, sources: string[], extra = '') => writeFileSync(join(root, 'specs/api/manifest.yaml'), manifestYaml(sources, extra));

const CASES: Array<[string, Layout, RegExp]> = [
  ['a source given as the absolute path', (root, outside) => manifest(root, [outside]), /#\/sources\/0\/file: source file ".*" is an absolute path/],
  ['a source given as ../../<file>', (root, outside) => manifest(root, [`../../${outside.split('/').pop()}`]), /#\/sources\/0\/file: source file "\.\.\/\.\.\/.*" is outside the API folder/],
  ['a source symlinked out of raw/', (root, outside) => {
    symlinkSync(outside, join(root, 'specs/api/raw/page.yaml'));
    manifest(root, ['raw/page.yaml']);
  }, /#\/sources\/0\/file: source file "raw\/page\.yaml" leads outside the API folder .* through a symlink/],
  ['a source symlinked, two links deep, out of raw/', (root, outside) => {
    symlinkSync(outside, join(root, 'specs/api/raw/first.yaml'));
    symlinkSync('first.yaml', join(root, 'specs/api/raw/page.yaml'));
    manifest(root, ['raw/page.yaml']);
  }, /source file "raw\/page\.yaml" leads outside the API folder .* through a symlink/],
  ['an overlay given as the absolute path', (root, outside) => {
    writeFileSync(join(root, 'specs/api/raw/openapi.yaml'), VALID);
    manifest(root, ['raw/openapi.yaml'], `overlays:\n  - ${outside}`);
  }, /#\/overlays\/0: overlay file ".*" is an absolute path/],
  ['a reference symlinked out of raw/', (root, outside) => {
    writeFileSync(join(root, 'specs/api/raw/openapi.yaml'), VALID);
    symlinkSync(outside, join(root, 'specs/api/raw/guide.md'));
    manifest(root, ['raw/openapi.yaml'], 'references:\n  - file: raw/guide.md');
  }, /#\/references\/0\/file: reference file "raw\/guide\.md" leads outside/],
  // A source's $refs to other files (src/ingest/bundle.ts).
  ['a $ref given as ../../../<file>', (root, outside) => {
    writeFileSync(join(root, 'specs/api/raw/openapi.yaml'), referencing(`../../../${outside.split('/').pop()}`));
    manifest(root, ['raw/openapi.yaml']);
  }, /raw\/openapi\.yaml:\d+:\d+ #\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema\/\$ref: \$ref "\.\.\/\.\.\/\.\.\/outside-.*" leads outside the API folder/],
  ['a $ref given as the absolute path', (root, outside) => {
    writeFileSync(join(root, 'specs/api/raw/openapi.yaml'), referencing(outside));
    manifest(root, ['raw/openapi.yaml']);
  }, /raw\/openapi\.yaml:\d+:\d+ #\/paths\/.*\$ref: \$ref ".*" is an absolute path/],
  ['a $ref to a file symlinked out of raw/', (root, outside) => {
    writeFileSync(join(root, 'specs/api/raw/openapi.yaml'), referencing('thing.yaml'));
    symlinkSync(outside, join(root, 'specs/api/raw/thing.yaml'));
    manifest(root, ['raw/openapi.yaml']);
  }, /raw\/openapi\.yaml:\d+:\d+ #\/paths\/.*\$ref: \$ref "thing\.yaml" names a file that leads outside the API folder .* through a symlink/],
  ['the manifest itself symlinked outside', (root, outside) => {
    symlinkSync(outside, join(root, 'specs/api/manifest.yaml'));
  }, /^error: specs\/api\/manifest\.yaml: file leads outside the API folder \(specs\/api\) and the specs folder \(specs\) through a symlink$/],
];

describe('files outside the API folder are never opened', () => {
  it.each([
    ...CASES.map(([name, layout, message]) => [name, 'file', layout, message] as const),
    ...CASES.map(([name, layout, message]) => [name, 'FIFO', layout, message] as const),
  ])('%s (the outside file a %s): one line, within a bound, never opened', async (_name, kind, layout, message) => {
    const root = tempDir();
    mkdirSync(join(root, 'specs', 'api', 'raw'), { recursive: true });
    const outside = join(realpathSync(root), `outside-${randomUUID()}.yaml`);
    if (kind === 'FIFO') execFileSync('mkfifo', [outside]);
    else writeFileSync(outside, VALID);
    layout(root, outside);
    const log = join(root, 'opened.log');
    writeFileSync(log, '');
    const result = await runGenerate(['--out', 'generated'], root, { faults: true, env: { FS_OPEN_LOG: log }, timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(readFileSync(log, 'utf8')).not.toContain('outside-');
  });

  it('the open log sees the files a run does read (the check above can fail)', async () => {
    const root = tempDir();
    cpSync(join(REPO_ROOT, 'test/fixtures/bad-specs/dangling-ref/specs'), join(root, 'specs'), { recursive: true });
    const log = join(root, 'opened.log');
    writeFileSync(log, '');
    const result = await runGenerate(['--out', 'generated'], root, { faults: true, env: { FS_OPEN_LOG: log }, timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    const opened = readFileSync(log, 'utf8');
    expect(opened).toContain(join(realpathSync(root), 'specs/api/manifest.yaml'));
    expect(opened).toContain(join(realpathSync(root), 'specs/api/openapi.yaml'));
  });
});
