/**
 * Every test file runs with its own TMPDIR (inherited by the CLI runs it
 * starts), so what it leaves there is its own even while other people's
 * test runs share /tmp. After the file, the folders made by `tempDir()` are
 * removed, and anything else left there fails the file: a temporary folder
 * that a test, or the toolchain under test, did not clean up.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { removeAbandoned } from '../../src/output/temp-folders.js';
import { removeTempDirs } from '../helpers.js';

const PREFIX = 'openapi-clients-test-';
const systemTmp = tmpdir();
// Runs killed before their afterAll left their folder: remove those of dead processes.
removeAbandoned(systemTmp, (name) => (name.startsWith(PREFIX) ? Number(name.slice(PREFIX.length).split('-')[0]) || undefined : undefined));
const fileTmp = mkdtempSync(join(systemTmp, `${PREFIX}${process.pid}-`));
const previous = process.env.TMPDIR;
process.env.TMPDIR = fileTmp;

afterAll(() => {
  removeTempDirs();
  const left = readdirSync(fileTmp);
  rmSync(fileTmp, { recursive: true, force: true });
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  if (left.length > 0) throw new Error(`temporary files left behind by this test file (not made by tempDir(), or not cleaned up by the toolchain): ${left.join(', ')}`);
});
