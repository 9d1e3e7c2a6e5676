/**
 * Compares two generated trees file by file: what `--check` reports.
 *
 * The output folder is a checkout anyone can commit to, so it is read
 * carefully: only regular files are read, and never past the size of the
 * file generation produced (a symlink to /dev/zero committed under a
 * generated file's name is `changed`, not read until memory runs out).
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readRegularFile } from '../ingest/input-file.js';

export interface Drift {
  file: string;
  kind: 'added' | 'removed' | 'changed';
}

/** Every entry below `root` that is not a folder (files, and links, FIFOs… that generation never writes). */
function listFiles(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

/** Whether `actualPath` is a regular file with exactly the bytes of the generated `expectedPath`. */
function sameFile(actualPath: string, expectedPath: string): boolean {
  const actual = lstatSync(actualPath);
  const expected = lstatSync(expectedPath);
  if (!actual.isFile() || actual.size !== expected.size) return false;
  try {
    return readRegularFile(actualPath, expected.size).equals(readRegularFile(expectedPath, expected.size));
  } catch {
    // Replaced while being read, or grown past the generated size: not the generated file.
    return false;
  }
}

/** Files `expected` has that `actual` lacks are `added` (generation would add them), and so on. */
export function compareTrees(actual: string, expected: string): Drift[] {
  const actualFiles = new Set(listFiles(actual));
  const expectedFiles = new Set(listFiles(expected));
  const drift: Drift[] = [];
  for (const file of expectedFiles) {
    if (!actualFiles.has(file)) drift.push({ file, kind: 'added' });
    else if (!sameFile(join(actual, file), join(expected, file))) drift.push({ file, kind: 'changed' });
  }
  for (const file of actualFiles) if (!expectedFiles.has(file)) drift.push({ file, kind: 'removed' });
  return drift.sort((a, b) => a.file.localeCompare(b.file));
}
