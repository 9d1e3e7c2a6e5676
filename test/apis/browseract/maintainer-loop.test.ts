/**
 * The README's "Regenerating (for maintainers)" procedure, followed on a copy
 * of the BrowserAct API (specs/ and generated/): edit a page, regenerate,
 * read the report, and what `npm test` checks is green. The steps and their
 * commands are read from the README (and `npm run …` from package.json), so
 * the procedure and this test cannot drift apart.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MARKER_FILE } from '../../../src/output/output-folder.js';
import { loadManifest } from '../../../src/manifest.js';
import { checkProvenance, utcDate } from '../../../src/regenerate/provenance.js';
import { PROVENANCE_FILE, readProvenance } from '../../../src/regenerate/provenance-file.js';
import { REPO_ROOT, tempDir } from '../../helpers.js';

const API = 'browseract';
const PAGE = 'raw/v2-run-workflow-task.md';
const DESCRIPTION = { before: 'description: The workflow ID to run.', after: 'description: The ID of the workflow to run (from the Dashboard).' };

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The section's lines and its numbered steps, as the README has them. */
function regeneratingSection(): { lines: string[]; steps: string[] } {
  const section = /^## Regenerating \(for maintainers\)\n([\s\S]*?)\n## /m.exec(readme);
  expect(section, 'README has a "Regenerating (for maintainers)" section').not.toBeNull();
  const lines = section![1]!.trim().split('\n');
  return { lines, steps: lines.filter((line) => /^\d+\. /.test(line)).map((line) => line.replace(/^\d+\. /, '')) };
}

