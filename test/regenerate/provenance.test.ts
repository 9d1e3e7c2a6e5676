/**
 * specs/<api>/provenance.yaml: what a run records (and when it records
 * nothing), the check `generate --check` and `npm test` make against it, and
 * the file read as untrusted input (one line naming file, line and pointer).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadManifest } from '../../src/manifest.js';
import { checkProvenance, planChangesFile, planProvenance, utcDate } from '../../src/regenerate/provenance.js';
import { PROVENANCE_FILE, provenanceText, readProvenance, writeProvenance } from '../../src/regenerate/provenance-file.js';
import { manifestYaml, tempDir, writeTree } from '../helpers.js';

const DOCUMENT = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\n';
const PAGE = '# Guide\n\nRun a task.\n';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const MANIFEST = manifestYaml([]).replace(
  /sources:\n$/,
  'sources:\n  - file: raw/openapi.yaml\n    upstream: api/openapi.yaml\n    url: https://example.test/openapi.yaml\n    wins: true\nreferences:\n  - file: raw/guide.md\n    seed: 001_guide.txt\n    url: https://example.test/guide.md\n',
);

/** An API folder with a complete document and a reference page; `recorded` writes its record first. */
function api({ recorded = false } = {}): string {
  const root = writeTree({ 'api/manifest.yaml': MANIFEST, 'api/raw/openapi.yaml': DOCUMENT, 'api/raw/guide.md': PAGE });
  const dir = join(root, 'api');
  if (recorded) writeProvenance(loadManifest(dir), planProvenance(loadManifest(dir), '2026-01-02').records);
  return dir;
}

describe('planProvenance', () => {
  it('records each source and reference: url, sha256, the date, and the original it was first taken from', () => {
    const plan = planProvenance(loadManifest(api()), '2026-01-02');
    expect(planChangesFile(plan)).toBe(true);
    expect(Object.fromEntries(plan.records)).toEqual({
      'raw/openapi.yaml': { url: 'https://example.test/openapi.yaml', sha256: sha(DOCUMENT), recorded: '2026-01-02', original: { upstream: 'api/openapi.yaml', sha256: sha(DOCUMENT) } },
      'raw/guide.md': { url: 'https://example.test/guide.md', sha256: sha(PAGE), recorded: '2026-01-02', original: { seed: '001_guide.txt', sha256: sha(PAGE) } },
    });
    expect(plan.changes.map((change) => [change.file, change.previousSha256])).toEqual([['raw/openapi.yaml', undefined], ['raw/guide.md', undefined]]);
  });

  it('changes nothing when the files did not change, whatever the date (deterministic)', () => {
    const dir = api({ recorded: true });
    const before = readFileSync(join(dir, PROVENANCE_FILE), 'utf8');
    const plan = planProvenance(loadManifest(dir), '2027-05-06');
    expect(planChangesFile(plan)).toBe(false);
    expect(provenanceText(plan.records)).toBe(before);
  });

  it('re-records a changed file with its new sha256 and date, keeping its original and the other records', () => {
    const dir = api({ recorded: true });
    writeFileSync(join(dir, 'raw/guide.md'), `${PAGE}Updated.\n`);
    const plan = planProvenance(loadManifest(dir), '2026-03-04');
    expect(plan.changes).toEqual([{ file: 'raw/guide.md', previousSha256: sha(PAGE), record: { url: 'https://example.test/guide.md', sha256: sha(`${PAGE}Updated.\n`), recorded: '2026-03-04', original: { seed: '001_guide.txt', sha256: sha(PAGE) } } }]);
    expect(plan.records.get('raw/openapi.yaml')?.recorded).toBe('2026-01-02');
  });
});

