/**
 * The output folder through the real CLI: folders it refuses to replace,
 * write failures (a read-only folder, a full disk, a quota: injected by
 * test/support/fs-faults.mjs, since a test cannot make them for real as root
 * on a shared machine), and a previous output that no longer reads. Each
 * failure is one line naming the output path, never a temporary folder,
 * and leaves the output as it was.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER_FILE } from '../../src/output/output-folder.js';
import { compareTrees } from '../../src/regenerate/drift.js';
import { generatedBaseline, runGenerate } from '../helpers.js';

/** The fixture API's specs and generated output, made once; each test works on a copy. */
const { dir: baselineDir, workspace } = generatedBaseline();

/** Every path and file content under `dir`: what "nothing touched" compares. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((path) => {
        const stats = lstatSync(join(dir, path));
        return [path, stats.isFile() ? readFileSync(join(dir, path), 'utf8') : stats.isSymbolicLink() ? 'symlink' : 'folder'];
      }),
  );
}

/** The regenerated document is the baseline's (the rest of a package may change while others edit the code generators). */
function sameDocument(root: string): boolean {
  const document = (dir: string) => readFileSync(join(dir, 'generated', 'tasks', 'openapi.yaml'), 'utf8');
  return document(root) === document(baselineDir());
}

/** What runs leave beside the output and in TMPDIR. */
function leftovers(root: string): string[] {
  return [...readdirSync(root).filter((name) => name.startsWith('.generated')), ...readdirSync(tmpdir()).filter((name) => name.startsWith('openapi-clients-check-'))];
}

