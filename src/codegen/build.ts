/**
 * Compiles generated packages to `dist/` in a worker thread
 * (build-worker.mjs): the compiler loads and parses its library files there
 * while this thread generates sources, and one package compiles while the
 * next is generated. A package that does not compile fails the run with
 * every diagnostic.
 */
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';

interface BuildReply {
  id: number;
  /** Formatted diagnostics; empty when `dist/` was written. */
  diagnostics: string;
  /** A file-system error writing `dist/` (full disk, read-only folder), passed on as an errno error. */
  writeFailure?: { code: string; syscall?: string; path?: string; message: string };
}

export class PackageBuilder {
  private readonly worker = new Worker(new URL('./build-worker.mjs', import.meta.url));
  private readonly pending = new Map<number, { packageDir: string; resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor() {
    this.worker.on('message', ({ id, diagnostics, writeFailure }: BuildReply) => {
      const request = this.pending.get(id);
      if (!request) return;
      this.pending.delete(id);
      if (writeFailure) request.reject(Object.assign(new Error(writeFailure.message), writeFailure));
      else if (diagnostics === '') request.resolve();
      // The package folder is a temporary one: its name is the API's.
      else request.reject(new Error(`the generated ${basename(request.packageDir)} package does not compile: ${diagnostics}`));
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
