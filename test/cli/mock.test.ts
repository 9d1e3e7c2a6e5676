/**
 * The real `node scripts/openapi-clients.mjs mock`, as a consumer runs it: it prints
 * what is needed to call each API (and that works against the server), and
 * every process it starts dies with it when one signal is sent to its own
 * pid (not to its group, as a terminal's Ctrl-C does). Each run is started
 * in a process group of its own (`detached`), so whatever happens, the
 * test ends by killing that group and removing the run's bundle folder.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { contractApis } from '../../src/contract/apis.js';
import { freePort, portIsFree, portIsOpen } from '../../src/contract/prism.js';
import { REPO_ROOT } from '../helpers.js';

/** Every API of specs/, in name order (the order `mock` gives them ports in). */
const apis = contractApis(join(REPO_ROOT, 'specs'), join(REPO_ROOT, 'generated'));
const NAMES = apis.map((candidate) => candidate.name);
/** An operation with nothing to fill in: a fetch with the printed URL and auth header only. */
const plainGetOf = (candidate: (typeof apis)[number]) => candidate.model.operations.find((operation) => operation.method === 'get' && Object.values(operation.parameters).every((list) => list.length === 0));
/** The API run alone: the smallest document with such an operation (Prism reads the whole document before it listens). */
const api = apis.filter((candidate) => plainGetOf(candidate)).sort((a, b) => a.model.operations.length - b.model.operations.length)[0]!;
const API = api.name;
const plainGet = plainGetOf(api)!;
/** Generous: the machine is shared, and Prism reads the whole document before it listens. */
const READY_TIMEOUT_MS = 45_000;
const EXIT_TIMEOUT_MS = 20_000;

interface MockRun {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const runs: MockRun[] = [];
const heldServers: Server[] = [];

/** `node scripts/openapi-clients.mjs mock …`, or `npm run mock -- …` (npm's pid is then the child's). */
function startMock(args: string[], via: 'node' | 'npm' = 'node'): MockRun {
  const [command, commandArgs] = via === 'npm' ? ['npm', ['run', '--silent', 'mock', '--', ...args]] : [process.execPath, [join(REPO_ROOT, 'scripts', 'openapi-clients.mjs'), 'mock', ...args]];
  const child = spawn(command, commandArgs, { cwd: REPO_ROOT, detached: true, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const run = { child, stdout: () => stdout, stderr: () => stderr, exited };
  runs.push(run);
  return run;
}

afterEach(async () => {
  for (const { child } of runs.splice(0)) {
    // The whole group, whatever the test saw: nothing of a run outlives its test.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // The group is empty: everything ended.
    }
    // A killed run cannot remove its own bundle folder (scripts/openapi-clients.mjs).
    rmSync(join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-run', `cli-${child.pid}`), { recursive: true, force: true });
  }
  await Promise.all(heldServers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** The process's state letter from /proc (`Z` for a zombie), or undefined once it is gone. */
function stateOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

const isLive = (pid: number) => stateOf(pid) !== undefined && stateOf(pid) !== 'Z';

/** Every live process below `pid`, from the kernel's own children lists. */
function descendants(pid: number): number[] {
  const found: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    for (const child of children ? children.split(' ').map(Number) : []) if (isLive(child)) found.push(child, ...descendants(child));
  }
  return found;
}

/** Live processes of the process group `group` (a detached run's pid). */
function groupMembers(group: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return state !== 'Z' && Number(pgrp) === group;
      } catch {
        return false;
      }
    });
}

const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) if (condition()) return true;
  return condition();
}

