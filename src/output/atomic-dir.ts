/**
 * Replaces a directory as a whole: everything is written into a sibling
 * temporary directory first and swapped in only when the build succeeded.
 * On failure the temporary directory is removed and the target is left
 * exactly as it was.
 *
 * The swap is two renames (target → `.<name>.old-<pid>`, then
 * `.<name>.tmp-<pid>` → target), so a run killed between them leaves no
 * target. Every run first recovers what dead runs left: a missing target is
 * restored from their folders (the temporary one when it is there, since the
 * first rename happens only once its build succeeded, else the old one), and
 * every other folder of a dead run is removed. A lock held across recovery
 * and the renames keeps concurrent runs (several people in one checkout)
 * from interleaving them. Recovery and the renames are synchronous: no
 * signal handler can run between the two renames, only a kill nothing
 * handles.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readRegularFile } from '../ingest/input-file.js';
import { isAlive, removeOnExit } from './temp-folders.js';

/**
 * Finishes or undoes what dead runs left beside `target` (see
 * `recoverInterruptedSwap`), holding the lock. When they left nothing,
 * nothing is written (`--check` on a read-only checkout stays read-only).
 */
export function recoverOutput(target: string): void {
  if (deadRuns(target).length > 0) withSwapLock(target, () => recoverInterruptedSwap(target));
}

export async function replaceDirectory(target: string, build: (tempDir: string) => Promise<void>): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  recoverOutput(target);
  const { temp, old } = swapFolders(target, process.pid);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  const pending = removeOnExit(temp);
  try {
    await build(temp);
    withSwapLock(target, () => {
      const hadTarget = existsSync(target);
      if (hadTarget) renameSync(target, old);
      try {
        renameSync(temp, target);
      } catch (error) {
        if (hadTarget) renameSync(old, target);
        throw error;
      }
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
    pending.release();
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * The siblings of `target` a run with process id `pid` uses: the folder it
 * builds in, where the previous target goes, and the lock (named so the
 * `.generated.tmp-*` ignore rule covers it).
 */
export function swapFolders(target: string, pid: number): { temp: string; old: string; lock: string } {
  const prefix = join(dirname(target), `.${basename(target)}`);
  return { temp: `${prefix}.tmp-${pid}`, old: `${prefix}.old-${pid}`, lock: `${prefix}.tmp-lock` };
}

/**
 * Finishes or undoes the swap of every dead run beside `target`, and removes
 * their folders. Returns what it did, for the tests.
 */
export function recoverInterruptedSwap(target: string): Array<{ pid: number; action: 'finished' | 'restored' | 'removed' }> {
  const actions: ReturnType<typeof recoverInterruptedSwap> = [];
  for (const pid of deadRuns(target)) {
    const { temp, old } = swapFolders(target, pid);
    let action: (typeof actions)[number]['action'] = 'removed';
    // The target was moved aside and the new one not moved in yet: the temporary folder is complete.
    if (!existsSync(target) && existsSync(old)) {
      action = existsSync(temp) ? 'finished' : 'restored';
      renameSync(action === 'finished' ? temp : old, target);
    }
    rmSync(temp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
    actions.push({ pid, action });
  }
  return actions;
}

/** The ids of dead processes whose folders are beside `target`, in order. */
function deadRuns(target: string): number[] {
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return [];
  }
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(?:tmp|old)-(\\d+)$`);
  const pids = new Set(names.flatMap((name) => pattern.exec(name)?.[1] ?? []).map(Number));
  return [...pids].filter((pid) => pid !== process.pid && !isAlive(pid)).sort((a, b) => a - b);
}

/** How long to wait for another run's swap (renames and recovery take milliseconds). */
const LOCK_WAIT_MS = 60_000;

/**
 * Runs `action` holding the lock beside the target. A lock whose holder died is
 * taken over; two runs doing that at the same instant could both proceed,
 * which needs a kill inside a millisecond-long critical section first.
 */
function withSwapLock<T>(target: string, action: () => T): T {
  const { lock } = swapFolders(target, process.pid);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileIfThere(lock));
    // An empty lock is being written by its holder right now.
    if (holder > 0 && !isAlive(holder)) rmSync(lock, { force: true });
    else if (Date.now() > deadline) throw Object.assign(new Error(`EBUSY: another run (process ${holder}) is replacing it, '${lock}'`), { code: 'EBUSY', syscall: 'lock', path: lock });
    else sleep(20);
  }
  try {
    return action();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** The lock's content; '' when it is gone, or is not a small regular file (a FIFO there must not block the run). */
function readFileIfThere(path: string): string {
  try {
    return readRegularFile(path, 32).toString('utf8');
  } catch {
    return '';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
