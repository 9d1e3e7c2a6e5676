/**
 * The Prism harness itself: servers start on 127.0.0.1, a broken spec fails
 * with Prism's log, and stopping leaves no process and no open port. The
 * global setup's own servers are checked the same way at teardown.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contractApis } from '../../src/contract/apis.js';
import { startMockServers } from '../../src/contract/mock-servers.js';
import { freePort, portIsFree, portIsOpen, PrismStartError, startPrism } from '../../src/contract/prism.js';
import { REPO_ROOT, tempDir } from '../helpers.js';
import { testingTheRepository } from '../apis/under-test.js';
import { contractApisUnderTest } from './client.js';

const apis = contractApisUnderTest();
/** What `npm run mock` serves: always this repository's APIs. */
const mockedApis = contractApis(join(REPO_ROOT, 'specs'), join(REPO_ROOT, 'generated'));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Live processes (zombies, which hold no port and wait for a reaper, excluded): pid → parent pid. */
function liveProcesses(): Map<number, number> {
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,stat='], { encoding: 'utf8' });
  const rows = table.trim().split('\n').map((line) => line.trim().split(/\s+/));
  return new Map(rows.filter(([, , stat]) => !stat!.startsWith('Z')).map(([pid, ppid]) => [Number(pid), Number(ppid)]));
}

/** The pids of every live process below `root`. */
function descendants(root: number): number[] {
  const parents = liveProcesses();
  const found = [root];
  for (let index = 0; index < found.length; index++) for (const [pid, ppid] of parents) if (ppid === found[index]) found.push(pid);
  return found.slice(1);
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await condition()) return true;
  }
  return condition();
}

/**
 * `--port` for a run of `mock`: the first of as many consecutive ports as it
 * serves APIs, free now. Its default ports are fixed (4010 upward), and
 * other runs on the machine may hold them.
 */
async function mockPortOption(): Promise<string[]> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = await freePort();
    const rest = mockedApis.slice(1).map((_, index) => first + 1 + index);
    if (rest.every((port) => port <= 65_535) && (await Promise.all(rest.map(portIsFree))).every(Boolean)) return ['--port', String(first)];
  }
  throw new Error(`no ${mockedApis.length} consecutive free ports`);
}

/** Starts `npm run mock` or its `node scripts/openapi-clients.mjs mock`, and waits for the URLs it prints. */
async function startMock(via: 'node' | 'npm'): Promise<{ child: ChildProcess; ports: number[]; output: () => string }> {
  const port = await mockPortOption();
  const [command, args] = via === 'npm' ? ['npm', ['run', 'mock', '--', ...port]] : [process.execPath, [join(REPO_ROOT, 'scripts', 'openapi-clients.mjs'), 'mock', ...port]];
  const child = spawn(command, args as string[], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await waitFor(() => output.includes('Ctrl-C') || child.exitCode !== null, 30_000);
  const ports = [...output.matchAll(/^(\w+): http:\/\/127\.0\.0\.1:(\d+)/gm)].map((match) => Number(match[2]));
  return { child, ports, output: () => output };
}

describe('Prism harness', () => {
  it('serves every API of the global setup on 127.0.0.1', async () => {
    const urls = inject('prism');
    expect(Object.keys(urls).sort()).toEqual(apis.map((api) => api.name).sort());
    for (const url of Object.values(urls)) {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await portIsOpen(Number(new URL(url).port))).toBe(true);
    }
  });

  it('stops every server it started: no process left, no port open', async () => {
    const mocks = await startMockServers(apis);
    expect(mocks.servers.every((server) => isRunning(server.pid))).toBe(true);
    await mocks.stop();
    for (const server of mocks.servers) {
      expect(isRunning(server.pid)).toBe(false);
      expect(await portIsOpen(server.port)).toBe(false);
    }
  });

  it('fails with Prism’s own log when it cannot start, leaving no process', async () => {
    const file = join(tempDir(), 'broken.yaml');
    writeFileSync(file, 'openapi: 3.1.0\ninfo: {title: broken}\npaths: 12\n');
    const error = await startPrism(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrismStartError);
    expect((error as Error).message).toMatch(/^Prism \(pid \d+\) exited with code \d+ before listening on http:\/\/127\.0\.0\.1:\d+ for .*broken\.yaml\. Its log:\n[\s\S]*\S/);
    expect(isRunning((error as PrismStartError).pid)).toBe(false);
  });

  // `npm run mock` serves this repository's specs/ and generated/, whatever pair the other tests are pointed at
  // (test/apis/new-api.test.ts points them at a copied API): its tests belong to the repository's run.
  if (testingTheRepository()) describe('npm run mock', () => {
    it('npm run mock prints a URL per API and stops them all on Ctrl-C', async () => {
      const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'openapi-clients.mjs'), 'mock', ...(await mockPortOption())], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const deadline = Date.now() + 30_000;
      while (!output.includes('Ctrl-C') && child.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const ports = [...output.matchAll(/^(\w+): http:\/\/127\.0\.0\.1:(\d+)/gm)].map((match) => Number(match[2]));
      expect(ports, output).toHaveLength(mockedApis.length);
      for (const port of ports) expect(await portIsOpen(port)).toBe(true);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
      for (const port of ports) expect(await portIsOpen(port), `port ${port} after Ctrl-C`).toBe(false);
    });

    // Generous bounds: the machine is shared. Ports close and processes end well within them.
    it.each([
      ['node scripts/openapi-clients.mjs mock', 'SIGKILL', 'node'],
      ['node scripts/openapi-clients.mjs mock', 'SIGTERM', 'node'],
      ['npm run mock', 'SIGKILL', 'npm'],
      ['npm run mock', 'SIGTERM', 'npm'],
    ] as const)('%s killed with %s leaves no Prism listening and no process behind', async (_name, signal, via) => {
      const { child, ports, output } = await startMock(via);
      const below = descendants(child.pid!);
      try {
        expect(ports, output()).toHaveLength(mockedApis.length);
        for (const port of ports) expect(await portIsOpen(port)).toBe(true);
        // node (exec’d in place of npm’s sh) under npm, and one Prism launcher per API under node.
        expect(below.length).toBeGreaterThanOrEqual(mockedApis.length);
        child.kill(signal);
        const portsClosed = await waitFor(async () => (await Promise.all(ports.map(portIsOpen))).every((open) => !open), 15_000);
        expect(portsClosed, `ports ${ports.join(', ')} still open after ${signal}`).toBe(true);
        const gone = await waitFor(() => below.every((pid) => !liveProcesses().has(pid)), 15_000);
        expect(gone, `processes left: ${below.filter((pid) => liveProcesses().has(pid)).join(', ')}`).toBe(true);
      } finally {
        for (const pid of [child.pid!, ...below]) {
          if (liveProcesses().has(pid)) process.kill(pid, 'SIGKILL');
          // A killed run cannot remove its own bundle folder (scripts/openapi-clients.mjs).
          rmSync(join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-run', `cli-${pid}`), { recursive: true, force: true });
        }
      }
    });
  });
});
