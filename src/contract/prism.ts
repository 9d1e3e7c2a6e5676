/**
 * Starts a real Prism 5.14.2 mock server on 127.0.0.1 for a spec and stops
 * it by its process id. Prism is run with `node` on its own entry file:
 * killing an `npx` wrapper would leave Prism running and holding the port.
 * It also dies with this process, however this one ends (see LAUNCHER).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PRISM_ENTRY = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
const READY_TIMEOUT_MS = 30_000;
/**
 * Runs Prism's entry (argv[1], so Prism's yargs sees the same arguments as
 * with `node <entry>`) in a process that exits when its stdin reaches EOF.
 * This process holds the other end of that pipe and the kernel closes it
 * when this process ends, by SIGKILL too, where no exit handler runs.
 */
const LAUNCHER = "process.stdin.on('end', () => process.exit(0)).resume(); require(process.argv[1]);";
const STOP_GRACE_MS = 5_000;

export interface PrismServer {
  url: string;
  port: number;
  pid: number;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
  stop(): Promise<void>;
  /** SIGKILL at once, for `process.on('exit')` where nothing asynchronous runs. */
  kill(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts Prism in static mode (examples first) and waits, bounded, until it
 * listens: 30 s unless the caller knows its documents are large (Prism
 * dereferences the whole document before it listens).
 */
export interface StartPrismOptions {
  port?: number;
  readyTimeoutMs?: number;
  /** Called as soon as the process exists, before it listens: a caller stopped while Prism starts can stop it too. */
  onSpawn?: (server: PrismServer) => void;
}

export async function startPrism(specPath: string, options: StartPrismOptions = {}): Promise<PrismServer> {
  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  const port = options.port ?? (await freePort());
  // --no-multiprocess: Prism forks its server under NODE_ENV=production, and a fork would outlive the launcher.
  const child = spawn(process.execPath, ['-e', LAUNCHER, PRISM_ENTRY, 'mock', '--no-multiprocess', '-h', '127.0.0.1', '-p', String(port), specPath], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const server: PrismServer = {
    url,
    port,
    pid: child.pid!,
    stop: () => stopProcess(child),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
  options.onSpawn?.(server);
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (/Prism is listening/.test(log)) return server;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const exited = child.exitCode !== null;
  await server.stop();
  const why = exited ? `exited with code ${child.exitCode} before listening` : `was not listening after ${readyTimeoutMs} ms`;
  throw new PrismStartError(`Prism (pid ${server.pid}) ${why} on ${url} for ${specPath}. Its log:\n${log}`, server.pid);
}

/** Prism did not come up; the process is stopped before this is thrown. */
export class PrismStartError extends Error {
  override readonly name = 'PrismStartError';
  constructor(message: string, readonly pid: number) {
    super(message);
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(child.pid!, 'SIGTERM');
  });
}

/** True when this process could listen on 127.0.0.1:`port` now (no one holds it). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** True when something accepts connections on the port. */
export function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
