/**
 * Reading input files: only regular files, never more than the limit, only
 * inside the readable folders, checked before anything is opened.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRefused, readableRoots, readRegularFile, realPath, resolveListedFile } from '../../src/ingest/input-file.js';
import { loadSource } from '../../src/ingest/source.js';
import { tempDir } from '../helpers.js';

/** Special files a source must never be: each made for real. */
const SPECIAL: Array<[string, (path: string) => void, RegExp]> = [
  ['FIFO', (path) => execFileSync('mkfifo', [path]), /is a FIFO \(named pipe\), not a regular file/],
  ['directory', (path) => mkdirSync(path), /is a directory, not a regular file/],
  ['socket', (path) => execFileSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(path)}, () => process.exit(0))`]), /is a socket, not a regular file/],
];

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FileRefused);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('readRegularFile', () => {
  it.each(SPECIAL)('refuses a %s without blocking', (_kind, make, reason) => {
    const path = join(tempDir(), 'source.yaml');
    make(path);
    const started = performance.now();
    expect(refusal(() => readRegularFile(path, 1024))).toMatch(reason);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['/dev/zero', /is a character device/],
    ['/dev/null', /is a character device/],
  ])('refuses the device %s', (path, reason) => {
    expect(refusal(() => readRegularFile(path, 1024))).toMatch(reason);
  });

  it('refuses a symlink given as the file (callers pass real paths)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'target.yaml'), 'a: 1\n');
    symlinkSync(join(dir, 'target.yaml'), join(dir, 'link.yaml'));
    expect(refusal(() => readRegularFile(join(dir, 'link.yaml'), 1024))).toMatch(/is a symlink, not a regular file/);
  });

  it.each([
    [0, true],
    [99, true],
    [100, true],
    [101, false],
    [5_000, false],
  ])('a %i-byte file against a 100-byte limit: read %s', (size, read) => {
    const path = join(tempDir(), 'source.yaml');
    writeFileSync(path, 'x'.repeat(size));
    if (read) expect(readRegularFile(path, 100)).toHaveLength(size);
    else expect(refusal(() => readRegularFile(path, 100))).toBe('is over the limit of 100 bytes');
  });

  it('stops at the limit when the size lies (a /proc file says 0 bytes)', () => {
    const proc = '/proc/self/status';
    expect(statSync(proc).size).toBe(0);
    expect(readRegularFile(proc, 1 << 20).length).toBeGreaterThan(64);
    expect(refusal(() => readRegularFile(proc, 64))).toBe('is over the limit of 64 bytes');
  });
});

describe('resolveListedFile', () => {
  /** specs/api/raw/page.md inside, outside.yaml beside specs/. */
  function layout() {
    const root = tempDir();
    const api = join(root, 'specs', 'api');
    mkdirSync(join(api, 'raw'), { recursive: true });
    mkdirSync(join(root, 'specs', 'shared'));
    writeFileSync(join(api, 'raw', 'page.md'), 'page');
    writeFileSync(join(root, 'specs', 'shared', 'errors.yaml'), 'shared');
    writeFileSync(join(root, 'outside.yaml'), 'outside');
    return { root, api, roots: readableRoots([api, join(root, 'specs')], (path) => path) };
  }

  it.each([
    ['raw/page.md', 'raw/page.md'],
    ['./raw/../raw/page.md', 'raw/page.md'],
    ['../shared/errors.yaml', '../shared/errors.yaml'],
  ])('accepts %s', (name, expected) => {
    const { api, roots } = layout();
    expect(resolveListedFile(api, name, roots)).toBe(realPath(join(api, expected)));
  });

  it.each([
    ['../../outside.yaml', /^is outside the API folder \(.*\) and the specs folder \(.*\): files are read only from there$/],
    ['raw/../../../outside.yaml', /^is outside the API folder/],
    ['/etc/passwd', /^is an absolute path: list it relative to the API folder/],
    ['raw/missing.md', /^does not exist$/],
    ['raw', /^is a directory, not a regular file$/],
  ])('refuses %s', (name, reason) => {
    const { api, roots } = layout();
    expect(refusal(() => resolveListedFile(api, name, roots))).toMatch(reason);
  });

  it.each([
    ['a file outside', (root: string) => join(root, 'outside.yaml')],
    ['a folder outside', (root: string) => root],
    ['/dev/zero', () => '/dev/zero'],
    ['/etc/passwd', () => '/etc/passwd'],
    ['a link to a FIFO outside (Node\'s own realpath stops at such a link)', (root: string) => {
      execFileSync('mkfifo', [join(root, 'outside.fifo')]);
      symlinkSync(join(root, 'outside.fifo'), join(root, 'hop'));
      return join(root, 'hop');
    }],
  ])('refuses a symlink in raw/ to %s', (_what, target) => {
    const { root, api, roots } = layout();
    symlinkSync(target(root), join(api, 'raw', 'link.yaml'));
    expect(refusal(() => resolveListedFile(api, 'raw/link.yaml', roots))).toMatch(/^leads outside the API folder .* through a symlink$/);
  });

  it('follows a symlink that stays inside', () => {
    const { api, roots } = layout();
    symlinkSync('page.md', join(api, 'raw', 'alias.md'));
    expect(resolveListedFile(api, 'raw/alias.md', roots)).toBe(realPath(join(api, 'raw', 'page.md')));
  });
});

describe('loadSource with readable folders', () => {
  it('refuses, naming the file, a path that a symlink leads outside: checked again when it is read', () => {
    const root = tempDir();
    mkdirSync(join(root, 'api'));
    writeFileSync(join(root, 'outside.yaml'), 'openapi: 3.1.0\n');
    symlinkSync(join(root, 'outside.yaml'), join(root, 'api', 'source.yaml'));
    const roots = readableRoots([join(root, 'api')], (path) => path);
    expect(() => loadSource(join(root, 'api', 'source.yaml'), roots)).toThrow(/source\.yaml: file leads outside the API folder .* through a symlink$/);
  });

  it('says how large a file over 32 MB is, without reading it', () => {
    const path = join(tempDir(), 'huge.yaml');
    writeFileSync(path, Buffer.alloc(33 * 2 ** 20, 0x61));
    expect(() => loadSource(path)).toThrow(/huge\.yaml:1: file is 33\.0 MB: sources over 32 MB are refused/);
  });
});
