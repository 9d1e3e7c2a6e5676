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
    expect(result.stderr).toMatch(/error: 3 file\(s\) in .* differ from what the specs in .* generate; run `openapi-clients generate` \(here: `npm run generate`\) and commit the result/);
  });
});

describe('change report', () => {
  it('--fail-on-breaking exits 1 on a breaking change, printing it, and writes nothing', async () => {
    const { root, specs, out } = workspace();
    changeTasksSpec(root);
    const result = await runGenerate(['--api', 'tasks', '--fail-on-breaking', '--specs', specs, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: breaking changes found, nothing written \(--fail-on-breaking\):\n {2}tasks: \[Added\] required status to `priority`/);
    expect(compareTrees(baselineOutput(), out)).toEqual([]);
  });

  it('prints what changed, marks what breaks, appends it to CHANGELOG.md, and leaves the other APIs alone', async () => {
    const { root, specs, out } = workspace();
    changeTasksSpec(root);
    const result = await runGenerate(['--api', 'tasks', '--specs', specs, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('changed: 1 breaking, 1 not breaking (appended to tasks/CHANGELOG.md)');
    expect(result.stderr).toMatch(/BREAKING \[Added\] required status to `priority`/);
    expect(result.stderr).toMatch(/\n {4}\[Added\] property `queued_at`/);
    const changelog = readFileSync(join(out, 'tasks', 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changes to the normalized document\n/);
    expect(changelog).toMatch(/## 0\.2\.0 — breaking: \[Added\] required status to `priority`.*\n\nopenapi\.yaml [0-9a-f]{12} → [0-9a-f]{12}\n\nBreaking for clients of the previous version \(1\):\n\n- \[Added\] required status to `priority`/);
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
      await waitFor(/changed: 1 breaking, 1 not breaking/);
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