describe('checkProvenance', () => {
  it('passes when every raw file matches its record', () => {
    expect(checkProvenance(loadManifest(api({ recorded: true })))).toEqual([]);
  });

  it.each([
    ['a changed file', (dir: string) => writeFileSync(join(dir, 'raw/guide.md'), 'changed\n'), /raw\/guide\.md: changed since its provenance was recorded in .*api\/provenance\.yaml; run generate$/],
    ['a file without a record', (dir: string) => writeFileSync(join(dir, PROVENANCE_FILE), readFileSync(join(dir, PROVENANCE_FILE), 'utf8').replace(/ {2}raw\/guide\.md:[\s\S]*$/, '')), /raw\/guide\.md: has no provenance record in .*provenance\.yaml; run generate$/],
    ['a URL changed in the manifest', (dir: string) => writeFileSync(join(dir, 'manifest.yaml'), MANIFEST.replace('https://example.test/guide.md', 'https://example.test/v2/guide.md')), /raw\/guide\.md: its url in provenance\.yaml is not the manifest's; run generate$/],
    ['a record of a file no longer listed', (dir: string) => writeFileSync(join(dir, 'manifest.yaml'), MANIFEST.replace(/references:[\s\S]*$/, '')), /provenance\.yaml: records "raw\/guide\.md", which the manifest no longer lists; run generate$/],
  ])('names %s in one line', (_name, change, line) => {
    const dir = api({ recorded: true });
    change(dir);
    const problems = checkProvenance(loadManifest(dir)).map(({ file, reason }) => `${file}: ${reason}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(line);
  });

  it('fails an API that has no record yet, naming each file', () => {
    expect(checkProvenance(loadManifest(api())).map(({ reason }) => reason)).toEqual([expect.stringMatching(/^has no provenance record/), expect.stringMatching(/^has no provenance record/)]);
  });
});

describe('provenance.yaml as untrusted input', () => {
  const record = (fields: string) => `files:\n  raw/openapi.yaml:\n${fields}`;
  const good = `    sha256: ${sha(DOCUMENT)}\n    recorded: "2026-01-02"\n`;
  it.each([
    ['a list at the root', '- a\n', /provenance\.yaml:1(:\d+)?: expected a mapping at the document root/],
    ['invalid YAML', 'files: [\n', /provenance\.yaml:\d+:\d+: /],
    ['an unknown top-level field', `owner: me\n${record(good)}`, /provenance\.yaml:1:\d+ #\/owner: unknown field "owner": expected files/],
    ['files that is not a map', 'files: [raw/openapi.yaml]\n', /provenance\.yaml:1:\d+ #\/files: expected a map of raw file/],
    ['a record that is not a map', 'files:\n  raw/openapi.yaml: abc\n', /provenance\.yaml:2:\d+ #\/files\/raw~1openapi\.yaml: expected \{url\?, sha256, recorded, original\?\}/],
    ['a sha256 that is not 64 hex digits', record('    sha256: abc\n    recorded: "2026-01-02"\n'), /provenance\.yaml:3:\d+ #\/files\/raw~1openapi\.yaml\/sha256: expected sha256 as 64 lowercase hex digits, got "abc"/],
    ['a date that does not exist', record(`    sha256: ${sha(DOCUMENT)}\n    recorded: "2026-02-30"\n`), /provenance\.yaml:4:\d+ #\/files\/raw~1openapi\.yaml\/recorded: expected a date such as "2026-01-31", got "2026-02-30"/],
    ['an unknown field of a record', record(`${good}    signed: yes\n`), /provenance\.yaml:5:\d+ #\/files\/raw~1openapi\.yaml\/signed: unknown field "signed"/],
    ['a url on two lines', record(`${good}    url: "https://a.test/\\nerror: forged"\n`), /provenance\.yaml:5:\d+ #\/files\/raw~1openapi\.yaml\/url: expected "url" as a one-line string/],
    ['an original naming seed and upstream', record(`${good}    original: {seed: a.txt, upstream: a/b.json, sha256: ${sha(DOCUMENT)}}\n`), /#\/files\/raw~1openapi\.yaml\/original: expected exactly one of seed and upstream/],
  ])('refuses %s, naming the line', (_name, text, error) => {
    const dir = api();
    writeFileSync(join(dir, PROVENANCE_FILE), text);
    let message = '';
    try {
      readProvenance(loadManifest(dir));
    } catch (caught) {
      message = (caught as Error).message;
    }
    expect(message).toMatch(error);
    expect(message).not.toContain('\n');
  });

  it('refuses a provenance file that is a symlink out of the folders an API may read', () => {
    const dir = api();
    symlinkSync('/etc/hostname', join(dir, PROVENANCE_FILE));
    expect(() => readProvenance(loadManifest(dir))).toThrow(/provenance\.yaml: file leads outside the API folder .* through a symlink$/);
  });

  it('fails a run before anything is built, and the record stays as it was', async () => {
    const dir = api();
    writeFileSync(join(dir, PROVENANCE_FILE), 'files: 3\n');
    const out = join(tempDir(), 'out');
    await expect(generate({ specsDir: join(dir, '..'), outDir: out })).rejects.toThrow(/provenance\.yaml:1:\d+ #\/files: expected a map/);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(join(dir, PROVENANCE_FILE), 'utf8')).toBe('files: 3\n');
  });
});

describe('writing the record', () => {
  it('is one rename: no temporary file is left beside it', () => {
    const dir = api({ recorded: true });
    expect(readdirSync(dir).sort()).toEqual(['manifest.yaml', PROVENANCE_FILE, 'raw']);
    expect(readProvenance(loadManifest(dir)).get('raw/guide.md')?.recorded).toBe('2026-01-02');
  });

  it('can be undone, for a run that fails after writing it (its output swap)', () => {
    const dir = api({ recorded: true });
    const before = readFileSync(join(dir, PROVENANCE_FILE));
    writeFileSync(join(dir, 'raw/guide.md'), 'changed\n');
    const undo = writeProvenance(loadManifest(dir), planProvenance(loadManifest(dir), '2026-03-04').records);
    expect(readFileSync(join(dir, PROVENANCE_FILE)).equals(before)).toBe(false);
    undo();
    expect(readFileSync(join(dir, PROVENANCE_FILE)).equals(before)).toBe(true);
    const fresh = api();
    writeProvenance(loadManifest(fresh), planProvenance(loadManifest(fresh)).records)();
    expect(readdirSync(fresh).sort()).toEqual(['manifest.yaml', 'raw']);
  });

  it('removes the temporary file a killed run left between its write and its rename, and only that one', () => {
    const dir = api();
    const { pid: gone } = spawnSync(process.execPath, ['-e', '']);
    const left = `.${PROVENANCE_FILE}.tmp-${gone}`;
    const running = `.${PROVENANCE_FILE}.tmp-${process.ppid}`;
    writeFileSync(join(dir, left), 'half a rec');
    writeFileSync(join(dir, running), 'another run, still writing');
    writeProvenance(loadManifest(dir), planProvenance(loadManifest(dir)).records);
    expect(readdirSync(dir).sort()).toEqual([running, 'manifest.yaml', PROVENANCE_FILE, 'raw']);
  });

  it('does not happen for a failed run', async () => {
    const dir = api();
    await expect(generate({ specsDir: join(dir, '..'), outDir: join(tempDir(), 'out'), beforeStep: () => { throw new Error('injected failure'); } })).rejects.toThrow();
    expect(existsSync(join(dir, PROVENANCE_FILE))).toBe(false);
  });

  it('dates records in UTC', () => {
    expect(utcDate(new Date('2026-12-31T23:30:00-05:00'))).toBe('2027-01-01');
  });
});
