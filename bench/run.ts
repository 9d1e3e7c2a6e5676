/**
 * `npm run bench`: every row is a ratio of two things measured side by side
 * in this run, alternating, with the median and the spread (max − min over
 * the median) of each side. Writes the table and the machine to
 * bench/RESULTS.md. BENCH_RUNS (default 5) sets the runs per side.
 */
import { execFile, spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { openapiConvertVersion } from 'openapi-format';
import { parse } from 'yaml';
import { toYaml } from '../src/output/yaml-writer.js';
import { benchCorpus, corpusTable } from './corpus.js';
import { alternate, median, spread, time, type Pair } from './stats.js';

const REPO = resolve(import.meta.dirname, '..');
const WORK = join(REPO, 'bench', '.work');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Every row measures a real compile, never a hit of the build cache.
process.env.OPENAPI_CLIENTS_BUILD_CACHE = 'off';
const NODE = process.execPath;
const OPENAPI_TS = join(REPO, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
/** What `npm run generate` runs, without npm's own start-up. */
const GENERATE = [join(REPO, 'scripts', 'openapi-clients.mjs'), 'generate'];
const run = promisify(execFile);
const sh = (file: string, args: string[], cwd = REPO, timeout = 0) => run(file, args, { cwd, maxBuffer: 64 * 2 ** 20, timeout });
/** Our pipeline on GitHub's API gets this long per run before it is stopped and reported as not finished. */
const GITHUB_LIMIT_MS = 600_000;

interface Row {
  name: string;
  unit: string;
  pair: Pair;
  /** ours / peer for times and sizes (lower is better), peer-relative speed for throughput. */
  ratio: number;
  target: string;
  met: boolean;
  note?: string;
}

const rows: Row[] = [];
const log = (line: string) => console.error(line);

function timeRow(name: string, pair: Pair, limit: number, note?: string): Row {
  const ratio = median(pair.ours) / median(pair.peer);
  return { name, unit: 'ms', pair, ratio, target: `≤ ${limit}×`, met: ratio <= limit, note };
}

// ── a. Regenerate: npm run generate for both APIs vs bare openapi-typescript on the same documents.
async function regenerate(): Promise<void> {
  log('a. regenerate');
  const apis = readdirSync(join(REPO, 'generated'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const pair = await alternate(
    RUNS,
    () => time(() => sh(NODE, [...GENERATE, '--quiet', '--out', join(WORK, 'regenerate')])),
    () => time(async () => {
      for (const api of apis) await sh(NODE, [OPENAPI_TS, join(REPO, 'generated', api, 'openapi.yaml'), '-o', join(WORK, 'openapi-ts', `${api}.ts`)]);
    }),
  );
  rows.push(timeRow('a. regenerate both APIs (ours: normalize + types + clients + tsc) vs openapi-typescript CLI', pair, 2));
}

// ── b. Scale: GitHub's REST API through the whole pipeline vs bare openapi-typescript; growth with copies of Anchor.
async function scale(): Promise<void> {
  log('b. scale: GitHub REST API');
  const specs = join(WORK, 'github', 'specs');
  const spec = join(specs, 'github', 'openapi.json');
  if (!existsSync(spec)) {
    mkdirSync(join(specs, 'github'), { recursive: true });
    const source = JSON.parse(readFileSync(join(REPO, 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'));
    // The description is OpenAPI 3.0.3; the toolchain takes 3.1 (openapi-format converts).
    const converted = (await openapiConvertVersion(source, { convertTo: '3.1' })).data;
    writeFileSync(spec, JSON.stringify(converted));
    writeFileSync(join(specs, 'github', 'manifest.yaml'), ['title: GitHub REST API', 'baseUrl: https://api.github.com', 'auth:', '  schemeName: bearer', '  envVar: GITHUB_TOKEN', '  securityScheme:', '    type: http', '    scheme: bearer', 'sources:', '  - file: openapi.json', '# GitHub publishes paths that differ only by parameter name; accepted on purpose for the benchmark.', 'lint:', '  no-identical-paths: warn', ''].join('\n'));
  }
  let ours: string | undefined;
  // A failed or stopped run is not repeated: one is enough to report it.
  const pair = await alternate(
    Math.min(RUNS, 3),
    () => time(async () => {
      if (ours) return;
      try {
        await sh(NODE, ['--max-old-space-size=8192', ...GENERATE, '--quiet', '--specs', specs, '--out', join(WORK, 'github', 'out')], REPO, GITHUB_LIMIT_MS);
      } catch (error) {
        const failure = error as { killed?: boolean; stderr?: string };
        ours = failure.killed ? `not finished after ${GITHUB_LIMIT_MS / 60_000} minutes, stopped` : (String(failure.stderr ?? error).split('\n').find((line) => line.startsWith('error:')) ?? String(error));
      }
    }),
    () => time(() => sh(NODE, [OPENAPI_TS, spec, '-o', join(WORK, 'github', 'openapi-ts.ts')])),
  );
  if (ours) pair.ours = pair.ours.slice(0, 1);
  const row = timeRow('b. GitHub REST API (1,200 operations): whole pipeline vs openapi-typescript', pair, 1.3, ours ? `ours failed: ${ours}` : undefined);
  if (ours) row.met = false;
  rows.push(row);

  log('b. scale: growth with copies of the Anchor operations');
  const anchor = parse(readFileSync(join(REPO, 'generated/anchorbrowser/openapi.yaml'), 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };
  const manifest = readFileSync(join(REPO, 'specs/anchorbrowser/manifest.yaml'), 'utf8').replace(/^sources:[\s\S]*$/m, 'sources:\n  - file: openapi.yaml\n');
  const times: Record<number, number[]> = {};
  const factors = [1, 2, 4, 8];
  for (const factor of factors) {
    const document = structuredClone(anchor);
    const paths: typeof anchor.paths = {};
    for (let copy = 0; copy < factor; copy++) {
      for (const [path, item] of Object.entries(anchor.paths)) {
        const clone = structuredClone(item);
        for (const operation of Object.values(clone)) if (operation.operationId) operation.operationId += copy ? `Copy${copy}` : '';
        paths[copy ? `/copy${copy}${path}` : path] = clone;
      }
    }
    document.paths = paths;
    const dir = join(WORK, `scale-${factor}`, 'specs', 'anchor');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.yaml'), manifest);
    writeFileSync(join(dir, 'openapi.yaml'), toYaml(document as never));
  }
  for (let round = 0; round < Math.min(RUNS, 3); round++) {
    for (const factor of factors) {
      (times[factor] ??= []).push(await time(() => sh(NODE, [...GENERATE, '--quiet', '--specs', join(WORK, `scale-${factor}`, 'specs'), '--out', join(WORK, `scale-${factor}`, 'out')])));
    }
  }
  for (const factor of factors.slice(1)) {
    const pair = { ours: times[factor]!, peer: times[1]! };
    const ratio = median(pair.ours) / median(pair.peer);
    rows.push({ name: `b. growth: ${factor}× the Anchor operations (${6 * factor}) vs 1× (6)`, unit: 'ms', pair, ratio, target: `≤ ${factor}×`, met: ratio <= factor });
  }
}

// ── c. Client throughput against a canned-response server in its own process, 16 requests in flight.
async function throughput(): Promise<void> {
  log('c. client throughput');
  const server = spawn(NODE, [join(REPO, 'bench', 'canned-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolvePort) => server.stdout!.once('data', (chunk) => resolvePort(Number(String(chunk).trim()))));
    const baseUrl = `http://127.0.0.1:${port}`;
    const body = { name: 'web-scraper', language: 'typescript' as const };
    const { createAnchorBrowserClient } = await import(join(REPO, 'generated/anchorbrowser/dist/index.js'));
    const { default: Anchorbrowser } = await import('anchorbrowser');
    const ours = createAnchorBrowserClient({ apiKey: 'bench-key', baseUrl });
    const sdk = new Anchorbrowser({ apiKey: 'bench-key', baseURL: baseUrl });
    const calls = {
      ours: () => ours.createTask({ body }),
      raw: () => fetch(`${baseUrl}/v1/task`, { method: 'POST', headers: { 'content-type': 'application/json', 'anchor-api-key': 'bench-key' }, body: JSON.stringify(body) }).then((response) => response.json()),
      sdk: () => sdk.task.create(body),
    };
    const REQUESTS = 3000;
    const IN_FLIGHT = 16;
    const perSecond = async (call: () => Promise<unknown>) => {
      let next = 0;
      const elapsed = await time(() => Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
        while (next++ < REQUESTS) await call();
      })));
      return REQUESTS / (elapsed / 1000);
    };
    for (const call of Object.values(calls)) await perSecond(call); // warm-up: connections, JIT
    const samples = { ours: [] as number[], raw: [] as number[], sdk: [] as number[] };
    // The order rotates every round, so no side always runs right after another's garbage.
    const order = Object.entries(calls);
    for (let round = 0; round < RUNS; round++) {
      for (const [name, call] of [...order.slice(round % order.length), ...order.slice(0, round % order.length)]) samples[name as keyof typeof samples].push(await perSecond(call));
    }
    const row = (peer: 'raw' | 'sdk', label: string, minimum: number): Row => {
      const pair = { ours: samples.ours, peer: samples[peer] };
      const ratio = median(pair.ours) / median(pair.peer);
      return { name: `c. POST /v1/task throughput: ours vs ${label}`, unit: 'req/s', pair, ratio, target: `≥ ${minimum}×`, met: ratio >= minimum };
    };
    rows.push(row('raw', 'raw fetch', 0.9), row('sdk', 'official anchorbrowser SDK', 1.2));
  } finally {
    server.kill('SIGTERM');
  }
}

// ── d. Size: the create-and-run consumer bundled and gzipped; install footprint. e. Type-check cost.
async function sizeAndTypes(): Promise<void> {
  log('d. size, e. type-check');
  const bundle = async (entry: string, alias: Record<string, string> = {}) => {
    // As a browser app bundles it; the SDK's optional playwright import (browser automation on the caller's side) stays out.
    const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent', alias, external: ['playwright', 'playwright-core'], nodePaths: [join(REPO, 'node_modules')] });
    return gzipSync(result.outputFiles[0]!.contents).length;
  };
  const oursBytes = await bundle(join(REPO, 'examples/create-and-run.ts'), { '@openapi-clients/anchorbrowser': join(REPO, 'generated/anchorbrowser/dist/index.js') });
  const sdkBytes = await bundle(join(REPO, 'bench/consumers/sdk-create-and-run.ts'));
  rows.push({ name: 'd. create-and-run consumer, esbuild minified + gzip: ours vs official SDK', unit: 'B', pair: { ours: [oursBytes], peer: [sdkBytes] }, ratio: oursBytes / sdkBytes, target: '≤ 0.5×', met: oursBytes / sdkBytes <= 0.5 });

  // Install each package alone into a fresh project, as a consumer would.
  const install = async (name: string, spec: string, consumer: string) => {
    const dir = join(WORK, `install-${name}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `bench-${name}`, private: true, type: 'module' }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, lib: ['ES2022', 'DOM'], types: [], noEmit: true, skipLibCheck: false } }));
    writeFileSync(join(dir, 'src', 'main.ts'), readFileSync(consumer, 'utf8'));
    await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', spec], dir);
    return dir;
  };
  const packed = await sh('npm', ['pack', '--json', '--pack-destination', WORK], join(REPO, 'generated/anchorbrowser'));
  const tarball = join(WORK, (JSON.parse(packed.stdout) as [{ filename: string }])[0].filename);
  const sdkVersion = (JSON.parse(readFileSync(join(REPO, 'node_modules/anchorbrowser/package.json'), 'utf8')) as { version: string }).version;
  const oursDir = await install('ours', tarball, join(REPO, 'examples/create-and-run.ts'));
  const sdkDir = await install('sdk', `anchorbrowser@${sdkVersion}`, join(REPO, 'bench/consumers/sdk-create-and-run.ts'));
  const footprint = (dir: string) => directorySize(join(dir, 'node_modules'));
  const [oursFootprint, sdkFootprint] = [footprint(oursDir), footprint(sdkDir)];
  rows.push({ name: 'd. install footprint (package + dependencies): ours vs official SDK', unit: 'B', pair: { ours: [oursFootprint], peer: [sdkFootprint] }, ratio: oursFootprint / sdkFootprint, target: '(reported)', met: true });

  const pair = await alternate(RUNS, () => time(() => sh(NODE, [TSC, '-p', oursDir])), () => time(() => sh(NODE, [TSC, '-p', sdkDir])));
  rows.push({ ...timeRow('e. tsc --noEmit of the consumer: ours vs official SDK', pair, Infinity), target: '(reported)', met: true });
}

function directorySize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(dir, entry.name);
    return total + (entry.isDirectory() ? directorySize(path) : entry.isFile() ? statSync(path).size : 0);
  }, 0);
}

function format(value: number, unit: string): string {
  if (unit === 'B') return `${value.toLocaleString('en')} B`;
  if (unit === 'req/s') return `${Math.round(value).toLocaleString('en')} req/s`;
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value).toLocaleString('en')} ms`;
}

function table(): string {
  const lines = ['| measurement | ours (median, spread) | peer (median, spread) | ratio | target | met |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    const side = (values: number[]) => `${format(median(values), row.unit)}${values.length > 1 ? ` ±${spread(values).toFixed(0)}%` : ''}`;
    lines.push(`| ${row.name}${row.note ? ` (${row.note})` : ''} | ${side(row.pair.ours)} | ${side(row.pair.peer)} | ${row.ratio.toFixed(2)}× | ${row.target} | ${row.met ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n');
}

const only = new Set(process.argv.slice(2));
rmSync(join(WORK, 'regenerate'), { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const sections: Array<[string, () => Promise<void>]> = [['regenerate', regenerate], ['scale', scale], ['throughput', throughput], ['size', sizeAndTypes]];
for (const [name, section] of sections) if (only.size === 0 || only.has(name)) await section();
// The real-world corpus is a table of its own (no peer), only on request: ten specs take minutes.
if (only.has('corpus')) {
  console.log(`${corpusTable(await benchCorpus(WORK, Math.min(RUNS, 3), GENERATE))}\n`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const output = table();
if (rows.length > 0) console.log(output);
if (rows.length > 0) console.log(`\n${machine}; ${RUNS} run${RUNS === 1 ? '' : 's'} per side, alternating`);
// Only a full run replaces the recorded results.
if (only.size === 0) writeFileSync(join(REPO, 'bench', 'RESULTS.md'), `# Benchmark results\n\nMachine: ${machine}. ${RUNS} runs per side, alternating; spread is (max − min) / median.\nReproduce: \`npm ci && npm run bench\` (sections: \`npm run bench -- regenerate scale throughput size\`).\n\n${output}\n`);
