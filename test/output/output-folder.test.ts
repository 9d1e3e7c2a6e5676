/**
 * Which output folders a run may replace, over one project layout with
 * relative paths, symlinks, earlier output and folders that are not output.
 */
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../src/errors.js';
import { checkFolders, MARKER_FILE, MARKER_TEXT } from '../../src/output/output-folder.js';
import { tempDir, writeTree } from '../helpers.js';

const API_ENTRIES = { allowed: ['openapi.yaml', 'normalization-report.json', 'CHANGELOG.md', 'package.json', 'README.md', 'src', 'dist'], required: ['openapi.yaml', 'normalization-report.json'] };
const API_OUTPUT = { 'openapi.yaml': 'openapi: 3.1.0\n', 'normalization-report.json': '{}\n', 'src/index.ts': '', 'dist/index.js': '' };

/** Entries under `dir/` for each API output folder in `apis`. */
const apiOutput = (dir: string, apis: string[], extra: Record<string, string> = {}) =>
  Object.fromEntries([...apis.flatMap((api) => Object.entries(API_OUTPUT).map(([file, text]) => [`${dir}/${api}/${file}`, text])), ...Object.entries(extra).map(([file, text]) => [`${dir}/${file}`, text])]);

/** A project (the working directory) holding specs, output folders and folders that are not output; other specs two levels up. */
function project(): string {
  const root = writeTree({
    'outer/project/package.json': '{}\n',
    'outer/project/specs/api/manifest.yaml': 'title: x\n',
    'outer/project/notes/notes.txt': 'mine\n',
    'outer/project/file.txt': 'mine\n',
    [`outer/project/marked/${MARKER_FILE}`]: MARKER_TEXT,
    'outer/project/marked/stale.txt': 'old output\n',
    [`outer/project/wrong-marker/${MARKER_FILE}`]: 'something else\n',
    'outer/project/wrong-marker/notes.txt': 'mine\n',
    'outer/project/marker-symlink/notes.txt': 'mine\n',
    ...apiOutput('outer/project/generated', ['tasks', 'echo'], { 'echo/CHANGELOG.md': '# Changes\n' }),
    ...apiOutput('outer/project/earlier-plus-file', ['api'], { 'README.md': 'mine\n' }),
    ...apiOutput('outer/project/earlier-unknown-entry', ['api'], { 'api/notes.txt': 'mine\n' }),
    ...apiOutput('outer/project/earlier-bad-name', ['api'], { 'My Notes/openapi.yaml': '', 'My Notes/normalization-report.json': '' }),
    'outer/project/earlier-missing-report/api/openapi.yaml': 'openapi: 3.1.0\n',
    'outer/project/earlier-symlinked-api/.keep': '',
    'other-specs/api/manifest.yaml': 'title: x\n',
  });
  const at = (path: string) => join(root, 'outer', 'project', path);
  mkdirSync(at('empty'));
  mkdirSync(at('marked/deep'));
  symlinkSync(at('specs'), at('link-to-specs'));
  symlinkSync('marked', at('link-to-marked'));
  symlinkSync('nowhere', at('dangling'));
  symlinkSync(at(`marked/${MARKER_FILE}`), at(`marker-symlink/${MARKER_FILE}`));
  symlinkSync(at('generated/echo'), at('earlier-symlinked-api/api'));
  return join(root, 'outer', 'project');
}

function check(out: string, { cwd = '.', specs = 'specs' } = {}) {
  const root = project();
  const dir = join(root, cwd);
  const show = (path: string) => relative(dir, path) || '.';
  return { root, run: () => checkFolders({ specsDir: join(dir, specs), outDir: join(dir, out), apiOutputEntries: API_ENTRIES, show, cwd: dir }) };
}

