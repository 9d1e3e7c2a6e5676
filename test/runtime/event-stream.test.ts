/**
 * Server-sent events through a generated client: the fixture API's
 * operation answers JSON or `text/event-stream` (test/fixtures/good-specs/
 * event-stream), generated into a scratch folder and called against a
 * local node:http server on 127.0.0.1 (Prism does not stream). Events split
 * across chunks, comments, multi-line data, CRLF, named events, `[DONE]`,
 * an early `break` and an abort; and `readEvents` on its own.
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { readEvents } from '../../src/runtime/events.js';
import { REPO_ROOT } from '../helpers.js';

const SPECS = join(REPO_ROOT, 'test/fixtures/good-specs/event-stream/specs');
// Inside node_modules so that the generated package resolves openapi-fetch like the real one.
const scratch = join(REPO_ROOT, 'node_modules', '.cache', 'openapi-clients-event-stream', String(process.pid));

type Result = { status: number; data?: unknown; error?: unknown; response: Response };
type ChatClient = { createChatCompletion: (init: object) => Promise<Result> };

/** What the server sends when asked to stream: each string is its own write, a few ms apart. */
const CHUNKS = [': a comment the client skips\n', 'data: {"del', 'ta":"Hel"}\n', '\n', 'event: delta\r\ndata: {"delta":"lo"}\r\n\r', '\ndata: line one\ndata: line two\n\n', 'data: [DONE]\n\n', 'data: {"delta":"after done"}\n\n'];

let server: Server;
let baseUrl: string;
let client: ChatClient;
const closed: Array<Promise<void>> = [];

function answer(request: IncomingMessage, response: ServerResponse, body: { prompt?: string; stream?: boolean }): void {
  closed.push(new Promise((resolve) => response.on('close', () => resolve())));
  if (!body.prompt) return void response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'prompt is required' }));
  if (!body.stream) return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'c1', text: 'Hello' }));
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  if (body.prompt === 'forever') {
    // An event every 5 ms until the client goes away.
    const timer = setInterval(() => response.write('data: {"delta":"."}\n\n'), 5);
    response.on('close', () => clearInterval(timer));
    return;
  }
  let index = 0;
  const next = () => (index < CHUNKS.length ? (response.write(CHUNKS[index++]), setTimeout(next, 3)) : response.end());
  next();
  void request;
}

beforeAll(async () => {
  await generate({ specsDir: SPECS, outDir: join(scratch, 'generated') });
  const module = (await import(pathToFileURL(join(scratch, 'generated', 'chat', 'src', 'index.ts')).href)) as { createChatClient: (options: object) => ChatClient };
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => answer(request, response, JSON.parse(text || '{}') as { prompt?: string; stream?: boolean }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = module.createChatClient({ apiKey: 'chat-key', baseUrl, maxRetries: 0 });
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(scratch, { recursive: true, force: true });
});

async function collect(events: unknown): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const event of events as AsyncIterable<unknown>) all.push(event);
  return all;
}

