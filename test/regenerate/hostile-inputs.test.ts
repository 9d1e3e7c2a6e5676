/**
 * Inputs that once hung, exhausted memory or crashed, through the real CLI:
 * each generates a package that compiles, or fails with one line, within a
 * generous time bound (a hang fails the test instead of stalling CI).
 * Fixtures under test/fixtures/good-specs/, large inputs written at test time.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, manifestYaml, runGenerate, tempDir, writeTree } from '../helpers.js';

interface Run {
  code: number;
  stderr: string;
  seconds: number;
  root: string;
}

async function generate(root: string): Promise<Run> {
  const started = performance.now();
  const result = await runGenerate(['--out', 'generated', '--quiet'], root);
  return { ...result, seconds: (performance.now() - started) / 1000, root };
}

async function generateFixture(name: string): Promise<Run> {
  const root = tempDir();
  cpSync(join(REPO_ROOT, 'test/fixtures/good-specs', name, 'specs'), join(root, 'specs'), { recursive: true });
  return generate(root);
}

const read = (run: Run, file: string) => readFileSync(join(run.root, 'generated/api', file), 'utf8');

/** An API whose one source is `source`, named `file`. */
function api(file: string, source: string, manifestExtra = ''): string {
  return writeTree({ 'specs/api/manifest.yaml': manifestYaml([file], manifestExtra), [`specs/api/${file}`]: source }, tempDir());
}

const operation = (schemaRef: string) =>
  `paths:\n  /x:\n    get:\n      summary: Get x\n      operationId: getX\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema:\n                $ref: '${schemaRef}'\n`;
const header = "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\n";

describe('good inputs that once broke the run', () => {
  it('properties, components, parameters and examples named __proto__, constructor, hasOwnProperty… generate a package that compiles', async () => {
    const run = await generateFixture('odd-names');
    expect(run.code, run.stderr).toBe(0);
    const schema = read(run, 'src/schema.ts');
    for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'toString', 'prototype', 'isPrototypeOf']) {
      // Settings requires __proto__ and constructor; each name is also a component of its own.
      expect(schema, name).toMatch(new RegExp(`\\b${name}\\??: "on" \\| "off";`));
      expect(schema, name).toContain(`        ${name}: {\n            ${name}?: string;`);
    }
    expect(read(run, 'openapi.yaml')).toContain('$ref: "#/components/schemas/__proto__"');
    const report = JSON.parse(read(run, 'normalization-report.json')) as { transformations: Array<{ pointer: string }> };
    expect(report.transformations.map((fix) => fix.pointer)).toContain('/paths/~1settings~1{constructor}/put/requestBody/content/application~1json/examples/__proto__/value/hasOwnProperty');
    expect(existsSync(join(run.root, 'generated/api/dist/index.d.ts'))).toBe(true);
    expect(run.seconds).toBeLessThan(60);
  });

  it('catastrophic patterns in parameters, properties and patternProperties, with hostile examples, generate quickly', async () => {
    const run = await generateFixture('hostile-patterns');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(read(run, 'normalization-report.json')) as { warnings: Array<{ kind: string; pointer: string }> };
    expect(report.warnings.filter((warning) => warning.kind === 'pattern-not-checked').map((warning) => warning.pointer)).toEqual([
      '/components/schemas/Code/properties/lookahead/pattern',
      '/components/schemas/Code/properties/backreference/pattern',
    ]);
    expect(report.warnings.filter((warning) => warning.kind === 'example-invalid').map((warning) => warning.pointer)).toEqual([
      '/paths/~1codes~1{code}/post/parameters/0/example',
      '/paths/~1codes~1{code}/post/requestBody/content/application~1json/example/nested',
    ]);
    // The tag rule's pathPattern matched on the linear engine.
    expect(read(run, 'openapi.yaml')).toContain('- Codes');
    expect(run.seconds).toBeLessThan(60);
  });
});

describe('large inputs finish within the bound', () => {
  it('a 100,000-value enum generates (tsc was quadratic in the enum check)', async () => {
    const values = Array.from({ length: 100_000 }, (_, index) => `v${index}`).join(', ');
    const run = await generate(api('openapi.yaml', `${header}${operation('#/components/schemas/Big')}components:\n  schemas:\n    Big:\n      type: string\n      enum: [${values}]\n`));
    expect(run.code, run.stderr).toBe(0);
    expect(read(run, 'src/enums.ts')).toContain('"v99999",\n] as const;');
    expect(run.seconds).toBeLessThan(180);
  }, 200_000);

  it.each([1_500, 30_000])('a Markdown page with %i blank lines before its spec block generates', async (blank) => {
    const page = `# Get x\n\n> Gets x.\n${'\n'.repeat(blank)}\`\`\`yaml\n${'\n'.repeat(blank)}${header}${operation('#/components/schemas/X')}components:\n  schemas:\n    X:\n      type: string\n\`\`\`\n`;
    const run = await generate(api('page.md', page));
    expect(run.code, run.stderr).toBe(0);
    expect(run.seconds).toBeLessThan(60);
  });

  it('99 aliases of a small schema generate', async () => {
    const uses = Array.from({ length: 99 }, (_, index) => `    Copy${index}: *x`).join('\n');
    const run = await generate(api('openapi.yaml', `${header}${operation('#/components/schemas/X')}components:\n  schemas:\n    X: &x\n      type: object\n      properties:\n        name: {type: string}\n${uses}\n`));
    expect(run.code, run.stderr).toBe(0);
    expect(read(run, 'openapi.yaml')).toContain('Copy98:');
    expect(run.seconds).toBeLessThan(60);
  });
});
