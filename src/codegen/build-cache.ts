/**
 * A content-addressed cache of compiled packages: `dist/` keyed by the
 * sha256 of everything the compile reads that can change (the package's
 * sources and package.json, the compiler's version, the build worker's own
 * source with its compiler options, openapi-fetch's types). Compiling is
 * most of a regenerate's CPU, and a regenerate usually rebuilds packages
 * whose sources did not change (`generate --check`, `--api`, CI, the
 * tests). The compiler's emit is deterministic, so a hit writes the very
 * bytes a compile would.
 *
 * Only packages that compiled are stored; a failing one compiles every time
 * (its diagnostics are the point). Entries live in
 * `node_modules/.cache/openapi-clients-build/<key>.json`, written whole and
 * renamed into place (runs may overlap), the least recently used removed
 * beyond MAX_ENTRIES. The cache is an optimization: any failure to read or
 * write it is a miss, never an error. `OPENAPI_CLIENTS_BUILD_CACHE=off`
 * turns it off (benchmarks do), or names another folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Entries kept: a few regenerates of every API of a large specs folder. */
const MAX_ENTRIES = 256;
const TOOLCHAIN_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_DIR = join(TOOLCHAIN_ROOT, 'node_modules', '.cache', 'openapi-clients-build');

/** What the compile depends on besides the package: computed once per run. */
let compilerKey: string | undefined;
function compilerIdentity(): string {
  if (compilerKey) return compilerKey;
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  hash.update(`typescript ${(require('typescript/package.json') as { version: string }).version}\0`);
  hash.update(readFileSync(fileURLToPath(new URL('./build-worker.mjs', import.meta.url))));
  hash.update(readFileSync(join(dirname(require.resolve('openapi-fetch')), 'index.d.mts')));
  return (compilerKey = hash.digest('hex'));
}

function cacheDir(): string | undefined {
  const setting = process.env.OPENAPI_CLIENTS_BUILD_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  return setting || DEFAULT_DIR;
}

interface Entry {
  files: Record<string, string>;
}

export class BuildCache {
  private readonly dir = cacheDir();

  /** True when nothing is stored (a fresh clone) or the cache is off: every package will compile. */
  empty(): boolean {
    if (!this.dir) return true;
    try {
      return !readdirSync(this.dir).some((name) => name.endsWith('.json'));
    } catch {
      return true;
    }
  }

  /** The key of a package: its files by path (sources and package.json). Undefined when the cache is off. */
  keyOf(files: Record<string, string>): string | undefined {
    if (!this.dir) return undefined;
    const hash = createHash('sha256').update(compilerIdentity());
    for (const path of Object.keys(files).sort()) hash.update(`\0${path}\0${files[path]}`);
    return hash.digest('hex');
  }

  /**
   * Writes a stored `dist/` into the package; false on a miss. Write
   * failures of the package folder itself (a full disk) are thrown, as a
   * compile's would be.
   */
  restore(key: string | undefined, packageDir: string): boolean {
    const entry = key && this.read(key);
    if (!entry) return false;
    for (const [path, text] of Object.entries(entry.files)) {
      const target = join(packageDir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    return true;
  }

  /** Stores the package's `dist/` under `key`, best effort. */
  store(key: string | undefined, packageDir: string): void {
    if (!key || !this.dir) return;
    try {
      const distDir = join(packageDir, 'dist');
      const files: Record<string, string> = {};
      for (const path of readdirSync(distDir, { recursive: true, encoding: 'utf8' }).sort()) {
        const full = join(distDir, path);
        if (statSync(full).isFile()) files[relative(packageDir, full).split(sep).join('/')] = readFileSync(full, 'utf8');
      }
      mkdirSync(this.dir, { recursive: true });
      const partial = join(this.dir, `${key}.json.${process.pid}.partial`);
      writeFileSync(partial, JSON.stringify({ files } satisfies Entry));
      renameSync(partial, join(this.dir, `${key}.json`));
      this.prune();
    } catch {
      // A cache that cannot be written is a cache that misses next time.
    }
  }

  private read(key: string): Entry | undefined {
    if (!this.dir || !/^[0-9a-f]{64}$/.test(key)) return undefined;
    const path = join(this.dir, `${key}.json`);
    try {
      const entry = JSON.parse(readFileSync(path, 'utf8')) as Entry;
      const valid = entry && typeof entry.files === 'object' && Object.entries(entry.files).every(([file, text]) => /^dist\/[\w./-]+$/.test(file) && !file.split('/').includes('..') && typeof text === 'string');
      if (!valid) return undefined;
      const now = new Date();
      utimesSync(path, now, now);
      return entry;
    } catch {
      return undefined;
    }
  }

  /** Removes the least recently used entries beyond MAX_ENTRIES, and partial files of runs that died. */
  private prune(): void {
    const dir = this.dir!;
    const entries = readdirSync(dir).map((name) => {
      try {
        return { name, used: statSync(join(dir, name)).mtimeMs };
      } catch {
        return { name, used: 0 };
      }
    });
    const hourAgo = Date.now() - 3_600_000;
    for (const { name, used } of entries) if (name.endsWith('.partial') && used < hourAgo) rmSync(join(dir, name), { force: true });
    const stored = entries.filter(({ name }) => name.endsWith('.json')).sort((a, b) => b.used - a.used);
    for (const { name } of stored.slice(MAX_ENTRIES)) rmSync(join(dir, name), { force: true });
  }
}
