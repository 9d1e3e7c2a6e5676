/**
 * The output swap: what a run leaves when killed at each point, and what the
 * next run makes of it. Real killed runs are in test/regenerate/interrupted.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverInterruptedSwap, replaceDirectory, swapFolders } from '../../src/output/atomic-dir.js';
import { tempDir, writeTree } from '../helpers.js';

/** The id of a process that has exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  expect(pid).toBeGreaterThan(0);
  return pid!;
}

type Present = 'target' | 'temp' | 'old';

/** A parent folder with `out` and the siblings a run of `pid` left, each holding a file naming itself. */
function leftBehind(pid: number, present: Present[]) {
  const parent = tempDir();
  const target = join(parent, 'out');
  const { temp, old } = swapFolders(target, pid);
  const paths: Record<Present, string> = { target, temp, old };
  for (const which of present) writeTree({ 'which.txt': which }, paths[which]);
  const read = () => (existsSync(target) ? readFileSync(join(target, 'which.txt'), 'utf8') : undefined);
  return { parent, target, read };
}

describe('recoverInterruptedSwap', () => {
  it.each([
    ['killed while building', ['target', 'temp'], 'removed', 'target'],
    ['killed building the first output', ['temp'], 'removed', undefined],
    ['killed between the two renames', ['temp', 'old'], 'finished', 'temp'],
    ['killed between the renames, its new output since removed', ['old'], 'restored', 'old'],
    ['killed while removing the previous output', ['target', 'old'], 'removed', 'target'],
  ] as const)('a run %s: %s, the output is then its %s', (_when, present, action, result) => {
    const pid = deadPid();
    const { parent, target, read } = leftBehind(pid, [...present]);
    expect(recoverInterruptedSwap(target)).toEqual([{ pid, action }]);
    expect(read()).toBe(result);
    expect(readdirSync(parent)).toEqual(result ? ['out'] : []);
  });

  it("leaves a live run's folders alone, even when the output is missing", () => {
    const { parent, target } = leftBehind(process.ppid, ['temp', 'old']);
    expect(recoverInterruptedSwap(target)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual([`.out.old-${process.ppid}`, `.out.tmp-${process.ppid}`]);
  });

  it('restores the output once when several dead runs left folders', () => {
    const [first, second] = [deadPid(), deadPid()];
    const { parent, target, read } = leftBehind(first, ['temp', 'old']);
    writeTree({ 'which.txt': 'second temp' }, swapFolders(target, second).temp);
    expect(recoverInterruptedSwap(target).map(({ action }) => action).sort()).toEqual(['finished', 'removed']);
    expect(['temp', 'second temp']).toContain(read());
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('only touches folders named after the output', () => {
    const pid = deadPid();
    const { parent, target } = leftBehind(pid, ['target']);
    writeTree({ 'x.txt': '' }, join(parent, `.other.tmp-${pid}`));
    writeTree({ 'x.txt': '' }, join(parent, `.outer.tmp-${pid}`));
    expect(recoverInterruptedSwap(target)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(['.other.tmp-' + pid, '.outer.tmp-' + pid, 'out']);
  });
});

describe('replaceDirectory', () => {
  it('swaps the new folder in and leaves nothing beside it', async () => {
    const { parent, target, read } = leftBehind(deadPid(), ['target', 'temp']);
    await replaceDirectory(target, async (dir) => writeFileSync(join(dir, 'which.txt'), 'new'));
    expect(read()).toBe('new');
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('leaves the target as it was when the build fails', async () => {
    const { parent, target, read } = leftBehind(process.pid, ['target']);
    await expect(replaceDirectory(target, async (dir) => {
      writeFileSync(join(dir, 'which.txt'), 'half');
      throw new Error('build failed');
    })).rejects.toThrow('build failed');
    expect(read()).toBe('target');
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('takes over the lock of a dead run, and waits for a live one', async () => {
    const { parent, target } = leftBehind(process.pid, ['target']);
    const { lock } = swapFolders(target, process.pid);
    writeFileSync(lock, String(deadPid()));
    await replaceDirectory(target, async (dir) => writeFileSync(join(dir, 'which.txt'), 'new'));
    expect(readdirSync(parent)).toEqual(['out']);
    // A live holder (another process) that lets go after 300 ms: the swap waits for it.
    const holder = spawn(process.execPath, ['-e', `setTimeout(() => require('fs').rmSync(${JSON.stringify(lock)}), 300)`]);
    writeFileSync(lock, String(holder.pid));
    const started = performance.now();
    await replaceDirectory(target, async (dir) => writeFileSync(join(dir, 'which.txt'), 'newer'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    await new Promise((resolve) => holder.on('exit', resolve));
    expect(readFileSync(join(target, 'which.txt'), 'utf8')).toBe('newer');
  });
});
