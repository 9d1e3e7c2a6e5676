/**
 * `mock`: one Prism mock server per API on 127.0.0.1, from the normalized
 * documents in the output folder, each with what a consumer needs to call it
 * (mock-guide.ts). Ports are stable: an API keeps its default port from run
 * to run, or the selected APIs take `--port` upward, so a client's base URL
 * can be written down once. Everything is checked before the first Prism is
 * spawned, so a bad option or a taken port leaves nothing running.
 *
 * The servers stop, and the process exits, on SIGINT, SIGTERM or SIGHUP to
 * this process (mock-servers.ts) and when a process that started it ends
 * (`stopWhenOrphaned`): a script that kills only our pid, or only npm,
 * leaves no Prism behind.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contractApi } from '../contract/apis.js';
import { startMockServers, stopWhenOrphaned, type MockServers } from '../contract/mock-servers.js';
import { portIsFree, PrismStartError } from '../contract/prism.js';
import { count } from '../count.js';
import { firstLine, printable, SpecError } from '../errors.js';
import { EXIT } from './exit-codes.js';
import { discoverManifests, displayPath, selectManifests, type Manifest } from '../manifest.js';
import { formatGuide, mockGuide } from './mock-guide.js';

export interface MockOptions {
  specsDir: string;
  /** Where the normalized documents are (`<outDir>/<api>/openapi.yaml`). */
  outDir: string;
  /** Only these APIs (folder names); every API when absent. */
  apis?: string[];
  /** The first selected API's port, the next one's `port + 1`, in name order. */
  port?: number;
  /** One JSON object per API on stdout instead of the guide on stderr. */
  json?: boolean;
}

export interface MockStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Without `--port`, the API at position i of every API (in name order) listens on DEFAULT_PORT + i: Prism's own default upward. */
export const DEFAULT_PORT = 4010;

/** A problem with the options or the machine, said in one line; nothing is left running. */
export class MockError extends Error {
  override readonly name = 'MockError';
}

/** Starts the servers and prints how to call them; resolves once all listen. They run until a signal or the parent's end. */
export async function runMock(options: MockOptions, streams: MockStreams): Promise<MockServers> {
  const manifests = discoverManifests(options.specsDir);
  const selected = selectManifests(manifests, options.apis, options.specsDir);
  const ports = assignPorts(manifests, selected, options.port);
  for (const manifest of selected) {
    const document = join(options.outDir, manifest.name, 'openapi.yaml');
    if (!existsSync(document)) throw new MockError(`${displayPath(document)} does not exist: run \`npm run generate\` first`);
  }
  const apis = selected.map((manifest) => contractApi(manifest, options.outDir));
  // Sampled before any server starts: printed the moment they all listen, and a failure here leaves nothing running.
  const guides = apis.map((api, index) => mockGuide(api, `http://127.0.0.1:${ports[index]}`));
  for (const [index, port] of ports.entries()) {
    if (!(await portIsFree(port))) throw new MockError(portTaken(port, apis[index]!.name, options.port));
  }
  let mocks: MockServers;
  try {
    mocks = await startMockServers(apis, { ports });
  } catch (error) {
    // Taken between our check and Prism's listen, or Prism could not serve the document.
    if (!(error instanceof PrismStartError)) throw error;
    const index = ports.findIndex((port) => error.message.includes(`127.0.0.1:${port} `));
    if (/EADDRINUSE/.test(error.message) && index >= 0) throw new MockError(portTaken(ports[index]!, apis[index]!.name, options.port));
    throw new MockError(`${firstLine(error.message).replace(/\. Its log:$/, '')}: ${lastLogLine(error.message)}`);
  }
  stopWhenOrphaned(mocks);
  if (options.json) {
    for (const guide of guides) streams.stdout.write(`${JSON.stringify(guide)}\n`);
  } else {
    for (const guide of guides) streams.stderr.write(formatGuide(guide));
  }
  streams.stderr.write(`Prism is mocking ${apis.length === 1 ? 'the API' : `${apis.length} APIs`} above on 127.0.0.1. Ctrl-C (or SIGTERM, SIGHUP) stops ${apis.length === 1 ? 'it' : 'them all'}.\n`);
  return mocks;
}

function assignPorts(all: Manifest[], selected: Manifest[], first: number | undefined): number[] {
  if (first === undefined) return selected.map((manifest) => DEFAULT_PORT + all.indexOf(manifest));
  const last = first + selected.length - 1;
  if (!Number.isInteger(first) || first < 1 || last > 65_535) {
    throw new MockError(`--port expects a whole number from 1 to ${65_536 - selected.length} (${count(selected.length, 'API')} take consecutive ports), got ${first}`);
  }
  return selected.map((_, index) => first + index);
}

function portTaken(port: number, api: string, chosen: number | undefined): string {
  const hint = chosen === undefined ? 'choose other ports with --port <n>' : 'choose another --port';
  return `port ${port} on 127.0.0.1 (for ${api}) is already in use; ${hint}`;
}

/** The last non-empty line of Prism's log, which says why it stopped. */
function lastLogLine(message: string): string {
  const log = message.slice(message.indexOf('Its log:\n') + 'Its log:\n'.length);
  return firstLine(log.trim().split('\n').pop() ?? '') || 'no log';
}

/** The `mock` command: serves until a signal ends the process; resolves to an exit code only when it cannot start. */
export async function mockCommand(options: MockOptions): Promise<number> {
  try {
    await runMock(options, { stdout: process.stdout, stderr: process.stderr });
    return new Promise<number>(() => {});
  } catch (error) {
    // A bad option, a taken port or a bad manifest says what to fix (exit 1); anything else is ours, in one line too (exit 70, as --help says).
    if (error instanceof MockError || error instanceof SpecError) {
      process.stderr.write(`error: ${printable(error.message)}\n`);
      return EXIT.invalid;
    }
    process.stderr.write(`error: internal error (a bug in the toolchain; please report it): ${printable(firstLine(String((error as Error)?.message ?? error)))}\n`);
    return EXIT.bug;
  }
}
