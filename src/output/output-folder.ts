/**
 * Which folders a run may replace. The output folder is replaced as a whole,
 * so a mistyped `--out` (`.`, the specs folder, a folder of notes) would
 * delete whatever is there. A run only replaces a folder that is new, empty,
 * or carries the marker file it writes into every output folder; and never
 * one that holds the specs, the working directory or the project it runs in.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SpecError } from '../errors.js';
import { FileRefused, isInside, readRegularFile } from '../ingest/input-file.js';

/** Committed with the output: a run may replace the folder holding it. */
export const MARKER_FILE = '.openapi-clients';
export const MARKER_TEXT = 'This folder is written by `npm run generate` (openapi-clients) and replaced as a whole on every run.\n';

export interface FolderOptions {
  specsDir: string;
  outDir: string;
  /**
   * What an API's output folder may hold. A folder written before the marker
   * existed is recognized by its shape: only API folders, each holding only
   * these entries, its normalized document and report among them.
   */
  apiOutputEntries: { allowed: readonly string[]; required: readonly string[] };
  /** For messages: paths relative to the working directory when shorter. */
  show: (path: string) => string;
  cwd?: string;
}

/**
 * Refuses (one line naming the folder, nothing touched) a specs folder that
 * is not a folder, or an output folder a run must not replace. Returns the
 * output folder to write: with symlinks resolved, so a linked output folder
 * is replaced where it lives and the link stays.
 */
export function checkFolders({ specsDir, outDir, apiOutputEntries, show, cwd = process.cwd() }: FolderOptions): { outDir: string } {
  const specs = realFolder(specsDir, 'specs folder', show);
  const outShown = show(outDir);
  const refuse = (reason: string): never => {
    throw new SpecError(outShown, {}, `refusing to write the output folder here: ${reason}`);
  };
  const out = realOutputPath(outDir, refuse);
  if (isInside(specs, out)) refuse(out === specs ? 'it is the specs folder' : `it contains the specs folder (${show(specsDir)})`);
  if (isInside(out, specs)) refuse(`it is inside the specs folder (${show(specsDir)})`);
  const here = realpathSync.native(cwd);
  const project = projectRoot(here);
  if (project && isInside(project, out)) refuse(out === project ? `it is the project root (${project})` : `it contains the project root (${project})`);
  if (isInside(here, out)) refuse('it contains the working directory');
  if (!existsSync(out)) return { outDir: out };
  const entries = readdirSync(out);
  if (entries.length > 0 && !hasMarker(out) && !isEarlierOutput(out, entries, apiOutputEntries)) {
    const some = entries.sort().slice(0, 3).map((name) => JSON.stringify(name)).join(', ');
    refuse(`it holds ${entries.length} entries (${some}${entries.length > 3 ? ', …' : ''}) and no ${MARKER_FILE} file, so it was not written by this tool: give a new or empty folder`);
  }
  return { outDir: out };
}

function realFolder(path: string, what: string, show: (path: string) => string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new SpecError(show(path), {}, `${what} does not exist`);
  }
  if (!stats.isDirectory()) throw new SpecError(show(path), {}, `${what} is not a folder`);
  return realpathSync.native(path);
}

/** `path` with symlinks resolved, also when it does not exist yet (its nearest existing ancestor is resolved). */
function realOutputPath(path: string, refuse: (reason: string) => never): string {
  const absolute = resolve(path);
  const link = lstatOrUndefined(absolute);
  if (!link) {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realOutputPath(parent, refuse), basename(absolute));
  }
  if (!existsSync(absolute)) refuse('it is a symlink to nothing');
  if (!statSync(absolute).isDirectory()) refuse('it is a file, not a folder');
  return realpathSync.native(absolute);
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The nearest folder at or above `dir` holding a package.json or a .git: the project a run is started in. */
function projectRoot(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json')) || existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

function hasMarker(dir: string): boolean {
  try {
    return readRegularFile(join(dir, MARKER_FILE), MARKER_TEXT.length).toString('utf8') === MARKER_TEXT;
  } catch (error) {
    if (error instanceof FileRefused || (error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Output written before the marker existed: nothing but API output folders of the known shape. */
function isEarlierOutput(dir: string, entries: string[], { allowed, required }: FolderOptions['apiOutputEntries']): boolean {
  return entries.every((name) => {
    const api = join(dir, name);
    if (!/^[a-z][a-z0-9-]*$/.test(name) || !lstatSync(api).isDirectory()) return false;
    const inside = readdirSync(api);
    return inside.every((entry) => allowed.includes(entry)) && required.every((file) => lstatOrUndefined(join(api, file))?.isFile());
  });
}
