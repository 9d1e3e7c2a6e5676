/**
 * Where an input file may come from, and how it is read. Every file the
 * toolchain reads (manifest, sources, references, overlays) is resolved with
 * its symlinks first and must lie inside the folders it may come from, checked
 * before anything opens it; then only a regular file is read, and never more
 * than a byte limit, whatever its size claims to be.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/** Why a file is not read; the caller says which file and where it was named. */
export class FileRefused extends Error {
  override readonly name = 'FileRefused';
  /** Set when the file is over the byte limit: its size in bytes, when known. */
  constructor(reason: string, readonly tooLarge?: { size?: number }) {
    super(reason);
  }
}

/** The folders files may be read from, as given (for messages) and resolved. */
export interface ReadableRoots {
  /** The API folder, then the specs folder (shared files), relative to the working directory when shorter. */
  shown: string[];
  real: string[];
}

export function readableRoots(folders: string[], show: (path: string) => string): ReadableRoots {
  return { shown: folders.map(show), real: folders.map((folder) => realpathSync.native(folder)) };
}

/**
 * The real path of a file a manifest lists, relative to `base`; refused
 * when absolute, when it leads outside `roots` (by `..` or through a
 * symlink) or when it is not a regular file. Nothing is opened: a FIFO or a
 * device outside the folder is never touched.
 */
export function resolveListedFile(base: string, name: string, roots: ReadableRoots): string {
  if (isAbsolute(name)) throw new FileRefused(`is an absolute path: list it relative to the API folder (${roots.shown[0]})`);
  const lexical = resolve(base, name);
  if (!roots.real.some((root) => isInside(lexical, root)) && !roots.shown.some((root) => isInside(lexical, resolve(root)))) {
    throw new FileRefused(`is outside ${describeRoots(roots)}: files are read only from there`);
  }
  const real = containedRealPath(lexical, roots);
  refuseUnlessRegular(lstatSync(real));
  return real;
}

/** The real path of `path`, refused when a symlink leads it outside `roots`. */
export function containedRealPath(path: string, roots: ReadableRoots): string {
  const real = realPath(path);
  if (!roots.real.some((root) => isInside(real, root))) throw new FileRefused(`leads outside ${describeRoots(roots)} through a symlink`);
  return real;
}

/**
 * `path` with every symlink resolved; nothing is opened. The native
 * realpath(3): Node's own stops at a symlink whose target is a FIFO.
 */
export function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch (error) {
    throw new FileRefused((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be resolved: ${errnoMeaning(error)}`);
  }
}

/**
 * Reads a regular file of at most `maxBytes`, given its real path (see
 * `realPath`: a symlink is refused here). The type is checked before
 * opening (a FIFO would block, a device never ends) and again on the open
 * descriptor (the path may have been swapped meanwhile, so the open does not
 * block or follow a final symlink either); the read stops one byte past the
 * limit, because a size can lie (`/proc` files say 0).
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const before = lstatSync(path);
  refuseUnlessRegular(before);
  if (before.size > maxBytes) throw new FileRefused(`is over the limit of ${maxBytes} bytes`, { size: before.size });
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const opened = fstatSync(fd);
    refuseUnlessRegular(opened);
    if (opened.ino !== before.ino || opened.dev !== before.dev) throw new FileRefused('was replaced while being opened');
    return readAtMost(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

function readAtMost(fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw new FileRefused(`is over the limit of ${maxBytes} bytes`, {});
  }
}

function refuseUnlessRegular(stats: Stats): void {
  if (!stats.isFile()) throw new FileRefused(`is ${fileType(stats)}, not a regular file`);
}

/** What kind of file `stats` (or a directory entry) describes, as an article and a noun. */
export function fileType(stats: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'>): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSymbolicLink()) return 'a symlink';
  return 'an unknown kind of file';
}

function describeRoots({ shown }: ReadableRoots): string {
  return shown.length === 1 ? `the API folder (${shown[0]})` : `the API folder (${shown[0]}) and the specs folder (${shown[1]})`;
}

/** `child` is `parent` or below it (both absolute). */
export function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** `no space left on device (ENOSPC)`: what an fs error means, without its paths. */
export function errnoMeaning(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const meaning = /^[A-Z]+: ([^,]+)/.exec(message ?? '')?.[1];
  return code ? `${meaning ?? 'failed'} (${code})` : String(message ?? error);
}
