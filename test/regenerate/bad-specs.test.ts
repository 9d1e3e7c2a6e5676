/**
 * The bad-input corpus, through the real CLI. Each folder of
 * test/fixtures/bad-specs/ is a specs tree, a README saying what is wrong
 * with it, and expected-error.txt: the one line the CLI must print (a
 * trailing "…" stands for a parser's own wording). Every case must exit 1,
 * write nothing, and name the file and the location.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runGenerate, tempDir } from '../helpers.js';

const CORPUS = join(REPO_ROOT, 'test', 'fixtures', 'bad-specs');
const cases = readdirSync(CORPUS).sort();

const VALID = `openapi: 3.1.0\ninfo:\n  title: Outside\n  version: '1'\npaths: {}\n`;

/** Made under `root` (the folder holding specs/), parent folders included. */
function make(root: string, path: string, create: (path: string) => void): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  create(join(root, path));
}

/** Made at test time rather than committed: a 50 MB document, special files, symlinks, files beside specs/. */
const SETUP: Record<string, (root: string) => void> = {
  'huge-document': (root) => writeFileSync(join(root, 'specs/api/openapi.yaml'), `openapi: 3.1.0\ninfo:\n  title: Huge\n  version: '1'\npaths: {}\nx-padding: ${'a'.repeat(50 * 2 ** 20)}\n`),
  'source-outside-folder': (root) => writeFileSync(join(root, 'outside.yaml'), VALID),
  'source-symlink-out-of-raw': (root) => {
    writeFileSync(join(root, 'outside.yaml'), VALID);
    make(root, 'specs/api/raw/page.md', (path) => symlinkSync('../../../outside.yaml', path));
  },
  'source-symlink-to-dev-zero': (root) => make(root, 'specs/api/raw/zero.yaml', (path) => symlinkSync('/dev/zero', path)),
  'source-fifo': (root) => make(root, 'specs/api/raw/pipe.yaml', (path) => execFileSync('mkfifo', [path])),
  'source-socket': (root) => make(root, 'specs/api/raw/api.yaml', (path) => execFileSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(path)}, () => process.exit(0))`])),
  'overlay-outside-folder': (root) => writeFileSync(join(root, 'overlay.yaml'), 'overlay: 1.0.0\ninfo:\n  title: Outside\n  version: "1"\nactions: []\n'),
  'overlay-fifo': (root) => make(root, 'specs/api/overlays/fix.yaml', (path) => execFileSync('mkfifo', [path])),
  'ref-outside-folder': (root) => writeFileSync(join(root, 'outside.yaml'), 'type: string\n'),
  'ref-symlink-outside': (root) => make(root, 'specs/api/thing.yaml', (path) => symlinkSync('/etc/hostname', path)),
  'reference-symlink-outside': (root) => make(root, 'specs/api/raw/guide.md', (path) => symlinkSync('/etc/hostname', path)),
};

describe('bad-input corpus', () => {
  it('has at least 35 cases, each with a README and an expected error', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
    for (const name of cases) {
      expect(existsSync(join(CORPUS, name, 'README')), name).toBe(true);
      expect(readFileSync(join(CORPUS, name, 'expected-error.txt'), 'utf8').trim().split('\n'), name).toHaveLength(1);
    }
  });

  it.concurrent.each(cases)('%s: exits 1 with its one-line error naming file and location, and writes nothing', async (name) => {
    const root = tempDir();
    cpSync(join(CORPUS, name, 'specs'), join(root, 'specs'), { recursive: true });
    SETUP[name]?.(root);
    // A FIFO or a device read by mistake would hang: the run is killed (code -1) after a generous bound.
    const result = await runGenerate(['--out', 'generated'], root, { timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    const line = result.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    const expected = readFileSync(join(CORPUS, name, 'expected-error.txt'), 'utf8').trim();
    if (expected.endsWith('…')) expect(line.startsWith(expected.slice(0, -1)), line).toBe(true);
    else expect(line).toBe(expected);
    // file:line[:column] and/or #pointer before the reason
    expect(line).toMatch(/^error: specs\/\w+\/[\w.-]+:(\d+(:\d+)?( #\S*)?|#\S*): /);
    expect(existsSync(join(root, 'generated'))).toBe(false);
    expect(readdirSync(root).filter((entry) => entry.startsWith('.generated'))).toEqual([]);
  });
});

describe('good-input edge cases', () => {
  it('generates an API whose schema is recursive', async () => {
    const root = tempDir();
    cpSync(join(REPO_ROOT, 'test/fixtures/good-specs/recursive-schema/specs'), join(root, 'specs'), { recursive: true });
    const result = await runGenerate(['--out', 'generated', '--quiet'], root);
    expect(result.code, result.stderr).toBe(0);
    const types = readFileSync(join(root, 'generated/api/src/schema.ts'), 'utf8');
    expect(types).toMatch(/children\?: components\["schemas"\]\["Node"\]\[\];/);
    expect(existsSync(join(root, 'generated/api/dist/index.js'))).toBe(true);
  });

  it("generates an API with GitHub's awkward shapes into a package that compiles", async () => {
    const root = tempDir();
    cpSync(join(REPO_ROOT, 'test/fixtures/good-specs/github-shapes/specs'), join(root, 'specs'), { recursive: true });
    const result = await runGenerate(['--out', 'generated', '--quiet'], root);
    expect(result.code, result.stderr).toBe(0);
    const client = readFileSync(join(root, 'generated/api/src/client.ts'), 'utf8');
    expect(client).toContain('"meta/root": ExactInit<ClientForPath<paths["/"], Media>["GET"], operations["meta/root"]["responses"]>;');
    // A method name that cannot be a binding has no route constant: the full client writes its route inline.
    expect(readFileSync(join(root, 'generated/api/src/routes.ts'), 'utf8')).not.toContain('meta/root');
    expect(client).toMatch(/\{ \.\.\.routes, "meta\/root": "GET \/"/);
    // An inline multipart route carries its form builder, which the client then imports.
    expect(client).toContain('"repos/upload-release-asset": ["POST /assets", toFormData] as const');
    expect(client).toMatch(/import \{[^}]*\btoFormData\b[^}]*\} from "\.\/runtime\/index\.js"/);
    const enums = readFileSync(join(root, 'generated/api/src/enums.ts'), 'utf8');
    expect(enums).toContain('export const analysisStatusValues = ["in_progress", "succeeded"]');
    expect(enums).toContain('export const analysisStatus2Values = ["queued", "done"]');
    // The build step type-checks the package before it writes dist/.
    expect(readFileSync(join(root, 'generated/api/dist/client.d.ts'), 'utf8')).toContain('"meta/root"');
  });
});
