/**
 * The toolchain as another repository uses it: through its `bin`, from
 * that repository's folder, with paths relative to it; and the command
 * line itself (help, version, usage errors, what goes to stdout).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { callerDirectory } from '../../src/cli/paths.js';
import { manifestYaml, REPO_ROOT, tempDir, writeTree } from '../helpers.js';

const BIN = join(REPO_ROOT, 'scripts', 'openapi-clients.mjs');
const FIXTURE = join(REPO_ROOT, 'test/fixtures/good-specs/task-runner/specs');
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  // Without npm's own variables: each case says how it was started.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|INIT_CWD$)/i.test(name)));
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, env: { ...clean, CI: 'true', ...env }, timeout: 240_000, killSignal: 'SIGKILL' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : -1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

const cli = (args: string[], cwd = REPO_ROOT) => run(process.execPath, [BIN, ...args], cwd);

/** A separate repository that installed the toolchain: node_modules/<package> and node_modules/.bin/openapi-clients, as npm links them. */
function consumerRepository(): string {
  const root = tempDir();
  mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(REPO_ROOT, join(root, 'node_modules', 'openapi-clients-toolchain'), 'dir');
  symlinkSync(join('..', 'openapi-clients-toolchain', 'scripts', 'openapi-clients.mjs'), join(root, 'node_modules', '.bin', 'openapi-clients'));
  cpSync(FIXTURE, join(root, 'apis'), { recursive: true });
  return root;
}

