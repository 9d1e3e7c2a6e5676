/**
 * The docs of every generated package cannot rot: each ```ts block of its
 * README.md and API.md, as a Markdown renderer finds it, is compiled by
 * strict tsc against the committed package (installed as a consumer
 * resolves it: by its name, through node_modules). A block that imports is
 * a program of its own; one that does not runs after the last one that did,
 * in a scope of its own (API.md's calls after its setup). A program that
 * calls an operation the package lacks is compiled alongside, and must fail:
 * the check can fail. The numbers the README states are held to the
 * runtime's.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DEFAULTS, ERROR_CLASSES, WAITER_DEFAULTS } from '../../src/codegen/readme.js';
import { RUNTIME_EXPORTS } from '../../src/codegen/package.js';
import { errorClassOf } from '../../src/runtime/errors.js';
import { REPO_ROOT, tempDir } from '../helpers.js';

const run = promisify(execFile);
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const GENERATED = join(REPO_ROOT, 'generated');
const DOCS = ['README.md', 'API.md'];

const apis = readdirSync(GENERATED, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();

/** The ```ts blocks of a Markdown file, as markdown-it renders them. */
function tsBlocks(markdown: string): string[] {
  return new MarkdownIt().parse(markdown, {}).filter((token) => token.type === 'fence' && token.info.trim() === 'ts').map((token) => token.content);
}

/** The programs of one file: each importing block starts one; the others join the last, each in its own scope. */
function programs(blocks: string[]): string[] {
  const found: string[] = [];
  for (const block of blocks) {
    if (/^import /m.test(block) || found.length === 0) found.push(block);
    else found[found.length - 1] += `\n{\n${block}}\n`;
  }
  return found;
}

interface Compiled {
  /** Per API and doc, the ts blocks found. */
  blocks: Record<string, string[]>;
  /** tsc's diagnostics, one per line, by file. */
  errors: Record<string, string[]>;
}

let root: string;
let compiled: Compiled;

beforeAll(async () => {
  root = tempDir('openapi-clients-docs-');
  const blocks: Record<string, string[]> = {};
  mkdirSync(join(root, 'src'));
  for (const api of apis) {
    const { name } = JSON.parse(readFileSync(join(GENERATED, api, 'package.json'), 'utf8')) as { name: string };
    const link = join(root, 'node_modules', ...name.split('/'));
    mkdirSync(join(link, '..'), { recursive: true });
    symlinkSync(join(GENERATED, api), link, 'dir');
    for (const doc of DOCS) {
      const found = tsBlocks(readFileSync(join(GENERATED, api, doc), 'utf8'));
      blocks[`${api}/${doc}`] = found;
      programs(found).forEach((program, index) => writeFileSync(join(root, 'src', `${api}-${doc.replace('.md', '')}-${index}.ts`), program));
    }
    // Rot on purpose: the README's first program, calling an operation the package lacks.
    const [first] = programs(blocks[`${api}/README.md`]!);
    writeFileSync(join(root, 'src', `${api}-rot.ts`), `${first}\nawait client.noSuchOperation();\n`);
  }
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'docs-consumer', private: true, type: 'module' }));
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, lib: ['ES2022', 'DOM', 'DOM.Iterable', 'DOM.AsyncIterable'], types: [], skipLibCheck: true },
    include: ['src'],
  }));
  let output = '';
  try {
    await run(process.execPath, [TSC, '-p', root], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? String(error);
  }
  const errors: Record<string, string[]> = {};
  for (const line of output.split('\n').filter((text) => /^src\/.*\.ts\(\d+,\d+\): error/.test(text))) {
    const file = line.slice(4, line.indexOf('('));
    (errors[file] ??= []).push(line);
  }
  compiled = { blocks, errors };
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(apis)('the docs of generated/%s', (api) => {
  it('hold ts examples: README programs, and API.md a setup and one call per operation', () => {
    const reference = readFileSync(join(GENERATED, api, 'API.md'), 'utf8');
    const operations = reference.split('\n').filter((line) => line.startsWith('## ')).length;
    expect(operations).toBeGreaterThan(0);
    expect(compiled.blocks[`${api}/API.md`]).toHaveLength(operations + 1);
    expect(compiled.blocks[`${api}/README.md`]!.length).toBeGreaterThanOrEqual(5);
  });

  it('compile, every block, under strict tsc against the package', () => {
    const failing = Object.entries(compiled.errors).filter(([file]) => file.startsWith(`${api}-`) && !file.endsWith('-rot.ts'));
    expect(failing).toEqual([]);
  });

  it('would be caught rotting: a call of an operation the package lacks fails to compile', () => {
    expect(compiled.errors[`${api}-rot.ts`]?.join('\n')).toMatch(/noSuchOperation/);
  });
});

describe('what the README states, held to the runtime', () => {
  it.each(ERROR_CLASSES)('$name is what unwrap throws for $status, and the package exports it', ({ name, status }) => {
    const statuses = status === '5xx' ? [500, 503] : [Number(status)];
    for (const code of statuses) expect(errorClassOf(code).name).toBe(name);
    expect(RUNTIME_EXPORTS).toContain(name);
  });

  it("gives the client's and the waiters' defaults as the runtime sets them", () => {
    const number = (text: string) => Number(text.replace(/_/g, ''));
    const client = /\{ timeoutMs = ([\d_]+), maxRetries = (\d+) \} = options/.exec(readFileSync(join(REPO_ROOT, 'src/runtime/client.ts'), 'utf8'));
    expect(client && { timeoutMs: number(client[1]!), maxRetries: number(client[2]!) }).toEqual(CLIENT_DEFAULTS);
    const waiter = /\{ intervalMs = ([\d_]+), backoffFactor = ([\d.]+), maxIntervalMs = ([\d_]+), timeoutMs = ([\d_]+), signal \} = options/.exec(readFileSync(join(REPO_ROOT, 'src/runtime/waiter.ts'), 'utf8'));
    expect(waiter && { intervalMs: number(waiter[1]!), backoffFactor: number(waiter[2]!), maxIntervalMs: number(waiter[3]!), timeoutMs: number(waiter[4]!) }).toEqual(WAITER_DEFAULTS);
  });
});
