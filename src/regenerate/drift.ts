/**
 * Compares two generated trees file by file: what `--check` reports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Drift {
  file: string;
  kind: 'added' | 'removed' | 'changed';
}

function listFiles(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

/** Files `expected` has that `actual` lacks are `added` (generation would add them), and so on. */
export function compareTrees(actual: string, expected: string): Drift[] {
  const actualFiles = new Set(listFiles(actual));
  const expectedFiles = new Set(listFiles(expected));
  const drift: Drift[] = [];
  for (const file of expectedFiles) {
    if (!actualFiles.has(file)) drift.push({ file, kind: 'added' });
    else if (!readFileSync(join(actual, file)).equals(readFileSync(join(expected, file)))) drift.push({ file, kind: 'changed' });
  }
  for (const file of actualFiles) if (!expectedFiles.has(file)) drift.push({ file, kind: 'removed' });
  return drift.sort((a, b) => a.file.localeCompare(b.file));
}
