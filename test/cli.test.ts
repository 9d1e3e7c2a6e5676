import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestYaml, REPO_ROOT, runGenerate, tempDir, writeTree } from './helpers.js';

/** A copy of specs/ and an output folder outside the repository. */
function workspace() {
  const root = tempDir();
  cpSync(join(REPO_ROOT, 'specs'), join(root, 'specs'), { recursive: true });
  return root;
}

describe('generate CLI', () => {
  it('prints per API the sources, the fixes with counts and the warnings', async () => {
    const root = workspace();
    const result = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('anchorbrowser: 6 operations');
    // Not a terminal: one plain progress line per API, with each step's timing.
    expect(result.stdout).toMatch(/^anchorbrowser: normalize \d+ ms, document \d+ ms, types \d+ ms, client \d+ ms, build \d+ ms, changes \d+ ms$/m);
    expect(result.stdout).toContain('sources: raw/v1-run-task-by-name.md, raw/v2-run-task.md, raw/v1-create-task.md');
    expect(result.stdout).toMatch(/fix mintlify-unwrap-allof: \d+/);
    expect(result.stdout).toMatch(/warning lint:no-ambiguous-paths/);
    expect(result.stdout).toContain('package: @openapi-clients/anchorbrowser@0.1.0, createAnchorBrowserClient with 6 operation methods and waitForExecution');
    // Written outside the repository, the package still compiles (openapi-fetch resolved from the toolchain).
    for (const file of ['openapi.yaml', 'dist/index.js', 'dist/client.d.ts']) {
      expect(readFileSync(join(root, 'generated', 'anchorbrowser', file), 'utf8'), file).toBe(readFileSync(join(REPO_ROOT, 'generated', 'anchorbrowser', file), 'utf8'));
    }
  });

  it.each(['normalize', 'types', 'build'])('reports a bug of its own (a plain Error before %s) on one line, without a stack or a temporary path, and exits 70', async (step) => {
    const root = workspace();
    const result = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated'), '--quiet'], REPO_ROOT, { env: { OPENAPI_CLIENTS_TEST_BUG_BEFORE: step } });
    expect(result.code).toBe(70);
    expect(result.stderr).toBe("error: internal error (a bug in the toolchain; please report it with the input that caused it): Cannot read properties of undefined (reading 'x') (OPENAPI_CLIENTS_DEBUG=1 shows the stack)\n");
  });

  it('reports operations whose client method had to be renamed, in the summary and in --json', async () => {
    const operation = (id: string) => ({ operationId: id, summary: id, responses: { '204': { description: 'done' } } });
    const root = writeTree({
      'specs/api/manifest.yaml': manifestYaml(['openapi.yaml']),
      'specs/api/openapi.yaml': JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { '/a': { get: operation('use'), post: operation('then') }, '/b': { get: operation('GET') } } }),
    });
    const human = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated')]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain(`  method useOperation: operationId "use" renamed (client.use is openapi-fetch's own method)`);
    expect(human.stdout).toContain('  method thenOperation: operationId "then" renamed (a client with a `then` method would be awaited as a promise)');
    expect(human.stdout).toContain(`  method GETOperation: operationId "GET" renamed (client.GET is openapi-fetch's path method)`);
    const json = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated'), '--json']);
    const [api] = (JSON.parse(json.stdout) as { apis: Array<{ package: { renamedMethods: unknown[] } }> }).apis;
    expect(api!.package.renamedMethods).toHaveLength(3);
  });
});
