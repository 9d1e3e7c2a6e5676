import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = resolve(REPO_ROOT, '..', 'shared', 'seeds');
export const UPSTREAM_DIR = resolve(REPO_ROOT, '..', 'shared', 'upstream');

const created: string[] = [];

/**
 * A fresh temporary folder, removed after the test file (`removeTempDirs`,
 * called by test/setup/temp-folders.ts).
 */
export function tempDir(prefix = 'openapi-clients-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (relative path → content) under a fresh temporary folder. */
export function writeTree(files: Record<string, string>, root = tempDir()): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Preloads test/support/fs-faults.mjs (configured through `env`). */
  faults?: boolean;
  /** A run still going after this long is killed and reported with code -1 (a hang fails, it does not stall). */
  timeoutMs?: number;
}

const FS_FAULTS = join(REPO_ROOT, 'test', 'support', 'fs-faults.mjs');

function cliArgs(args: string[], { faults }: CliOptions): string[] {
  return [...(faults ? ['--import', FS_FAULTS] : []), join(REPO_ROOT, 'scripts', 'openapi-clients.mjs'), 'generate', ...args];
}

/** Runs the real `generate` CLI, as `npm run generate` does. */
export async function runGenerate(args: string[], cwd = REPO_ROOT, options: CliOptions = {}): Promise<CliResult> {
  const { env, timeoutMs = 300_000 } = options;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, cliArgs(args, options), { cwd, env: { ...process.env, ...env }, timeout: timeoutMs, killSignal: 'SIGKILL' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; killed?: boolean; stdout?: string; stderr?: string };
    return { code: failure.killed ? -1 : (failure.code ?? 1), stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

/** A CLI run to signal or kill: resolves once its stderr matches `ready`. */
export async function startGenerate(args: string[], cwd: string, ready: RegExp, options: CliOptions = {}): Promise<{ child: ChildProcessWithoutNullStreams; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> }> {
  const child = spawn(process.execPath, cliArgs(args, options), { cwd, env: { ...process.env, CI: 'true', ...options.env } });
  let stderr = '';
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${ready} on stderr within ${options.timeoutMs ?? 120_000} ms: ${stderr}`));
    }, options.timeoutMs ?? 120_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (ready.test(stderr)) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the run exited before ${ready}: ${stderr}`));
    });
  });
  return { child, exited };
}

/** A minimal valid manifest for an API folder in tests. */
export function manifestYaml(sources: string[], extra = ''): string {
  return [
    'title: Test API',
    'baseUrl: https://api.example.test',
    'auth:',
    '  schemeName: api_key_header',
    '  envVar: TEST_API_KEY',
    '  securityScheme:',
    '    type: apiKey',
    '    in: header',
    '    name: x-api-key',
    'sources:',
    ...sources.map((source) => `  - file: ${source}`),
    extra,
  ].join('\n');
}

/** A small API of the tests' own (test/fixtures/good-specs/task-runner): tests that need some API use it, never a shipped one, which follows its vendor. */
export const FIXTURE_API = { name: 'tasks', specs: join(REPO_ROOT, 'test/fixtures/good-specs/task-runner/specs'), document: 'specs/tasks/openapi.yaml' } as const;

/**
 * The fixture API's specs and their generated output, made once per test
 * file (in a beforeAll); `workspace()` gives each test a copy of both to break.
 */
export function generatedBaseline(): { dir: () => string; workspace: () => string } {
  let baseline = '';
  beforeAll(async () => {
    baseline = tempDir();
    cpSync(FIXTURE_API.specs, join(baseline, 'specs'), { recursive: true });
    const result = await runGenerate(['--out', 'generated', '--quiet'], baseline);
    expect(result.code, result.stderr).toBe(0);
  }, 180_000);
  return {
    dir: () => baseline,
    workspace: () => {
      const root = tempDir();
      cpSync(baseline, root, { recursive: true });
      return root;
    },
  };
}
