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
  private readonly worker = new Worker(new URL('./build-worker.mjs', import.meta.url));
  private readonly pending = new Map<number, { packageDir: string; resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor() {
    this.worker.on('message', ({ id, diagnostics, located = [], writeFailure }: BuildReply) => {
      const request = this.pending.get(id);
      if (!request) return;
      this.pending.delete(id);
      if (writeFailure) request.reject(Object.assign(new Error(writeFailure.message), writeFailure));
      else if (diagnostics === '') request.resolve();
      // The package folder is a temporary one: its name is the API's.
      else request.reject(compileFailure(request.packageDir, diagnostics, located));
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`the package build worker exited (code ${code})`)));
  }

  /** Emits `dist/`; rejects with every diagnostic when the package does not compile. */
  build(packageDir: string, rootFiles: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { packageDir, resolve, reject });
      this.worker.postMessage({ id, packageDir, rootFiles });
    });
  }

  /** Stops the worker; builds still running are rejected. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
