import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = resolve(REPO_ROOT, '..', 'shared', 'seeds');

export function tempDir(prefix = 'openapi-clients-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
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

/** Runs the real `generate` CLI, as `npm run generate` does. */
export async function runGenerate(args: string[], cwd = REPO_ROOT): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(REPO_ROOT, 'scripts', 'run.mjs'), 'generate', ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
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