describe('the command line', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the commands and the exit codes on stdout and exits 0', async (flag) => {
    const result = await cli([flag]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: openapi-clients \[options\] \[command\]/);
    for (const command of ['generate', 'check', 'mock']) expect(result.stdout).toMatch(new RegExp(`^ {2}${command} \\[options\\] `, 'm'));
    expect(result.stdout).toContain('Exit codes:');
  });

  it.each(['generate', 'check', 'mock'])('%s --help describes the command and starts nothing', async (command) => {
    const started = Date.now();
    const result = await cli([command, '--help']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: openapi-clients ${command} \\[options\\]`));
    expect(result.stdout).toContain('--specs <dir>');
    // A mock that started Prism would not have answered this fast, nor exited.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it.each([['--version'], ['-v']])('%s prints the toolchain version alone', async (flag) => {
    const result = await cli([flag]);
    expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it.each([
    [['generate', '--bogus'], /^error: unknown option '--bogus'\n\(run `openapi-clients --help` for usage\)\n$/],
    [['regenerate'], /^error: unknown command 'regenerate'/],
    [['generate', '--specs'], /^error: option '--specs <dir>' argument missing/],
    [['generate', '--quiet', '--verbose'], /^error: option '--quiet' cannot be used with option '--verbose'/],
  ])('%j is a usage error: one line and a hint on stderr, exit 2', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});

describe('another repository, through the bin', () => {
  it('generates and checks its own specs into its own folder, with paths relative to where it runs', async () => {
    const root = consumerRepository();
    const generated = await run('npm', ['exec', '--offline', '--', 'openapi-clients', 'generate', '--specs', 'apis', '--out', 'clients'], root);
    expect(generated.code, generated.stderr).toBe(0);
    // People read stderr; stdout stays empty without --json.
    expect(generated.stdout).toBe('');
    expect(generated.stderr).toMatch(/^echo: 1 operation, @openapi-clients\/echo@0\.1\.0, /m);
    expect(generated.stderr).toMatch(/^tasks: 3 operations, @openapi-clients\/tasks@0\.1\.0, .* → clients\/tasks$/m);
    for (const api of ['echo', 'tasks']) expect(existsSync(join(root, 'clients', api, 'dist', 'index.js')), api).toBe(true);
    const checked = await run('npm', ['exec', '--offline', '--', 'openapi-clients', 'check', '--specs', 'apis', '--out', 'clients', '--json'], root);
    expect(checked.code, checked.stderr).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ ok: true, drift: [], apis: [{ name: 'echo' }, { name: 'tasks' }] });
  });

  it('through `npm --prefix <toolchain> run generate`, typed paths are the caller\'s, never the toolchain\'s own', async () => {
    const root = consumerRepository();
    const result = await run('npm', ['--prefix', REPO_ROOT, 'run', 'generate', '--', '--specs', 'apis', '--out', 'clients', '--api', 'echo', '--quiet'], root, { INIT_CWD: root });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(root, 'clients', 'echo', 'openapi.yaml'))).toBe(true);
    expect(existsSync(join(REPO_ROOT, 'apis'))).toBe(false);
    expect(existsSync(join(REPO_ROOT, 'clients'))).toBe(false);
  });

  it('says in one line when the specs folder is not there', async () => {
    const root = tempDir();
    const result = await cli(['generate', '--specs', 'nowhere', '--out', 'clients'], root);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: .*nowhere/);
    expect(existsSync(join(root, 'clients'))).toBe(false);
  });
});

describe('installed from its packed tarball', () => {
  it('another repository runs it with npx: version, generate and check on its own specs', async () => {
    const root = tempDir();
    const packed = await run('npm', ['pack', '--json', '--pack-destination', root], REPO_ROOT);
    expect(packed.code, packed.stderr).toBe(0);
    const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: Array<{ path: string }> }];
    // The executable and its sources; not this repository's specs, outputs or tests.
    expect(files.map(({ path }) => path)).toContain('scripts/openapi-clients.mjs');
    expect(files.filter(({ path }) => /^(specs|generated|test)\//.test(path))).toEqual([]);
    const project = join(root, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'another-repository', private: true, type: 'module' }));
    // Its dependencies come from npm's cache, filled by this repository's own install.
    const installed = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(root, filename)], project);
    expect(installed.code, installed.stderr).toBe(0);
    cpSync(FIXTURE, join(project, 'specs'), { recursive: true });
    const npx = (args: string[]) => run('npx', ['--no-install', 'openapi-clients', ...args], project);
    expect((await npx(['--version'])).stdout).toBe(`${VERSION}\n`);
    const generated = await npx(['generate']);
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stderr).toMatch(/^tasks: 3 operations, .* → generated\/tasks$/m);
    const checked = await npx(['check', '--json']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ ok: true, apis: [{ name: 'echo' }, { name: 'tasks' }] });
  }, 300_000);
});

describe('quiet by default', () => {
  // One operation, and a tag without a description: Redocly's lint:tag-description, once.
  const document = JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version: '1' }, tags: [{ name: 'things' }], paths: { '/things': { get: { operationId: 'listThings', tags: ['things'], summary: 'List things', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } }, '400': { description: 'bad' } } } } } });

  it.each([
    ['a warning the manifest has not accepted is printed, once, under the summary line', '', /^api: 1 operation, @openapi-clients\/api@\d+\.\d+\.\d+, .*, 1 warning, lossless \(\d+ facts checked\) → .*\n {2}warning lint:tag-description at #\/tags\/0\/description: .*\n {2}\(each warning stays in api\/normalization-report\.json; list a kind you have read under acceptedWarnings in specs\/api\/manifest\.yaml to count it here instead\)\n {2}provenance: openapi\.json recorded, [^\n]*\n$/],
    ['a warning the manifest accepted is counted, not repeated', 'acceptedWarnings: [lint:tag-description]', /^api: 1 operation, @openapi-clients\/api@\d+\.\d+\.\d+, .*, 1 warning \(all accepted by the manifest\), lossless \(\d+ facts checked\) → [^\n]*\n {2}provenance: openapi\.json recorded, [^\n]*\n$/],
    ['a lint rule the manifest sets to warn is accepted too', 'lint: {tag-description: warn}', /^api: 1 operation, .*, 1 warning \(all accepted by the manifest\), [^\n]*\n {2}provenance: openapi\.json recorded, [^\n]*\n$/],
  ])('%s', async (_name, extra, expected) => {
    const root = writeTree({ 'specs/api/manifest.yaml': manifestYaml(['openapi.json'], extra), 'specs/api/openapi.json': document });
    const result = await cli(['generate', '--specs', 'specs', '--out', 'generated'], root);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(expected);
  });

  it('names a misspelt accepted warning kind in one line', async () => {
    const root = writeTree({ 'specs/api/manifest.yaml': manifestYaml(['openapi.json'], 'acceptedWarnings: [Tag Description]'), 'specs/api/openapi.json': document });
    const result = await cli(['generate', '--specs', 'specs', '--out', 'generated'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: specs\/api\/manifest\.yaml:\d+:\d+ #\/acceptedWarnings\/0: expected a warning kind as the report prints it .*got "Tag Description"\n$/);
  });
});

describe('callerDirectory', () => {
  const cwd = '/work/toolchain';
  it('is where npm was started when npm started this process for a script of the package it moved to', () => {
    expect(callerDirectory({ npm_lifecycle_script: 'node scripts/openapi-clients.mjs generate', npm_config_local_prefix: cwd, INIT_CWD: '/home/me/project' }, cwd)).toBe('/home/me/project');
  });
  it('is the working directory otherwise: a child of an npm script inherits INIT_CWD but not the folder', () => {
    expect(callerDirectory({ npm_lifecycle_script: 'vitest run', npm_config_local_prefix: cwd, INIT_CWD: cwd }, '/tmp/test-workspace')).toBe('/tmp/test-workspace');
    expect(callerDirectory({ INIT_CWD: '/home/me/project' }, cwd)).toBe(cwd);
    expect(callerDirectory({}, cwd)).toBe(cwd);
  });
});
