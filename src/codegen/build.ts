/**
 * Compiles generated packages to `dist/` in a worker thread
 * (build-worker.mjs): the compiler loads and parses its library files there
 * while this thread generates sources, and one package compiles while the
 * next is generated. A package that does not compile fails the run with
 * every diagnostic.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { firstLine } from '../errors.js';
import { behindLine, behindSchemaLine, type Behind } from './diagnostic-pointer.js';
import { Worker } from 'node:worker_threads';
import { BuildCache } from './build-cache.js';

interface BuildReply {
  id: number;
  /** Formatted diagnostics; empty when `dist/` was written. */
  diagnostics: string;
  /** Each diagnostic's text and place (an absolute file name), to name the document's place behind it. */
  located?: LocatedDiagnostic[];
  /** A file-system error writing `dist/` (full disk, read-only folder), passed on as an errno error. */
  writeFailure?: { code: string; syscall?: string; path?: string; message: string };
}

interface LocatedDiagnostic {
  text: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Compiling the generated package failed: a bug of the generator, named by the document's place behind the first failing line. */
export class PackageCompileError extends Error {
  override readonly name = 'PackageCompileError';
  constructor(message: string, readonly pointer: string | undefined, readonly diagnostics: string) {
    super(message);
  }
}

/**
 * The first diagnostic, its file named inside the package (`src/schema.ts:
 * 120:9`, never the temporary folder), with what the line was written for:
 * a pointer (`pointer`, for the CLI's line) or an `operations["…"]` the
 * model maps to one. The formatted diagnostics are kept for --debug.
 */
function compileFailure(packageDir: string, diagnostics: string, located: LocatedDiagnostic[]): PackageCompileError {
  const first = located.find((diagnostic) => diagnostic.file?.startsWith(packageDir + sep)) ?? located[0];
  const more = located.length > 1 ? ` (and ${located.length - 1} more diagnostics)` : '';
  const name = basename(packageDir);
  if (!first?.file || first.line === undefined) return new PackageCompileError(`the generated ${name} package does not compile: ${first?.text ?? firstLine(diagnostics)}${more}`, undefined, diagnostics);
  const file = first.file.startsWith(packageDir + sep) ? relative(packageDir, first.file) : basename(first.file);
  let behind: Behind | undefined;
  try {
    const text = readFileSync(first.file, 'utf8');
    behind = file === join('src', 'schema.ts') ? behindSchemaLine(text, first.line) : behindLine(text.split('\n')[first.line - 1] ?? '');
  } catch {
    // The file is gone (the run is ending): the place in the package is still named.
  }
  const what = behind?.reference ?? (behind?.pointer === undefined ? '' : `#${behind.pointer}`);
  return new PackageCompileError(`the generated ${name} package does not compile: ${file}:${first.line}:${first.column}${what ? ` (written for ${what})` : ''}: ${first.text}${more}`, behind?.pointer, diagnostics);
}

export class PackageBuilder {
  private readonly cache = new BuildCache();
  private readonly pending = new Map<number, { packageDir: string; resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private started?: Worker;

  /**
   * The compiler's worker, started on the first package the cache does not
   * have (a run whose packages are all cached never loads the compiler); it
   * warms up while this thread goes on with the next API.
   */
  constructor() {
    // With nothing cached every package compiles: start the compiler now, to
    // load while this thread generates the first package (0.8 s of a small
    // cold run). Otherwise a hit is likely, and a warm-up would be 1.8 s of CPU spent for nothing.
    if (this.cache.empty()) void this.worker;
  }

  private get worker(): Worker {
    if (this.started) return this.started;
    const worker = (this.started = new Worker(new URL('./build-worker.mjs', import.meta.url)));
    worker.on('message', ({ id, diagnostics, located = [], writeFailure }: BuildReply) => {
      const request = this.pending.get(id);
      if (!request) return;
      this.pending.delete(id);
      if (writeFailure) request.reject(Object.assign(new Error(writeFailure.message), writeFailure));
      else if (diagnostics === '') request.resolve();
      // The package folder is a temporary one: its name is the API's.
      else request.reject(compileFailure(request.packageDir, diagnostics, located));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`the package build worker exited (code ${code})`)));
    return worker;
  }

  /**
   * Emits `dist/` from `sources` (paths relative to the package, already
   * written beside its package.json), from the cache when it has these
   * very files; rejects with every diagnostic when the package does not compile.
   */
  async build(packageDir: string, sources: Record<string, string>): Promise<void> {
    const key = this.cache.keyOf({ ...sources, 'package.json': readFileSync(join(packageDir, 'package.json'), 'utf8') });
    if (this.cache.restore(key, packageDir)) return;
    await new Promise<void>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { packageDir, resolve, reject });
      this.worker.postMessage({ id, packageDir, rootFiles: Object.keys(sources) });
    });
    this.cache.store(key, packageDir);
  }

  /** Stops the worker, if it started; builds still running are rejected. */
  async close(): Promise<void> {
    await this.started?.terminate();
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