describe('an operation that may stream', () => {
  it('yields the parsed events of an event stream, across split chunks, comments, CRLF and multi-line data, ending at [DONE]', async () => {
    const result = await client.createChatCompletion({ body: { prompt: 'hi', stream: true } });
    expect(result.status).toBe(200);
    expect(await collect(result.data)).toEqual([
      { data: { delta: 'Hel' } },
      { event: 'delta', data: { delta: 'lo' } },
      { data: 'line one\nline two' },
    ]);
  });

  it('reads a JSON answer of the same operation as JSON', async () => {
    const result = await client.createChatCompletion({ body: { prompt: 'hi' } });
    expect(result.data).toEqual({ id: 'c1', text: 'Hello' });
  });

  it('leaves an error as an error', async () => {
    const result = await client.createChatCompletion({ body: { prompt: '', stream: true } });
    expect(result).toMatchObject({ status: 400, error: { message: 'prompt is required' } });
  });

  it('closes the connection when the loop leaves early', async () => {
    const before = closed.length;
    const result = await client.createChatCompletion({ body: { prompt: 'forever', stream: true } });
    let seen = 0;
    for await (const _event of result.data as AsyncIterable<unknown>) if (++seen === 3) break;
    expect(seen).toBe(3);
    await expect(Promise.race([closed[before], new Promise((_, reject) => setTimeout(() => reject(new Error('still open')), 5_000))])).resolves.toBeUndefined();
  });

  it('is aborted by its signal, mid-stream, and the connection closes', async () => {
    const before = closed.length;
    const controller = new AbortController();
    const result = await client.createChatCompletion({ body: { prompt: 'forever', stream: true }, signal: controller.signal });
    const reading = collect(result.data);
    setTimeout(() => controller.abort(new Error('stop streaming')), 30);
    await expect(reading).rejects.toThrow();
    await expect(Promise.race([closed[before], new Promise((_, reject) => setTimeout(() => reject(new Error('still open')), 5_000))])).resolves.toBeUndefined();
  });

  it('gives the raw stream when the call asks for a parseAs of its own', async () => {
    const result = await client.createChatCompletion({ body: { prompt: 'hi', stream: true }, parseAs: 'text' });
    expect(typeof result.data).toBe('string');
    expect(result.data as string).toContain('data: line one');
  });
});

// The documented program (the README shows it verbatim): compiled with strict tsc against the
// generated package, bundled, and run as a consumer runs it, against the same local server.
describe('examples/chat-events.ts', () => {
  const EXAMPLE = join(REPO_ROOT, 'examples', 'chat-events.ts');

  it('is shown verbatim in the README', () => {
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain(`\`\`\`ts\n${readFileSync(EXAMPLE, 'utf8')}\`\`\``);
  });

  it('compiles under strict tsc and streams against the local server', async () => {
    const run = promisify(execFile);
    const program = join(scratch, 'chat-events.ts');
    copyFileSync(EXAMPLE, program);
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], allowImportingTsExtensions: true, paths: { '@openapi-clients/chat': ['./generated/chat/src/index.ts'] } },
      files: ['chat-events.ts'],
    }));
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const compiled = await run(process.execPath, [tsc, '-p', scratch]).catch((error: { stdout?: string }) => error);
    expect((compiled as { stdout?: string }).stdout ?? '').toBe('');
    const bundle = join(scratch, 'chat-events.mjs');
    await build({ entryPoints: [program], outfile: bundle, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent', alias: { '@openapi-clients/chat': join(scratch, 'generated', 'chat', 'src', 'index.ts') } });
    const { stdout } = await run(process.execPath, [bundle], { env: { PATH: process.env.PATH, CHAT_API_KEY: 'chat-key', CHAT_BASE_URL: baseUrl }, timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual({ events: ['{"delta":"Hel"}', '{"delta":"lo"}', 'line one\nline two'], seen: 3 });
  }, 120_000);
});

describe('readEvents', () => {
  const stream = (chunks: string[]) => new ReadableStream<Uint8Array>({ start(controller) { for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk)); controller.close(); } });

  it('handles a CR at the end of a chunk, an id, a retry, a field without a colon, and a last event without its blank line', async () => {
    expect(await collect(readEvents(stream(['id: 7\rretry: 1500\r', '\ndata: a\r', '\r', 'data\n\ndata: tail'])))).toEqual([
      { id: '7', retry: 1500, data: 'a' },
      { data: '' },
      { data: 'tail' },
    ]);
  });

  it('splits a multi-byte character across chunks without garbling it', async () => {
    const bytes = new TextEncoder().encode('data: {"delta":"héllo ✓"}\n\n');
    const chunks = [bytes.slice(0, 17), bytes.slice(17, 25), bytes.slice(25)];
    const split = new ReadableStream<Uint8Array>({ start(controller) { for (const chunk of chunks) controller.enqueue(chunk); controller.close(); } });
    expect(await collect(readEvents(split))).toEqual([{ data: { delta: 'héllo ✓' } }]);
  });
});
