/**
 * Real runs stopped in the middle: by a signal (the run removes what it
 * made and exits 128 + the signal number) or by SIGKILL (nothing runs; the
 * next run puts it right), at a pause before a step or between the two
 * renames of the swap. The output folder must always end up whole.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees } from '../../src/regenerate/drift.js';
import { FIXTURE_API, generatedBaseline, REPO_ROOT, runGenerate, startGenerate } from '../helpers.js';

const BUNDLES = join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-run');
/** The fixture API's specs and generated output, made once; each test works on a copy. */
const { dir: baselineDir, workspace } = generatedBaseline();

/** A spec change, so a run's new output differs from the baseline. */
function changeSpec(root: string): void {
  const document = join(root, FIXTURE_API.document);
  const text = readFileSync(document, 'utf8');
  const changed = text.replace(/(\n    Task:[\s\S]*?properties:\n)(\s+)id:/, '$1$2queued_at:\n$2  type: string\n$2id:');
  expect(changed).not.toBe(text);
  writeFileSync(document, changed);
}

/** What runs leave beside the output and in TMPDIR. */
function leftovers(root: string): string[] {
  return [...readdirSync(root).filter((name) => name.startsWith('.generated')), ...readdirSync(tmpdir()).filter((name) => name.startsWith('openapi-clients-check-'))];
}

const MODE = { write: [], check: ['--check'] } as const;

const SIGNALS = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const;

describe('a run stopped by a signal', () => {
  it.each(SIGNALS.flatMap(([signal, code]) => [['write', signal, code], ['check', signal, code]] as const))('a %s run, %s before the types step: exits %s, output unchanged, nothing left', async (mode, signal, code) => {
    const root = workspace();
    // A check run on changed specs stops at once (the raw file no longer matches its provenance record): it runs on the recorded ones.
    if (mode === 'write') changeSpec(root);
    const { child, exited } = await startGenerate(['--out', 'generated', ...MODE[mode]], root, /paused before \w+ types/, { env: { OPENAPI_CLIENTS_TEST_PAUSE_BEFORE: 'types' } });
    // Mid-build: the run's own temporary folder exists.
    expect(leftovers(root)).toHaveLength(1);
    child.kill(signal);
    expect((await exited).code).toBe(code);
    expect(compareTrees(join(baselineDir(), 'generated'), join(root, 'generated'))).toEqual([]);
    expect(leftovers(root)).toEqual([]);
    expect(existsSync(join(BUNDLES, `cli-${child.pid}`))).toBe(false);
  }, 120_000);
});

describe('a run killed with SIGKILL', () => {
  it.each(['write', 'check'] as const)('a %s run killed while building: the next run removes its temporary folder', async (mode) => {
    const root = workspace();
    const { child, exited } = await startGenerate(['--out', 'generated', ...MODE[mode]], root, /paused before \w+ types/, { env: { OPENAPI_CLIENTS_TEST_PAUSE_BEFORE: 'types' } });
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    expect(leftovers(root)).toEqual([mode === 'check' ? expect.stringMatching(new RegExp(`^openapi-clients-check-${child.pid}-`)) : `.generated.tmp-${child.pid}`]);
    // Any next run cleans up first, even one that then fails on its arguments.
    const next = await runGenerate(['--out', 'generated', '--api', 'nope'], root);
    expect(next.stderr).toMatch(/no API named "nope"/);
    expect(leftovers(root)).toEqual([]);
    expect(compareTrees(join(baselineDir(), 'generated'), join(root, 'generated'))).toEqual([]);
  }, 120_000);

  it('killed between the two renames of the swap: the next run finishes the swap', async () => {
    const root = workspace();
    changeSpec(root);
    const { child, exited } = await startGenerate(['--out', 'generated', '--quiet'], root, /paused after rename/, { faults: true, env: { FS_PAUSE_AFTER_RENAME: '.generated.old-' } });
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    // The old output moved aside, the new one not moved in: no output folder at all, and the swap lock still held.
    expect(existsSync(join(root, 'generated'))).toBe(false);
    expect(leftovers(root).sort()).toEqual([`.generated.old-${child.pid}`, `.generated.tmp-${child.pid}`, '.generated.tmp-lock']);
    // The next run restores the output the killed run had built: it matches the changed specs.
    const check = await runGenerate(['--out', 'generated', '--check', '--quiet'], root);
    expect(check.code, check.stderr).toBe(0);
    expect(leftovers(root)).toEqual([]);
    expect(readFileSync(join(root, 'generated', FIXTURE_API.name, 'openapi.yaml'), 'utf8')).toContain('queued_at');
  }, 120_000);
});
