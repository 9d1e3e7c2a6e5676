/**
 * The maintainer's regeneration workflow through the real CLI: drift check,
 * change report with breaking changes, --api, --json, --watch, and the
 * promise that a failure at any step leaves the output folder as it was.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, STEPS } from '../../src/generate.js';
import { compareTrees } from '../../src/regenerate/drift.js';
import { FIXTURE_API, generatedBaseline, REPO_ROOT, runGenerate } from '../helpers.js';

/** The fixture APIs (tasks, echo) and their generated output, made once; each test changes a copy. */
const baseline = generatedBaseline();
const baselineOutput = () => join(baseline.dir(), 'generated');

function workspace() {
  const root = baseline.workspace();
  return { root, specs: join(root, 'specs'), out: join(root, 'generated') };
}

/** A vendor change: `priority` becomes required (breaking), the response gains `queued_at` (not breaking). */
function changeTasksSpec(root: string): void {
  const document = join(root, FIXTURE_API.document);
  const text = readFileSync(document, 'utf8');
  const changed = text
    .replace(/(\n    NewTask:\n      type: object\n      required: \[name)\]/, '$1, priority]')
    .replace(/(\n    Task:[\s\S]*?properties:\n)(\s+)id:/, '$1$2queued_at:\n$2  type: string\n$2  description: When the task was queued.\n$2id:');
  expect(changed).not.toBe(text);
  writeFileSync(document, changed);
}

