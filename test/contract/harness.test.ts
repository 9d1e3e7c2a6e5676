/**
 * The Prism harness itself: servers start on 127.0.0.1, a broken spec fails
 * with Prism's log, and stopping leaves no process and no open port. The
 * global setup's own servers are checked the same way at teardown.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startMockServers } from '../../src/contract/mock-servers.js';
import { portIsOpen, PrismStartError, startPrism } from '../../src/contract/prism.js';
import { REPO_ROOT, tempDir } from '../helpers.js';
import { contractApisUnderTest } from './client.js';

const apis = contractApisUnderTest();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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

  it('npm run mock prints a URL per API and stops them all on Ctrl-C', async () => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'run.mjs'), 'mock'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 30_000;
    while (!output.includes('Ctrl-C') && child.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const ports = [...output.matchAll(/^(\w+): http:\/\/127\.0\.0\.1:(\d+)/gm)].map((match) => Number(match[2]));
    expect(ports, output).toHaveLength(apis.length);
    for (const port of ports) expect(await portIsOpen(port)).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
    for (const port of ports) expect(await portIsOpen(port), `port ${port} after Ctrl-C`).toBe(false);
  });
});
