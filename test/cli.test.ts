import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runGenerate, tempDir, writeTree, manifestYaml } from './helpers.js';

/** A copy of specs/ to break, and an output folder with a sentinel to prove nothing was written. */
function workspace() {
  const root = tempDir();
  cpSync(join(REPO_ROOT, 'specs'), join(root, 'specs'), { recursive: true });
  writeTree({ 'generated/sentinel.txt': 'untouched\n' }, root);
  return root;
}

describe('generate CLI', () => {
  it('prints per API the sources, the fixes with counts and the warnings', async () => {
    const root = workspace();
    const result = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('anchorbrowser: 6 operations');
    expect(result.stdout).toContain('sources: raw/v1-run-task-by-name.md, raw/v2-run-task.md, raw/v1-create-task.md');
    expect(result.stdout).toMatch(/fix mintlify-unwrap-allof: \d+/);
    expect(result.stdout).toMatch(/warning lint:no-ambiguous-paths/);
    expect(result.stdout).toContain('package: @openapi-clients/anchorbrowser@0.1.0, createAnchorBrowserClient with 6 operation methods and waitForExecution');
    // Written outside the repository, the package still compiles (openapi-fetch resolved from the toolchain).
    for (const file of ['openapi.yaml', 'dist/index.js', 'dist/client.d.ts']) {
      expect(readFileSync(join(root, 'generated', 'anchorbrowser', file), 'utf8'), file).toBe(readFileSync(join(REPO_ROOT, 'generated', 'anchorbrowser', file), 'utf8'));
    }
  });

  const badCases: Array<[string, (root: string) => void, RegExp]> = [
    [
      'a Mintlify page without its method',
      (root) => {
        const file = join(root, 'specs/anchorbrowser/raw/v1-create-task.md');
        writeFileSync(file, readFileSync(file, 'utf8').replace('  method: post\n', ''));
      },
      /^error: .*specs\/anchorbrowser\/raw\/v1-create-task\.md:\d+:\d+ #\/paths\/method: Mintlify page has no `paths\.method`/,
    ],
    [
      'invalid YAML inside a page',
      (root) => {
        const file = join(root, 'specs/browseract/raw/v2-run-workflow-task.md');
        writeFileSync(file, readFileSync(file, 'utf8').replace('paths:\n  /v2/workflow/run-task:', 'paths:\n  /v2/workflow/run-task: [\n'));
      },
      /^error: .*v2-run-workflow-task\.md:\d+:\d+: invalid YAML/,
    ],
    [
      'an overlay whose target matches nothing',
      (root) => {
        const file = join(root, 'specs/anchorbrowser/overlays/operation-ids.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace("$.paths['/v1/task'].post", "$.paths['/v1/tasks'].post"));
      },
      /^error: .*operation-ids\.yaml:\d+:\d+ #\/actions\/0\/target: overlay action target .* matches nothing/,
    ],
    [
      'a dangling $ref',
      (root) => {
        const file = join(root, 'specs/browseract/raw/v2-run-workflow-task.md');
        writeFileSync(file, readFileSync(file, 'utf8').replace("$ref: '#/components/schemas/TaskCreatedResponse'", "$ref: '#/components/schemas/Nope'"));
      },
      /^error: .*v2-run-workflow-task\.md:\d+:\d+ #\/paths\/.*\/\$ref: dangling \$ref "#\/components\/schemas\/Nope"/,
    ],
  ];

  it.each(badCases)('exits 1 on %s, names the file and location, and writes nothing', async (_label, breakIt, expected) => {
    const root = workspace();
    breakIt(root);
    const result = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(expected);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(root, 'generated', 'sentinel.txt'), 'utf8')).toBe('untouched\n');
  });

  it('refuses Swagger 2.0 with how to convert it', async () => {
    const root = writeTree({ 'specs/api/manifest.yaml': manifestYaml(['swagger.yaml']), 'specs/api/swagger.yaml': "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n" });
    const result = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/swagger\.yaml:1:\d+ #\/swagger: Swagger 2\.0 is not supported: convert it to OpenAPI 3\.1 first/);
  });
});