describe('checkFolders: output folders a run may replace', () => {
  it.each([
    ['a new folder', 'out', 'out'],
    ['a new folder whose parents do not exist', 'a/b/c', 'a/b/c'],
    ['an empty folder', 'empty', 'empty'],
    ['a folder carrying the marker', 'marked', 'marked'],
    ['earlier output (API folders of the known shape, no marker)', 'generated', 'generated'],
    ['a symlink to a marked folder (replaced where it lives)', 'link-to-marked', 'marked'],
    ['a new folder under a symlinked folder', 'link-to-marked/new', 'marked/new'],
    ['a relative path with ..', 'notes/../empty', 'empty'],
  ])('accepts %s', (_name, out, real) => {
    const { root, run } = check(out);
    expect(run().outDir).toBe(join(realpathSync(root), real));
  });

  it.each([
    ['the project root', '.', { specs: '../../other-specs' }, /^\.: refusing to write the output folder here: it is the project root \(.*project\)$/],
    ['a folder holding the project', '..', { specs: '../../other-specs' }, /^\.\.: .*it contains the project root \(.*project\)$/],
    ['the project root holding the specs', '.', {}, /^\.: .*it contains the specs folder \(specs\)$/],
    ['a folder holding specs given from outside it', '../..', { specs: '../../other-specs' }, /^\.\.\/\.\.: .*it contains the specs folder \(\.\.\/\.\.\/other-specs\)$/],
    ['the file-system root', '/', {}, /^.*it contains the specs folder/],
    ['the specs folder', 'specs', {}, /^specs: .*it is the specs folder$/],
    ['the specs folder through a symlink', 'link-to-specs', {}, /^link-to-specs: .*it is the specs folder$/],
    ['an API folder inside the specs folder', 'specs/api', {}, /^specs\/api: .*it is inside the specs folder \(specs\)$/],
    ['a new folder inside the specs folder, through a symlink', 'link-to-specs/api/out', {}, /it is inside the specs folder/],
    ['a folder of notes', 'notes', {}, /^notes: .*it holds 1 entries \("notes\.txt"\) and no \.openapi-clients file, so it was not written by this tool: give a new or empty folder$/],
    ['a file', 'file.txt', {}, /^file\.txt: .*it is a file, not a folder$/],
    ['a symlink to nothing', 'dangling', {}, /^dangling: .*it is a symlink to nothing$/],
    ['a folder whose marker says something else', 'wrong-marker', {}, /no \.openapi-clients file/],
    ['a folder whose marker is a symlink', 'marker-symlink', {}, /no \.openapi-clients file/],
    ['earlier output plus a file of its own', 'earlier-plus-file', {}, /holds 2 entries \("README\.md", "api"\)/],
    ['earlier output whose API folder holds an unknown file', 'earlier-unknown-entry', {}, /no \.openapi-clients file/],
    ['earlier output whose folder is not an API name', 'earlier-bad-name', {}, /no \.openapi-clients file/],
    ['earlier output without its report', 'earlier-missing-report', {}, /no \.openapi-clients file/],
    ['earlier output whose API folder is a symlink', 'earlier-symlinked-api', {}, /no \.openapi-clients file/],
    ['a marked folder holding the working directory', '..', { cwd: 'marked/deep', specs: '../../specs' }, /^\.\.: .*it contains the working directory$/],
  ])('refuses %s', (_name, out, where, message) => {
    const { run } = check(out, where);
    expect(run).toThrow(SpecError);
    expect(run).toThrow(message);
  });

  it.each([
    ['missing', 'no-specs', /^no-specs: specs folder does not exist$/],
    ['a file', 'file.txt', /^file\.txt: specs folder is not a folder$/],
  ])('refuses a specs folder that is %s', (_name, specs, message) => {
    const { run } = check('out', { specs });
    expect(run).toThrow(message);
  });
});

describe('the marker', () => {
  it('is one line naming the tool, the same on every run', () => {
    expect(MARKER_FILE).toBe('.openapi-clients');
    expect(MARKER_TEXT).toMatch(/^[^\n]*npm run generate[^\n]*\n$/);
    const dir = tempDir();
    writeFileSync(join(dir, MARKER_FILE), MARKER_TEXT);
    writeFileSync(join(dir, 'anything'), '');
    expect(checkFolders({ specsDir: writeTree({ 'api/manifest.yaml': '' }), outDir: dir, apiOutputEntries: API_ENTRIES, show: (path) => path }).outDir).toBe(realpathSync(dir));
  });
});
