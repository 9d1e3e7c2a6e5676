#!/usr/bin/env node
/**
 * `openapi-clients`, the toolchain's executable (package.json "bin"; the
 * npm scripts call it too). The command line is TypeScript (scripts/cli.ts,
 * src/cli/): it is bundled with esbuild (~0.1 s; dependencies stay external
 * and load from node_modules), then the bundle is imported. This replaces
 * tsx on the maintainer's path: tsx's loader hooks cost ~0.3 s at start and
 * ~1.2 s more while Node loads the TypeScript compilers, a quarter of a
 * regenerate.
 *
 * Each run bundles into its own folder under node_modules/.cache (runs may
 * overlap: the tests start many), removed when the process exits. Lazy
 * `import()`s stay lazy: they become chunks loaded on first use.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const name = 'cli';
const entry = join(root, 'scripts', `${name}.ts`);

const cacheDir = join(root, 'node_modules', '.cache', 'openapi-clients-run');
const outDir = join(cacheDir, `${name}-${process.pid}`);
removeAbandonedBundles(cacheDir);
process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));

/** Bundled code must see each source file's own `import.meta.url` (paths relative to it, like src/runtime/). */
const keepImportMeta = {
  name: 'keep-import-meta',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      loader: 'ts',
      contents: (await readFile(path, 'utf8'))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(path))),
    }));
  },
};

try {
  await build({
    entryPoints: [entry],
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'silent',
    plugins: [keepImportMeta],
  });
} catch (error) {
  console.error(`error: cannot bundle scripts/${name}.ts:\n${error.message}`);
  process.exit(1);
}
// Stack traces point at the TypeScript sources, not the bundle.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(outDir, `${name}.js`)).href);

/** Folders of runs that ended without their exit handler (killed): their pid is gone. */
function removeAbandonedBundles(dir) {
  mkdirSync(dir, { recursive: true });
  for (const folder of readdirSync(dir)) {
    const pid = Number(folder.split('-').pop());
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) rmSync(join(dir, folder), { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
