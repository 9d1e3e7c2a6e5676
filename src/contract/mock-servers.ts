/**
 * One Prism mock server per API, started together and stopped together.
 * Used by the contract tests' global setup and by `npm run mock`. When this
 * process ends in any way (normal exit, Ctrl-C, a crash), the servers are
 * killed by their process ids; when it is killed outright (SIGKILL), each
 * Prism sees its stdin close and exits (see prism.ts). So no Prism outlives
 * the run. SIGINT, SIGTERM and SIGHUP to this process alone (not only to
 * its process group, as a terminal's Ctrl-C sends) stop every server first.
 */
import { readFileSync } from 'node:fs';
import type { ContractApi } from './apis.js';
import { portIsOpen, startPrism, type PrismServer } from './prism.js';

export interface MockServers {
  /** API name → base URL. */
  urls: Record<string, string>;
  servers: PrismServer[];
  /** Stops every server; rejects when a port is still open afterwards. */
  stop(): Promise<void>;
}

/** The signals that stop the servers, with the exit code a shell gives a process they kill (128 + the signal's number). */
const STOP_SIGNALS = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const;

export interface MockServerOptions {
  /** The port of each API, in the order of `apis`; a free one where missing. */
  ports?: number[];
}

export async function startMockServers(apis: ContractApi[], options: MockServerOptions = {}): Promise<MockServers> {
  // Every Prism is known from the moment it is spawned, so a signal or an exit while
  // another one is still starting stops it too.
  const spawned: PrismServer[] = [];
  const killAll = () => spawned.forEach((server) => server.kill());
  // On a signal to this process (Ctrl-C, kill, a closed terminal), wait for the servers
  // to exit (their ports are free then), then exit as the signal would have.
  const onSignal = (signal: NodeJS.Signals) => {
    const code = STOP_SIGNALS.find(([name]) => name === signal)?.[1] ?? 1;
    void Promise.all(spawned.map((server) => server.stop())).finally(() => process.exit(code));
  };
  process.on('exit', killAll);
  for (const [signal] of STOP_SIGNALS) process.once(signal, onSignal);
  const results = await Promise.allSettled(
    apis.map((api, index) => startPrism(api.documentPath, { port: options.ports?.[index], onSpawn: (server) => spawned.push(server) })),
  );
  const servers = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  const stop = async () => {
    await Promise.all(spawned.map((server) => server.stop()));
    process.off('exit', killAll);
    for (const [signal] of STOP_SIGNALS) process.off(signal, onSignal);
    const open = [];
    for (const server of servers) if (await portIsOpen(server.port)) open.push(server.port);
    if (open.length > 0) throw new Error(`Prism still listens on 127.0.0.1:${open.join(', ')} after being stopped`);
  };
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return { urls: Object.fromEntries(apis.map((api, index) => [api.name, servers[index]!.url])), servers, stop };
}

/**
 * Stops the servers and exits (code 129, as on a hang-up) once a process
 * that started this one is gone. `npm run mock` execs us in place of npm's
 * `sh -c` (package.json), so npm passes its SIGINT and SIGTERM on to us; but
 * a SIGKILL to npm reaches no one else, and a script run through a shell
 * that does not exec leaves the shell between us and the signal. Either way
 * our chain of ancestors changes (a process whose parent dies is re-parented
 * at once), which is checked every `intervalMs`.
 */
export function stopWhenOrphaned(mocks: MockServers, intervalMs = 250): void {
  const ancestors = ancestorChain();
  const timer = setInterval(() => {
    if (ancestorChain() === ancestors) return;
    clearInterval(timer);
    void mocks.stop().finally(() => process.exit(129));
  }, intervalMs);
  timer.unref();
}

/** "ppid grandparent …" up to init, read from /proc; only the parent where there is no /proc (macOS). */
function ancestorChain(): string {
  const chain = [process.ppid];
  try {
    for (let pid = process.ppid; pid > 1; chain.push(pid)) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (command) state ppid …": the command may hold spaces and parentheses.
      pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    }
  } catch {
    // No /proc, or an ancestor ended while we read: the chain read so far is compared.
  }
  return chain.join(' ');
}
