/**
 * The change report's three outputs (terminal lines, the CHANGELOG.md
 * section, the `--json` object) are written from the same entries: for
 * every fixture pair they say the same release, the same counts and the
 * same entry lines, once each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonObject } from '../../src/openapi/types.js';
import { compareDocuments } from '../../src/regenerate/changes.js';
import { acceptCommand, changelogEntry, reportJson, reportLines, type ReportInput } from '../../src/regenerate/change-report.js';
import { nextRelease } from '../../src/regenerate/version.js';
import { REPO_ROOT } from '../helpers.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'changes');
const load = (name: string, side: 'before' | 'after') => parse(readFileSync(join(FIXTURES, `${name}.${side}.yaml`), 'utf8')) as JsonObject;
const RULES = readdirSync(FIXTURES).filter((name) => name.endsWith('.before.yaml')).map((name) => name.replace('.before.yaml', '')).sort();

/** The report of a fixture pair, released from 0.2.0. */
function reportOf(rule: string): ReportInput {
  const changes = compareDocuments(load(rule, 'before'), load(rule, 'after'));
  return { changes, documentChanged: true, release: nextRelease({ previous: '0.2.0', configured: '0.1.0', documentChanged: true, changes, comparable: true }) };
}

const RELEASE_LINES = {
  breaking: '0.2.0 → 0.3.0: breaking changes below 1.0 bump the minor',
  additive: '0.2.0 → 0.2.1: additions below 1.0 bump the patch',
  documentation: '0.2.0 → 0.2.1: documentation-only changes bump the patch',
} as const;

describe('terminal, CHANGELOG.md and --json agree', () => {
  it.each(RULES)('%s', (rule) => {
    const report = reportOf(rule);
    const terminal = reportLines(report, 'tasks/CHANGELOG.md');
    const changelog = changelogEntry({ previousSha: 'a'.repeat(64), nextSha: 'b'.repeat(64), report }).split('\n');
    const json = JSON.parse(JSON.stringify(reportJson(report))) as ReturnType<typeof reportJson>;

    // The release: its new version and the rule that made it, the same in all three.
    const release = RELEASE_LINES[report.release.kind!];
    expect(json.release).toEqual({ version: release.split(' ')[2]!.replace(':', ''), previous: '0.2.0', kind: report.release.kind, why: release.split(': ')[1], line: release });
    expect(terminal[0]).toBe(`  version: ${release}`);
    expect(changelog.slice(0, 3)).toEqual([`## ${json.release!.version}`, '', `${release}.`]);

    // The counts.
    const counts = `${json.counts.breaking} breaking, ${json.counts.additive} additive, ${json.counts.documentation} documentation`;
    expect(json.counts.breaking + json.counts.additive + json.counts.documentation).toBe(json.changes.length);
    expect(terminal[1]).toBe(`  changed: ${counts} (appended to tasks/CHANGELOG.md)`);
    expect(changelog).toContain(`${counts}:`);

    // The entries, once each, in the same order.
    const lines = json.changes.map((change) => change.line);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
    expect(terminal.slice(2)).toEqual(lines.map((line) => `    ${line}`));
    expect(changelog.filter((line) => line.startsWith('- '))).toEqual(json.changes.map((change) => `- ${change.line} (\`#${change.pointer}\`)`));
    for (const change of json.changes) expect(change.line.startsWith(`${change.kind}: ${change.what} — ${change.why}`)).toBe(true);
  });
});

describe('changelogEntry', () => {
  it('is deterministic, and headed by the version, the release line and the documents’ hashes; no date', () => {
    const report = reportOf('removed-response-property');
    const entry = changelogEntry({ previousSha: 'a'.repeat(64), nextSha: 'b'.repeat(64), report });
    expect(entry).toBe(changelogEntry({ previousSha: 'a'.repeat(64), nextSha: 'b'.repeat(64), report: reportOf('removed-response-property') }));
    expect(entry).toBe([
      '## 0.3.0',
      '',
      '0.2.0 → 0.3.0: breaking changes below 1.0 bump the minor.',
      '',
      'openapi.yaml aaaaaaaaaaaa → bbbbbbbbbbbb',
      '',
      '1 breaking, 0 additive, 0 documentation:',
      '',
      '- breaking: property `note` removed from `Task` — code reading `note` no longer compiles; used by createTask (POST /tasks) response 200, getTask (GET /tasks/{taskId}) response 200 (`#/components/schemas/Task/properties/note`)',
      '',
    ].join('\n'));
  });

  it('says when the previous document could not be compared', () => {
    const release = nextRelease({ previous: '0.2.0', configured: '0.1.0', documentChanged: true, changes: [], comparable: false });
    const entry = changelogEntry({ nextSha: 'b'.repeat(64), report: { changes: [], documentChanged: true, release, previousUnreadable: 'openapi.yaml no longer parses' } });
    expect(entry).toBe('## 0.3.0\n\n0.2.0 → 0.3.0: the previous document could not be compared, so it counts as breaking; breaking changes below 1.0 bump the minor.\n\nopenapi.yaml (unreadable) → bbbbbbbbbbbb\n\nThe previous document could not be compared (openapi.yaml no longer parses); it was replaced.\n');
  });

  it('a document that changed in key order only is a documentation release with no entries', () => {
    const release = nextRelease({ previous: '1.2.0', configured: '0.1.0', documentChanged: true, changes: [], comparable: true });
    const report = { changes: [], documentChanged: true, release };
    expect(changelogEntry({ previousSha: 'a'.repeat(64), nextSha: 'b'.repeat(64), report })).toContain('1.2.0 → 1.2.1: documentation-only changes bump the patch.\n\nopenapi.yaml aaaaaaaaaaaa → bbbbbbbbbbbb\n\nNo difference between the documents’ contents (key order or formatting only).\n');
    expect(reportLines(report, 'x/CHANGELOG.md')).toEqual(['  version: 1.2.0 → 1.2.1: documentation-only changes bump the patch', '  changed: 0 breaking, 0 additive, 0 documentation (appended to x/CHANGELOG.md)']);
  });

  it('an unchanged document says nothing and releases nothing', () => {
    const report = { changes: [], documentChanged: false, release: nextRelease({ previous: '0.2.0', configured: '0.1.0', documentChanged: false, changes: [], comparable: true }) };
    expect(reportLines(report, 'x/CHANGELOG.md')).toEqual([]);
    expect(reportJson(report)).toEqual({ documentChanged: false, counts: { breaking: 0, additive: 0, documentation: 0 }, changes: [] });
  });
});

describe('acceptCommand', () => {
  it.each([
    [{ apis: ['tasks'], specs: 'specs', out: 'generated' }, 'npm run generate -- --api tasks'],
    [{ apis: ['tasks', 'echo'], specs: 'my specs', out: '/tmp/o' }, "npm run generate -- --api tasks --api echo --specs 'my specs' --out /tmp/o"],
    [{ apis: ['a'], specs: "it's", out: 'generated' }, "npm run generate -- --api a --specs 'it'\\''s'"],
  ])('%j → %s', (folders, want) => {
    expect(acceptCommand(folders)).toBe(want);
  });
});
