/**
 * Temporary folders of a run: removed when the run ends, however it ends.
 * A normal return removes them where they were made; an exit (the CLI turns
 * SIGINT, SIGTERM and SIGHUP into one) removes what is left from the `exit`
 * handler; a kill that no handler sees (SIGKILL, a power cut) leaves them
 * named after the dead process id, and the next run removes them
 * (`removeAbandoned`).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const live = new Set<string>();
let handlerInstalled = false;

/** Removes `path` when the process exits unless `release` was called first (it was removed or renamed into place). */
export function removeOnExit(path: string): { release: () => void } {
  if (!handlerInstalled) {
    handlerInstalled = true;
    process.on('exit', () => {
      for (const folder of live) rmSync(folder, { recursive: true, force: true });
    });
  }
  live.add(path);
  return { release: () => live.delete(path) };
}

/**
 * Removes the entries of `dir` whose name `owner` maps to the id of a
 * process that no longer runs: what killed runs left. Entries of live runs
 * (another engineer's, in the same checkout) are left alone.
 */
export function removeAbandoned(dir: string, owner: (name: string) => number | undefined): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = owner(name);
    if (pid === undefined || pid === process.pid || isAlive(pid)) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Not ours to remove (another user's, on a shared /tmp): leave it.
    }
  }
  return removed;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