describe('output folders the CLI refuses, relative to the working directory', () => {
  /**
   * outer/app is the project (package.json) and the working directory, with
   * notes, docs and symlinks; the specs are two levels up. Another copy of
   * the specs lives inside the project.
   */
  function project(): { root: string; cwd: string } {
    const root = workspace();
    const cwd = join(root, 'outer', 'app');
    mkdirSync(join(cwd, 'docs'), { recursive: true });
    writeFileSync(join(cwd, 'package.json'), '{}\n');
    writeFileSync(join(cwd, 'notes.txt'), 'mine\n');
    writeFileSync(join(cwd, 'docs', 'guide.md'), 'mine\n');
    cpSync(join(root, 'specs'), join(cwd, 'specs'), { recursive: true });
    symlinkSync('../../specs', join(cwd, 'specs-link'));
    symlinkSync('docs', join(cwd, 'docs-link'));
    return { root, cwd };
  }

  /** As the CLI shows a path: relative to the working directory, or absolute outside it. */
  const shown = (cwd: string, path: string) => {
    const fromCwd = relative(cwd, resolve(cwd, path));
    return fromCwd === '' ? '.' : fromCwd.startsWith('..') ? resolve(cwd, path) : fromCwd;
  };

  it.each([
    ['.', '../../specs', 'it is the project root'],
    ['./docs/..', '../../specs', 'it is the project root'],
    ['..', '../../specs', 'it contains the project root'],
    ['.', 'specs', 'it contains the specs folder (specs)'],
    ['../..', '../../specs', 'it contains the specs folder'],
    ['../../specs', '../../specs', 'it is the specs folder'],
    ['specs-link', '../../specs', 'it is the specs folder'],
    ['../../specs', 'specs-link', 'it is the specs folder'],
    ['specs/tasks', 'specs', 'it is inside the specs folder (specs)'],
    ['specs-link/tasks/raw/out', '../../specs', 'it is inside the specs folder'],
    ['notes.txt', 'specs', 'it is a file, not a folder'],
    ['docs', 'specs', 'it holds 1 entries ("guide.md") and no .openapi-clients file, so it was not written by this tool: give a new or empty folder'],
    ['docs-link', 'specs', 'it holds 1 entries ("guide.md") and no .openapi-clients file'],
  ])('--out %s --specs %s: "%s", nothing touched', async (out, specs, reason) => {
    const { root, cwd } = project();
    const before = snapshot(root);
    const result = await runGenerate(['--out', out, '--specs', specs, '--quiet'], cwd, { timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    const [line, ...more] = result.stderr.trim().split('\n');
    expect(more).toEqual([]);
    expect(line!.startsWith(`error: ${shown(cwd, out)}: refusing to write the output folder here: ${reason}`), line).toBe(true);
    expect(snapshot(root)).toEqual(before);
  });

  it.each([
    ['a missing specs folder', ['--specs', 'nope'], 'error: nope: specs folder does not exist'],
    ['a file as the specs folder', ['--specs', 'package.json'], 'error: package.json: specs folder is not a folder'],
    ['a specs folder without API folders', ['--specs', 'docs'], 'error: docs: no API folder (a folder holding manifest.yaml) in the specs folder: nothing to generate, generated left as it is'],
  ])('refuses %s and leaves the output alone', async (_name, args, expected) => {
    const { root, cwd } = project();
    cpSync(join(root, 'generated'), join(cwd, 'generated'), { recursive: true });
    const before = snapshot(root);
    const result = await runGenerate([...args, '--out', 'generated', '--quiet'], cwd, { timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(expected);
    expect(snapshot(root)).toEqual(before);
  });

  it('replaces earlier output (no marker yet) through a symlink: the link stays, the folder it points to gets the new output and the marker', async () => {
    const root = workspace();
    rmSync(join(root, 'generated', MARKER_FILE));
    symlinkSync('generated', join(root, 'out-link'));
    writeFileSync(join(root, 'generated', 'tasks', 'README.md'), 'stale\n');
    const result = await runGenerate(['--out', 'out-link', '--quiet'], root);
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(join(root, 'out-link')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'generated', MARKER_FILE), 'utf8')).toBe(readFileSync(join(baselineDir(), 'generated', MARKER_FILE), 'utf8'));
    expect(readFileSync(join(root, 'generated', 'tasks', 'README.md'), 'utf8')).not.toBe('stale\n');
    expect(sameDocument(root)).toBe(true);
    expect(leftovers(root)).toEqual([]);
  }, 120_000);
});

describe('--check and the marker', () => {
  it('accepts earlier output without the marker and reports the marker as the one file to add', async () => {
    const root = workspace();
    rmSync(join(root, 'generated', MARKER_FILE));
    const result = await runGenerate(['--out', 'generated', '--check', '--quiet'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`added: ${MARKER_FILE}\nerror: 1 file in generated differs from what the specs in specs generate; run \`openapi-clients generate\` (here: \`npm run generate\`) and commit the result\n`);
    expect(leftovers(root)).toEqual([]);
  }, 120_000);
});

describe('write failures: one line naming the output path and what the error means', () => {
  it.each([
    ['a read-only parent folder', 'EROFS:mkdir:/.generated.tmp-', [], 'generated: cannot write the output (mkdir): read-only file system (EROFS)'],
    ['a parent folder without write permission', 'EACCES:mkdir:/.generated.tmp-', [], 'generated: cannot write the output (mkdir): permission denied (EACCES)'],
    ['a full disk when writing the document', 'ENOSPC:open:/tasks/openapi.yaml', [], 'generated/tasks/openapi.yaml: cannot write the output (open): no space left on device (ENOSPC)'],
    ['a full disk when the compiler writes dist/ (in its worker)', 'ENOSPC:open:/tasks/dist/index.js', [], 'generated/tasks/dist/index.js: cannot write the output (open): no space left on device (ENOSPC)'],
    ['a quota hit when writing the client', 'EDQUOT:open:/tasks/src/client.ts', [], 'generated/tasks/src/client.ts: cannot write the output (open): disk quota exceeded (EDQUOT)'],
    ['a full disk when writing the marker', `ENOSPC:open:/${MARKER_FILE}`, [], `generated/${MARKER_FILE}: cannot write the output (open): no space left on device (ENOSPC)`],
    ['an output folder that may not be moved', 'EPERM:rename:/generated', [], 'generated: cannot write the output (rename): operation not permitted (EPERM)'],
    ['a read-only file system at the second rename (the previous output is put back)', 'EROFS:rename:/.generated.tmp-', [], 'generated: cannot write the output (rename): read-only file system (EROFS)'],
    ['a full temporary folder for --check', 'ENOSPC:mkdtemp:openapi-clients-check-', ['--check'], 'generated: cannot write the output (mkdtemp, in the --check copy in the system temporary folder): no space left on device (ENOSPC)'],
    ['an I/O error writing the --check copy', 'EIO:open:/tasks/package.json', ['--check'], 'generated/tasks/package.json: cannot write the output (open, in the --check copy in the system temporary folder): i/o error (EIO)'],
  ])('%s', async (_name, fault, args, expected) => {
    const root = workspace();
    const result = await runGenerate(['--out', 'generated', '--quiet', ...args], root, { faults: true, env: { FS_FAULT: fault }, timeoutMs: 120_000 });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`error: ${expected}`);
    expect(compareTrees(join(baselineDir(), 'generated'), join(root, 'generated'))).toEqual([]);
    expect(leftovers(root)).toEqual([]);
  }, 120_000);
});

describe('--api carries the other output over: files and folders only', () => {
  it.each([
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path]), 'a FIFO (named pipe)'],
    ['a symlink to /dev/zero', (path: string) => symlinkSync('/dev/zero', path), 'a symlink'],
    ['a symlink to a file', (path: string) => symlinkSync('../tasks/openapi.yaml', path), 'a symlink'],
    ['a socket', (path: string) => execFileSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(path)}, () => process.exit(0))`]), 'a socket'],
  ])('%s in another API\'s output: one line naming it, within a bound, output unchanged', async (_name, make, kind) => {
    const root = workspace();
    mkdirSync(join(root, 'generated', 'other'));
    make(join(root, 'generated', 'other', 'odd'));
    const before = snapshot(join(root, 'generated'));
    const result = await runGenerate(['--out', 'generated', '--api', 'tasks', '--quiet'], root, { timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`error: generated/other/odd: cannot carry the output over: it is ${kind}, where generated output holds only files and folders\n`);
    expect(snapshot(join(root, 'generated'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });
});

describe('a previous output that no longer reads', () => {
  it('a CHANGELOG.md that is a FIFO: one line naming it, within a bound, output unchanged', async () => {
    const root = workspace();
    execFileSync('mkfifo', [join(root, 'generated', 'tasks', 'CHANGELOG.md')]);
    const before = snapshot(join(root, 'generated'));
    const result = await runGenerate(['--out', 'generated', '--quiet'], root, { timeoutMs: 120_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: generated/tasks/CHANGELOG.md: cannot carry the change log over: file is a FIFO (named pipe), not a regular file\n');
    expect(snapshot(join(root, 'generated'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  }, 120_000);
});

describe('a previous openapi.yaml that no longer reads does not block regenerating', () => {
  it.each([
    ['invalid YAML', (file: string) => writeFileSync(file, 'openapi: 3.1.0\npaths: {\n  "/x": [\n'), /no longer parses: /],
    ['a YAML scalar', (file: string) => writeFileSync(file, 'just some text\n'), /no longer parses: not a mapping/],
    ['an empty file', (file: string) => writeFileSync(file, ''), /no longer parses: not a mapping/],
    ['binary garbage', (file: string) => writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x5b, 0x7b, 0x0a, 0x09, 0x3a])), /no longer parses: /],
    ['a FIFO', (file: string) => {
      rmSync(file);
      execFileSync('mkfifo', [file]);
    }, /openapi\.yaml is a FIFO \(named pipe\), not a regular file/],
  ])('%s: regenerated, and the change report says the previous document could not be compared', async (_name, spoil, reason) => {
    const root = workspace();
    spoil(join(root, 'generated', 'tasks', 'openapi.yaml'));
    const result = await runGenerate(['--out', 'generated'], root, { timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/changed: the previous document could not be compared \(openapi\.yaml .*\); it was replaced \(noted in tasks\/CHANGELOG\.md\)/);
    expect(result.stderr).toMatch(reason);
    expect(sameDocument(root)).toBe(true);
    expect(readFileSync(join(root, 'generated', 'tasks', 'CHANGELOG.md'), 'utf8')).toMatch(/\n## 0\.2\.0\n\n0\.1\.0 → 0\.2\.0: the previous document could not be compared, so it counts as breaking; breaking changes below 1\.0 bump the minor\.\n\nopenapi\.yaml \(unreadable\) → [0-9a-f]{12}\n\nThe previous document could not be compared \(openapi\.yaml .*\); it was replaced\.\n$/);
  }, 120_000);
});
