/**
 * Runs test files in a child vitest pointed at another specs/generated pair
 * (OPENAPI_CLIENTS_TEST_SPECS_DIR, OPENAPI_CLIENTS_TEST_GENERATED_DIR), and
 * returns every test's outcome from its JSON report.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../helpers.js';
import { GENERATED_DIR_VARIABLE, SPECS_DIR_VARIABLE } from './under-test.js';

export interface ChildTestResult {
  /** Relative to the repository, e.g. `test/pipeline.test.ts`. */
  file: string;
  fullName: string;
  status: string;
  failureMessages: string[];
}

export interface ChildRun {
  results: ChildTestResult[];
  /** The child's exit code and output, to explain a failure. */
  code: number;
  output: string;
}

export async function runTestsOn(files: string[], dirs: { specs: string; generated: string }, report: string): Promise<ChildRun> {
  const vitest = join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  let code = 0;
  let output = '';
  try {
    const result = await promisify(execFile)(process.execPath, [vitest, 'run', ...files, '--reporter=json', `--outputFile=${report}`], {
      cwd: REPO_ROOT,
      env: { ...process.env, [SPECS_DIR_VARIABLE]: dirs.specs, [GENERATED_DIR_VARIABLE]: dirs.generated },
      maxBuffer: 64 * 1024 * 1024,
    });
    output = result.stderr;
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    code = failure.code ?? 1;
    output = `${failure.stderr ?? ''}`;
  }
  if (!existsSync(report)) throw new Error(`the child vitest wrote no report (exit ${code}):\n${output}`);
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
    testResults: Array<{ name: string; message?: string; assertionResults: Array<{ fullName: string; status: string; failureMessages?: string[] }> }>;
  };
  const results = parsed.testResults.flatMap((file) => {
    const name = relative(REPO_ROOT, file.name);
    // A file that failed to load reports no tests: keep it visible as a failure.
    if (file.assertionResults.length === 0 && file.message) return [{ file: name, fullName: '(file)', status: 'failed', failureMessages: [file.message] }];
    return file.assertionResults.map((test) => ({ file: name, fullName: test.fullName, status: test.status, failureMessages: test.failureMessages ?? [] }));
  });
  return { results, code, output };
}

/**
 * The generic suites: every test file that finds its APIs by listing the
 * specs folder (it imports test/apis/under-test.ts, directly or through the
 * contract suite's client.ts), except the APIs' own tests under
 * test/apis/<api>/ and the files that start a child run themselves.
 */
export function genericSuites(exclude: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['fixtures', 'apis'].includes(entry.name) || dir !== join(REPO_ROOT, 'test')) walk(path);
      } else if (entry.name.endsWith('.test.ts')) {
        const text = readFileSync(path, 'utf8');
        if (/from '(\.\.?\/)+(apis\/under-test|contract\/client)\.js'|from '\.\/client\.js'/.test(text)) found.push(relative(REPO_ROOT, path));
      }
    }
  };
  walk(join(REPO_ROOT, 'test'));
  return found.filter((file) => !exclude.includes(file)).sort();
}

/** The API whose normalized document is the smallest: the cheapest to copy and regenerate in a child run. */
export function smallestApi<T extends { generatedDir: string }>(apis: T[]): T {
  const size = (api: T) => statSync(join(api.generatedDir, 'openapi.yaml')).size;
  return apis.reduce((smallest, candidate) => (size(candidate) < size(smallest) ? candidate : smallest));
}