describe('npm run generate -- --check', () => {
  it('exits 1 and lists every changed, missing and extra file', async () => {
    const { specs, out } = workspace();
    appendFileSync(join(out, 'tasks', 'README.md'), ' ');
    rmSync(join(out, 'echo', 'dist', 'index.js'));
    writeFileSync(join(out, 'tasks', 'notes.txt'), 'hand-written\n');
    const result = await runGenerate(['--check', '--specs', specs, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('changed: tasks/README.md\n');
    expect(result.stderr).toContain('added: echo/dist/index.js\n');
    expect(result.stderr).toContain('removed: tasks/notes.txt\n');
    expect(result.stderr).toMatch(/error: 3 files in .* differ from what the specs in .* generate; run `openapi-clients generate` \(here: `npm run generate`\) and commit the result/);
  });
});

describe('change report', () => {
  it('--fail-on-breaking exits 1 on a breaking change, listing it, then one line with the count and the command that accepts it; writes nothing', async () => {
    const { root, specs, out } = workspace();
    changeTasksSpec(root);
    const result = await runGenerate(['--api', 'tasks', '--fail-on-breaking', '--specs', specs, '--out', out]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      '  tasks: breaking: `NewTask.priority` became required — a caller not sending `priority` gets a compile error; used by createTask (POST /v1/task) request body',
      `error: 1 breaking change (tasks 0.1.0 → 0.2.0), nothing written (--fail-on-breaking); to accept, run \`npm run generate -- --api tasks --specs ${specs} --out ${out}\` and commit the result`,
    ]);
    expect(compareTrees(baselineOutput(), out)).toEqual([]);
  });

  it('prints the new version and why, then each change with its kind and why; appends the same to CHANGELOG.md; leaves the other APIs alone', async () => {
    const { root, specs, out } = workspace();
    changeTasksSpec(root);
    const result = await runGenerate(['--api', 'tasks', '--specs', specs, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const entries = [
      'breaking: `NewTask.priority` became required — a caller not sending `priority` gets a compile error; used by createTask (POST /v1/task) request body',
      'additive: optional property `queued_at` added to `Task` — responses carry a new field; existing code still compiles; used by createTask (POST /v1/task) response 200',
    ];
    expect(result.stderr).toContain(['  version: 0.1.0 → 0.2.0: breaking changes below 1.0 bump the minor', '  changed: 1 breaking, 1 additive, 0 documentation (appended to tasks/CHANGELOG.md)', ...entries.map((entry) => `    ${entry}`)].join('\n'));
    const changelog = readFileSync(join(out, 'tasks', 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changes to the normalized document\n/);
    expect(changelog).toMatch(/\n## 0\.2\.0\n\n0\.1\.0 → 0\.2\.0: breaking changes below 1\.0 bump the minor\.\n\nopenapi\.yaml [0-9a-f]{12} → [0-9a-f]{12}\n\n1 breaking, 1 additive, 0 documentation:\n\n/);
    for (const entry of entries) expect(changelog).toContain(`- ${entry} (\``);
    expect(compareTrees(join(baselineOutput(), 'echo'), join(out, 'echo'))).toEqual([]);
    // Regenerating the same specs again changes nothing: the CHANGELOG is carried over, not appended twice.
    const again = await runGenerate(['--check', '--api', 'tasks', '--specs', specs, '--out', out]);
    expect(again.code, again.stderr).toBe(0);
  });
});

describe('--json', () => {
  it('prints a machine-readable summary on stdout', async () => {
    const { specs, out } = workspace();
    const result = await runGenerate(['--json', '--check', '--api', 'tasks', '--specs', specs, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { ok: boolean; apis: Array<Record<string, unknown>>; drift: unknown[] };
    expect(summary).toMatchObject({ ok: true, drift: [], apis: [{ name: 'tasks', operations: 3, documentChanged: false, changes: [], package: { name: '@openapi-clients/tasks', version: '0.1.0' } }] });
  });

  it('gives the change report: the release and why, the counts, and each entry with the line the terminal and CHANGELOG.md print', async () => {
    const { root, specs, out } = workspace();
    changeTasksSpec(root);
    const result = await runGenerate(['--json', '--api', 'tasks', '--specs', specs, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const [api] = (JSON.parse(result.stdout) as { apis: Array<{ release: unknown; counts: unknown; changes: Array<{ kind: string; subject: unknown; line: string; pointer: string }> }> }).apis;
    expect(api!.release).toEqual({ version: '0.2.0', previous: '0.1.0', kind: 'breaking', why: 'breaking changes below 1.0 bump the minor', line: '0.1.0 → 0.2.0: breaking changes below 1.0 bump the minor' });
    expect(api!.counts).toEqual({ breaking: 1, additive: 1, documentation: 0 });
    expect(api!.changes.map(({ kind, subject, pointer }) => ({ kind, subject, pointer }))).toEqual([
      { kind: 'breaking', subject: { type: 'schema', name: 'NewTask' }, pointer: '/components/schemas/NewTask/required/1' },
      { kind: 'additive', subject: { type: 'schema', name: 'Task' }, pointer: '/components/schemas/Task/properties/queued_at' },
    ]);
    const changelog = readFileSync(join(out, 'tasks', 'CHANGELOG.md'), 'utf8');
    for (const change of api!.changes) expect(changelog).toContain(`- ${change.line} (\`#${change.pointer}\`)`);
  });

  it('names an unknown --api and the known ones', async () => {
    const { specs, out } = workspace();
    const result = await runGenerate(['--api', 'nope', '--check', '--specs', specs, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^error: .*specs: no API named "nope": expected one of echo, tasks$/);
  });
});

describe('--watch', () => {
  it('regenerates when a spec changes', async () => {
    const { root, specs, out } = workspace();
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'openapi-clients.mjs'), 'generate', '--watch', '--api', 'tasks', '--specs', specs, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const waitFor = async (pattern: RegExp) => {
      const deadline = Date.now() + 60_000;
      while (!pattern.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(output).toMatch(pattern);
    };
    try {
      await waitFor(/watching .* for changes/);
      changeTasksSpec(root);
      await waitFor(/changed: 1 breaking, 1 additive, 0 documentation/);
      await waitFor(/watching[\s\S]*watching/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(readFileSync(join(out, 'tasks', 'CHANGELOG.md'), 'utf8')).toContain('priority');
  }, 120_000);
});

describe('failure safety', () => {
  it.each(STEPS)('a failure in step "%s" leaves the output byte-identical and no temporary folder behind', async (failing) => {
    const { root, specs, out } = workspace();
    changeTasksSpec(root);
    await expect(generate({ specsDir: specs, outDir: out, apis: ['tasks'], beforeStep: (_api, step) => {
      if (step === failing) throw new Error(`injected failure in ${step}`);
    } })).rejects.toThrow(`injected failure in ${failing}`);
    expect(compareTrees(baselineOutput(), out)).toEqual([]);
    expect(readdirSync(dirname(out)).filter((name) => name.startsWith('.generated'))).toEqual([]);
  });
});
