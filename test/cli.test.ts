/**
 * The generate CLI on a copy of the specs folder under test: per API, the
 * summary says what the API's manifest, committed report and document say.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '../src/openapi/operations.js';
import { apisUnderTest, testDirs, type ApiUnderTest } from './apis/under-test.js';
import { manifestYaml, REPO_ROOT, runGenerate, tempDir, writeTree } from './helpers.js';

const { specs, generated } = testDirs();
const apis = await apisUnderTest();

/** A copy of the specs folder under test, and an output folder outside the repository. */
function workspace() {
  const root = tempDir();
  cpSync(specs, join(root, 'specs'), { recursive: true });
  return root;
}

/** What the summary says of an API, from its manifest and its committed report and document. */
function summaryLines({ name, manifest, report, document }: ApiUnderTest): string[] {
  const count = operations(document).length;
  const superseded = (report.lossless as { superseded?: number }).superseded ?? 0;
  const waiters = Object.keys(manifest.client.waiters);
  return [
    `${name}: ${count} operations → ${name}/openapi.yaml`,
    `  sources: ${report.sources.join(', ')}`,
    ...(report.overlays.length > 0 ? [`  overlays: ${report.overlays.join(', ')}`] : []),
    `  lossless: ${report.lossless.checked - superseded} facts of the sources found in the result${superseded > 0 ? `, ${superseded} superseded by the winning source (explained by the drift entries)` : ''}`,
    `  package: ${manifest.client.package}@${manifest.client.version}, create${manifest.client.name}Client with ${count} operation methods${waiters.length > 0 ? ` and ${waiters.join(', ')}` : ''} → ${name}/dist`,
    ...Object.entries(report.fixes).map(([kind, fixes]) => `  fix ${kind}: ${fixes}`),
    ...warningLines(report.warnings),
  ];
}

/** One line per warning kind: a kind seen once names its pointer; more, the count and the first three pointers. */
function warningLines(warnings: ApiUnderTest['report']['warnings']): string[] {
  const kinds = [...new Set(warnings.map((warning) => warning.kind))];
  return kinds.map((kind) => {
    const all = warnings.filter((warning) => warning.kind === kind);
    const pointers = all.flatMap((warning) => warning.pointers ?? [warning.pointer]);
    if (pointers.length === 1) return `  warning ${kind} at #${pointers[0]}: ${all[0]!.message}`;
    const more = pointers.length > 3 ? ` and ${pointers.length - 3} more` : '';
    return `  warning ${kind}: ${pointers.length} times, at ${pointers.slice(0, 3).map((pointer) => `#${pointer}`).join(', ')}${more}; first: ${all[0]!.message}`;
  });
}

describe('generate CLI', () => {
  it('with --verbose, prints per API the sources, the fixes with counts and the warnings', async () => {
    const root = workspace();
    const result = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated'), '--verbose']);
    expect(result.code, result.stderr).toBe(0);
    // Everything for people is on stderr: stdout is for --json alone.
    expect(result.stdout).toBe('');
    for (const api of apis) {
      // The sources in the manifest's merge order, the overlays in the manifest's order.
      expect(api.report.sources, api.name).toEqual(api.manifest.sources.map((source) => source.file));
      expect(api.report.overlays, api.name).toEqual(api.manifest.overlays);
      for (const line of summaryLines(api)) expect(result.stderr, api.name).toContain(`\n${line}\n`);
      // Not a terminal: one plain progress line per API, with each step's timing.
      expect(result.stderr).toMatch(new RegExp(`^${api.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: normalize \\d+ ms, document \\d+ ms, types \\d+ ms, client \\d+ ms, build \\d+ ms, changes \\d+ ms$`, 'm'));
      // Written outside the repository, the package still compiles (openapi-fetch resolved from the toolchain).
      for (const file of ['openapi.yaml', 'dist/index.js', 'dist/client.d.ts']) {
        expect(readFileSync(join(root, 'generated', api.name, file), 'utf8'), `${api.name}/${file}`).toBe(readFileSync(join(generated, api.name, file), 'utf8'));
      }
    }
  }, 240_000);

  it.each(['normalize', 'types', 'build'])('reports a bug of its own (a plain Error before %s) on one line, without a stack or a temporary path, and exits 70', async (step) => {
    const root = workspace();
    const result = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated'), '--quiet'], REPO_ROOT, { env: { OPENAPI_CLIENTS_TEST_BUG_BEFORE: step } });
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(new RegExp(`^error: internal error \\(a bug in the toolchain; please report it with the input that caused it\\): \\S+/specs/[\\w-]+/\\S+: ${step} failed: Cannot read properties of undefined \\(reading 'x'\\) \\(--debug shows the stack\\)\n$`));
  });

  it('reports operations whose client method had to be renamed, in the summary and in --json', async () => {
    const operation = (id: string) => ({ operationId: id, summary: id, responses: { '204': { description: 'done' } } });
    const root = writeTree({
      'specs/api/manifest.yaml': manifestYaml(['openapi.yaml']),
      'specs/api/openapi.yaml': JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { '/a': { get: operation('use'), post: operation('then') }, '/b': { get: operation('GET') } } }),
    });
    const human = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated'), '--verbose']);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stderr).toContain(`  method useOperation: operationId "use" renamed (client.use is openapi-fetch's own method)`);
    expect(human.stderr).toContain('  method thenOperation: operationId "then" renamed (a client with a `then` method would be awaited as a promise)');
    expect(human.stderr).toContain(`  method GETOperation: operationId "GET" renamed (client.GET is openapi-fetch's path method)`);
    const json = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated'), '--json']);
    const [api] = (JSON.parse(json.stdout) as { apis: Array<{ package: { renamedMethods: unknown[] } }> }).apis;
    expect(api!.package.renamedMethods).toHaveLength(3);
  });

  it('prints the error shapes it derived, in the summary and in --json', async () => {
    const root = tempDir();
    cpSync(join(REPO_ROOT, 'test/fixtures/good-specs/error-shapes/specs'), join(root, 'specs'), { recursive: true });
    const json = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated'), '--json']);
    expect(json.code, json.stderr).toBe(0);
    const [api] = (JSON.parse(json.stdout) as { apis: Array<{ package: { errors: unknown } }> }).apis;
    expect(api!.package.errors).toEqual({
      // In the normalized document's order (paths sorted).
      shapes: [{ code: '/error/code', message: '/error/message' }, { code: '/error/error/code', message: '/error/error/message' }, { message: '/error' }],
      derived: true,
      unmatched: [],
    });
    const human = await runGenerate(['--specs', join(root, 'specs'), '--out', join(root, 'generated'), '--verbose']);
    expect(human.stderr).toContain('  errors: 3 shapes derived from the documented error responses: code /error/code, message /error/message | code /error/error/code, message /error/error/message | message /error (set client.errors to choose)');
  });
});
