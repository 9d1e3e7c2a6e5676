/**
 * The package version follows the document, through the real CLI on the
 * fixture API (starting at the manifest's 0.1.0): each kind of change bumps
 * package.json as semver says (0.x rules, then ≥ 1.0 once the manifest
 * raises the version), the CHANGELOG entry is headed by the new version and
 * why, and regenerating unchanged sources changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_API, generatedBaseline, runGenerate } from '../helpers.js';

const baseline = generatedBaseline();

/** A vendor change to the fixture document, as each kind of release needs one. */
const CHANGE = {
  // `priority` becomes required: a request that compiled no longer does.
  breaking: (text: string) => text.replace(/(\n {4}NewTask:\n {6}type: object\n {6}required: \[name)\]/, '$1, priority]'),
  // The response gains `queued_at`.
  additive: (text: string) => text.replace(/(\n {4}Task:\n {6}type: object\n {6}required: \[id, name\]\n {6}properties:\n)/, '$1        queued_at:\n          type: string\n'),
  // A description only.
  documentation: (text: string) => text.replace('description: Higher runs first.', 'description: Tasks with a higher priority run first.'),
} as const;

function workspace() {
  const root = baseline.workspace();
  return { root, specs: join(root, 'specs'), out: join(root, 'generated') };
}

function change(root: string, kind: keyof typeof CHANGE): void {
  const file = join(root, FIXTURE_API.document);
  const text = readFileSync(file, 'utf8');
  const changed = CHANGE[kind](text);
  expect(changed).not.toBe(text);
  writeFileSync(file, changed);
}

const packageVersion = (out: string) => (JSON.parse(readFileSync(join(out, 'tasks', 'package.json'), 'utf8')) as { version: string }).version;
const generateTasks = (specs: string, out: string, ...more: string[]) => runGenerate(['--api', 'tasks', '--specs', specs, '--out', out, ...more]);

describe('versions follow the change report', () => {
  it.each([
    ['breaking', '0.2.0', 'breaking changes below 1.0 bump the minor'],
    ['additive', '0.1.1', 'additions below 1.0 bump the patch'],
    ['documentation', '0.1.1', 'documentation-only changes bump the patch'],
  ] as const)('below 1.0, a %s change releases %s, in package.json and CHANGELOG.md, saying why; regenerating again changes nothing', async (kind, version, why) => {
    const { root, specs, out } = workspace();
    expect(packageVersion(out)).toBe('0.1.0');
    change(root, kind);
    const result = await generateTasks(specs, out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`  version: 0.1.0 → ${version}: ${why}\n`);
    expect(result.stderr).toMatch(new RegExp(`\\n {4}${kind}: `));
    expect(packageVersion(out)).toBe(version);
    expect(readFileSync(join(out, 'tasks', 'CHANGELOG.md'), 'utf8')).toContain(`\n## ${version}\n\n0.1.0 → ${version}: ${why}.\n\nopenapi.yaml `);
    const again = await generateTasks(specs, out, '--check');
    expect(again.code, again.stderr).toBe(0);
  });

  it('from 1.0 (the manifest raised): breaking is major, additive minor, documentation patch, each from the last', async () => {
    const { root, specs, out } = workspace();
    const manifest = join(specs, 'tasks', 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('version: 0.1.0', 'version: 1.0.0'));
    const raised = await generateTasks(specs, out);
    expect(raised.code, raised.stderr).toBe(0);
    expect(packageVersion(out)).toBe('1.0.0');
    const versions: string[] = [];
    for (const kind of ['documentation', 'additive', 'breaking'] as const) {
      change(root, kind);
      const result = await generateTasks(specs, out);
      expect(result.code, result.stderr).toBe(0);
      versions.push(packageVersion(out));
    }
    expect(versions).toEqual(['1.0.1', '1.1.0', '2.0.0']);
    const headings = readFileSync(join(out, 'tasks', 'CHANGELOG.md'), 'utf8').split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## 1.0.1', '## 1.1.0', '## 2.0.0']);
    // Four real runs: past the default minute on a shared, loaded machine.
  }, 180_000);
});