/** The code spans of a step. */
const spans = (step: string) => [...step.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

/**
 * `npm run <script> -- <args>` as the node command npm runs (the script
 * from package.json, the arguments after it), `<api>` filled in, run on the
 * copy's folders.
 */
function nodeArguments(command: string, folders: { specs: string; out: string }): string[] {
  if (command.startsWith('node ')) return [...command.replace(/^node /, '').trim().split(/\s+/), '--specs', folders.specs, '--out', folders.out];
  const parsed = /^npm run (\S+)(?: -- (.*))?$/.exec(command.trim());
  expect(parsed, `"${command}" is an npm run command`).not.toBeNull();
  const script = scripts[parsed![1]!];
  expect(script, `package.json has the script "${parsed![1]}"`).toMatch(/^node \S+/);
  const args = `${script!.replace(/^node /, '')} ${parsed![2] ?? ''}`.trim().split(/\s+/).map((arg) => arg.replaceAll('<api>', API));
  return [...args, '--specs', folders.specs, '--out', folders.out];
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, CI: 'true' }, timeout: 240_000, killSignal: 'SIGKILL' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

/** A copy of the API's specs and output: what a maintainer's checkout holds of it. */
function copyOfApi(): { specs: string; out: string; apiDir: string } {
  const root = tempDir();
  const specs = join(root, 'specs');
  const out = join(root, 'generated');
  cpSync(join(REPO_ROOT, 'specs', API), join(specs, API), { recursive: true });
  cpSync(join(REPO_ROOT, 'generated', API), join(out, API), { recursive: true });
  cpSync(join(REPO_ROOT, 'generated', MARKER_FILE), join(out, MARKER_FILE));
  return { specs, out, apiDir: join(specs, API) };
}

/** Step 1 on the copy: a description in a page changes, as a vendor's edit would. */
function editPage(apiDir: string): { path: string; before: string; after: string } {
  const path = join(apiDir, PAGE);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(DESCRIPTION.before);
  const edited = text.replace(DESCRIPTION.before, DESCRIPTION.after);
  writeFileSync(path, edited);
  const sha = (content: string) => createHash('sha256').update(content).digest('hex');
  return { path, before: sha(text), after: sha(edited) };
}

/** The command `npm test` runs to check generated/ (`node <bin> check …`), from package.json. */
function testCheckCommand(): string {
  const command = /node \S+ check[^&]*/.exec(scripts.test ?? '');
  expect(command, 'npm test runs the CLI\'s check').not.toBeNull();
  return command![0];
}

describe('the README\'s Regenerating procedure', () => {
  it('is a short numbered procedure: edit a page, regenerate, read the report, commit with npm test green', () => {
    const { lines, steps } = regeneratingSection();
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(steps).toHaveLength(4);
    expect(spans(steps[0]!)).toContain('specs/<api>/raw/');
    expect(spans(steps[1]!).filter((span) => span.startsWith('npm run '))).toHaveLength(1);
    expect(spans(steps[2]!)).toEqual(expect.arrayContaining(['provenance:', 'drift entries']));
    expect(spans(steps[3]!)).toContain('npm test');
  });

  it('followed on a copy of the BrowserAct API, ends green', async () => {
    const { steps } = regeneratingSection();
    const { specs, out, apiDir } = copyOfApi();
    const recordBefore = readProvenance(loadManifest(apiDir));

    // 1. Edit a page under specs/<api>/raw/.
    const page = editPage(apiDir);
    expect(checkProvenance(loadManifest(apiDir)).map(({ reason }) => reason)).toEqual([expect.stringMatching(/^changed since its provenance was recorded/)]);

    // 2. Regenerate, with the command the step gives.
    const regenerate = spans(steps[1]!).find((span) => span.startsWith('npm run '))!;
    const result = await run(nodeArguments(regenerate, { specs, out }));
    expect(result.code, result.stderr).toBe(0);

    // 3. The report names the change: the page's new record, and its disagreement with the complete document, which wins.
    // People's lines are on stderr; stdout is for --json alone.
    expect(result.stdout).toBe('');
    const summary = result.stderr.split('\n');
    expect(summary).toContain(`  provenance: ${PAGE} changed (sha256 ${page.before.slice(0, 12)} → ${page.after.slice(0, 12)}), ${utcDate()} UTC (${API} ${PROVENANCE_FILE})`);
    expect(spans(steps[2]!)).toEqual(expect.arrayContaining(['provenance:', 'drift entries']));
    expect(summary.find((line) => line.startsWith(`${API}: `))).toMatch(/, 1 drift entry, /);
    const report = readFileSync(join(out, API, 'normalization-report.json'), 'utf8');
    expect(report).toContain(`"page": "${DESCRIPTION.after.replace('description: ', '')}"`);

    // The record: the page's entry is new (sha256, date), its original kept; the other entries as they were.
    const recordAfter = readProvenance(loadManifest(apiDir));
    const entry = recordAfter.get(PAGE)!;
    expect(entry).toEqual({ ...recordBefore.get(PAGE), sha256: page.after, recorded: utcDate() });
    expect(entry.original).toEqual(recordBefore.get(PAGE)!.original);
    for (const [file, record] of recordBefore) if (file !== PAGE) expect(recordAfter.get(file), file).toEqual(record);

    // 4. What `npm test` checks is green on the copy: generate --check, and the provenance check of test/specs.test.ts.
    expect(spans(steps[3]!)).toContain('npm test');
    const check = await run(nodeArguments(testCheckCommand(), { specs, out }));
    expect(check.code, check.stderr).toBe(0);
    expect(checkProvenance(loadManifest(apiDir))).toEqual([]);
  }, 300_000);

  it('skipping step 2 fails npm test\'s check with one line naming the page', async () => {
    const { specs, out, apiDir } = copyOfApi();
    editPage(apiDir);
    const check = await run(nodeArguments(testCheckCommand(), { specs, out }));
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(new RegExp(`^error: [^\\n]*specs/${API}/${PAGE.replace('.', '\\.')}: changed since its provenance was recorded in [^\\n]*provenance\\.yaml; run generate\\n$`));
    expect(check.stdout).toBe('');
  });
});