async function exitWithin(run: MockRun, timeoutMs: number) {
  return Promise.race([run.exited, new Promise<undefined>((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** Two consecutive ports free now: the first for the run, the next to check nothing spilled over. */
async function freePorts(count: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freePort();
    let free = port + count - 1 <= 65_535;
    for (let next = port + 1; free && next < port + count; next++) free = await portIsFree(next);
    if (free) return port;
  }
  throw new Error(`no ${count} consecutive free ports`);
}

/** Holds 127.0.0.1:`port` for the rest of the test. */
async function hold(port: number): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  heldServers.push(server);
}

/** What a consumer reads off the output: the URL, the auth header, the curl lines. */
interface Printed {
  url: string;
  header: [string, string];
  curl: string[];
}

function printedHuman(stderr: string): Printed {
  const url = new RegExp(`^${API}: (http://127\\.0\\.0\\.1:\\d+)$`, 'm').exec(stderr)?.[1];
  const auth = /^ {2}auth: ([^:\n]+): (.+)$/m.exec(stderr);
  expect(url, stderr).toBeDefined();
  expect(auth, stderr).not.toBeNull();
  expect(stderr).toContain(`  ${api.model.names.baseUrlEnv}=${url}\n`);
  return { url: url!, header: [auth![1]!, auth![2]!], curl: [...stderr.matchAll(/^ {2}(curl .*)$/gm)].map((match) => match[1]!) };
}

function printedJson(stdout: string): Printed {
  const lines = stdout.trim().split('\n');
  expect(lines, 'one JSON object per API').toHaveLength(1);
  const guide = JSON.parse(lines[0]!) as { name: string; url: string; env: { name: string; value: string }; auth: Array<{ in: string; name: string; value: string }>; curl: string[] };
  expect(guide.name).toBe(API);
  expect(guide.env).toEqual({ name: api.model.names.baseUrlEnv, value: guide.url });
  expect(guide.auth).toHaveLength(1);
  expect(guide.auth[0]!.in).toBe('header');
  return { url: guide.url, header: [guide.auth[0]!.name, guide.auth[0]!.value], curl: guide.curl };
}

describe('mock', () => {
  it.each([
    ['SIGINT', 130, 'human'],
    ['SIGTERM', 143, 'json'],
    ['SIGHUP', 129, 'human'],
  ] as const)('%s to the mock’s own pid stops every process it started and exits %i (%s output)', async (signal, code, format) => {
    const port = await freePorts(2);
    const run = startMock(['--api', API, '--port', String(port), ...(format === 'json' ? ['--json'] : [])]);
    const ready = await waitFor(() => run.stderr().includes('Ctrl-C') || run.child.exitCode !== null, READY_TIMEOUT_MS);
    expect(ready && run.child.exitCode === null, `not ready:\n${run.stderr()}`).toBe(true);
    const printed = format === 'json' ? printedJson(run.stdout()) : printedHuman(run.stderr());
    expect(printed.url).toBe(`http://127.0.0.1:${port}`);
    expect(await portIsOpen(port + 1), 'one API, one port').toBe(false);

    // The printed URL and auth header get Prism's answer; without the header, Prism's 401.
    const answer = await fetch(`${printed.url}${plainGet.path}`, { headers: { [printed.header[0]]: printed.header[1] } });
    expect(answer.status).toBe(Number(plainGet.success!.status));
    expect(answer.headers.get('content-type')).toMatch(/json/);
    await answer.json();
    expect((await fetch(`${printed.url}${plainGet.path}`)).status).toBe(401);
    // Each printed curl line, run by a shell, gets a 2xx from the server.
    expect(printed.curl.length).toBeGreaterThanOrEqual(2);
    for (const line of printed.curl) {
      const { stdout } = await promisify(execFile)('sh', ['-c', `${line} -o /dev/null -w '%{http_code}'`]);
      expect(stdout, line).toMatch(/^2\d\d$/);
    }

    const started = descendants(run.child.pid!);
    expect(started.some((pid) => commandLine(pid).includes('prism-cli')), started.map(commandLine).join('\n')).toBe(true);
    process.kill(run.child.pid!, signal);
    const exit = await exitWithin(run, EXIT_TIMEOUT_MS);
    expect(exit, `how it ended after ${signal} (undefined: still running after ${EXIT_TIMEOUT_MS} ms)`).toEqual({ code, signal: null });
    const gone = await waitFor(() => started.every((pid) => !isLive(pid)), 5_000);
    expect(gone, `left running: ${started.filter(isLive).map(commandLine).join('\n')}`).toBe(true);
    expect(groupMembers(run.child.pid!), 'nothing left in the run’s process group').toEqual([]);
    expect(await portIsOpen(port)).toBe(false);
  });

  it('SIGINT to npm alone (`npm run mock`) stops every process too: npm passes it on to the mock', async () => {
    const port = await freePorts(2);
    const run = startMock(['--api', API, '--port', String(port)], 'npm');
    const ready = await waitFor(() => run.stderr().includes('Ctrl-C') || run.child.exitCode !== null, READY_TIMEOUT_MS);
    expect(ready && run.child.exitCode === null, `not ready:\n${run.stderr()}`).toBe(true);
    expect(await portIsOpen(port)).toBe(true);
    const started = descendants(run.child.pid!);
    expect(started.some((pid) => commandLine(pid).includes('prism-cli')), started.map(commandLine).join('\n')).toBe(true);
    process.kill(run.child.pid!, 'SIGINT');
    expect(await exitWithin(run, EXIT_TIMEOUT_MS), `npm after SIGINT (undefined: still running after ${EXIT_TIMEOUT_MS} ms)`).toBeDefined();
    const gone = await waitFor(() => started.every((pid) => !isLive(pid)), 5_000);
    expect(gone, `left running: ${started.filter(isLive).map(commandLine).join('\n')}`).toBe(true);
    expect(groupMembers(run.child.pid!)).toEqual([]);
    expect(await portIsOpen(port)).toBe(false);
  });

  it('--help prints the usage and starts nothing', async () => {
    const run = startMock(['--help']);
    expect(await exitWithin(run, EXIT_TIMEOUT_MS)).toEqual({ code: 0, signal: null });
    expect(run.stdout()).toMatch(/^Usage: openapi-clients mock \[options\][\s\S]*--api <name\.\.\.>[\s\S]*--port <n>/);
    expect(run.stderr()).toBe('');
    expect(groupMembers(run.child.pid!)).toEqual([]);
  });

  it('a taken port is one line and exit 1, with nothing started (not even the APIs whose ports are free)', async () => {
    const port = await freePorts(NAMES.length);
    const last = port + NAMES.length - 1;
    await hold(last);
    // Every API but the last in name order would get a free port; the last gets the taken one.
    const run = startMock(['--port', String(port)]);
    expect(await exitWithin(run, EXIT_TIMEOUT_MS)).toEqual({ code: 1, signal: null });
    expect(run.stderr()).toBe(`error: port ${last} on 127.0.0.1 (for ${NAMES.at(-1)}) is already in use; choose another --port\n`);
    expect(groupMembers(run.child.pid!)).toEqual([]);
    expect(await portIsOpen(port)).toBe(false);
  });

  it('an unknown --api is one line naming the known APIs', async () => {
    const run = startMock(['--api', API, '--api', 'nope']);
    expect(await exitWithin(run, EXIT_TIMEOUT_MS)).toEqual({ code: 1, signal: null });
    expect(run.stderr()).toBe(`error: specs: no API named "nope": expected one of ${NAMES.join(', ')}\n`);
    expect(groupMembers(run.child.pid!)).toEqual([]);
  });
});
