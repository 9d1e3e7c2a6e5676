/**
 * `npm run generate` on every API of the specs folder (test/apis/under-test.ts),
 * checked for what holds of every API, and for what
 * test/apis/<api>/expectations.ts says of an API in particular where it does.
 * An API's own pipeline tests are test/apis/<api>/pipeline.test.ts.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAlias, isNode, parse, parseDocument, visit } from 'yaml';
import { CLIENT_FILE, ENUMS_FILE, generate, NORMALIZED_FILE, RUNTIME_DIR, TYPES_FILE } from '../src/generate.js';
import { loadSource } from '../src/ingest/source.js';
import type { JsonObject } from '../src/openapi/types.js';
import { discoverManifests, type Manifest } from '../src/manifest.js';
import { checkLossless } from '../src/normalize/verify/lossless.js';
import { normalizeApi } from '../src/normalize/pipeline.js';
import { isExampleFix, NormalizationReport } from '../src/normalize/report.js';
import { operations } from '../src/openapi/operations.js';
import { lintDocument } from '../src/normalize/verify/validate.js';
import { parsePointer } from '../src/openapi/pointer.js';
import { compareTrees } from '../src/regenerate/drift.js';
import { apisUnderTest, testDirs } from './apis/under-test.js';
import { REPO_ROOT, tempDir, writeTree } from './helpers.js';

const { specs: SPECS, generated: COMMITTED } = testDirs();
const apis = await apisUnderTest();

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(root, join(prefix, entry.name)) : [join(prefix, entry.name)],
  ).sort();
}

/** The value at a JSON pointer, or `absent` when a token is not an own property on the way. */
function at(document: unknown, pointer: string): { present: boolean; value?: unknown } {
  let value = document;
  for (const token of parsePointer(pointer)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, token)) return { present: false };
    value = (value as Record<string, unknown>)[token];
  }
  return { present: true, value };
}

let outDir: string;
const documents: Record<string, JsonObject> = {};
const texts: Record<string, string> = {};

beforeAll(async () => {
  // Regenerated over a copy of the committed tree, as `npm run generate` runs: the package versions and CHANGELOGs it released are read from there.
  outDir = join(tempDir(), 'generated');
  cpSync(COMMITTED, outDir, { recursive: true });
  await generate({ specsDir: SPECS, outDir });
  for (const { name } of apis) {
    texts[name] = readFileSync(join(outDir, name, NORMALIZED_FILE), 'utf8');
    documents[name] = parse(texts[name]!) as JsonObject;
  }
});

describe('npm run generate (normalize stage)', () => {
  it('writes one normalized document and report per API, and nothing else', () => {
    expect(apis.length).toBeGreaterThan(0);
    expect(readdirSync(outDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()).toEqual(apis.map((api) => api.name));
    for (const { name } of apis) expect(listFiles(join(outDir, name))).toEqual(expect.arrayContaining([NORMALIZED_FILE, 'normalization-report.json']));
  });

  it('matches the committed generated/ tree byte for byte (sources, packages and dist/)', () => {
    const files = listFiles(outDir);
    for (const { name } of apis) expect(files).toEqual(expect.arrayContaining([TYPES_FILE, ENUMS_FILE, CLIENT_FILE, 'package.json', 'dist/index.js', 'dist/index.d.ts'].map((file) => join(name, file))));
    expect(compareTrees(COMMITTED, outDir)).toEqual([]);
  });

  it('ships the runtime as a verbatim copy of src/runtime below a banner naming it', () => {
    const originals = readdirSync(join(REPO_ROOT, 'src', 'runtime')).filter((name) => name.endsWith('.ts'));
    expect(originals.length).toBeGreaterThan(0);
    for (const { name: api } of apis) {
      expect(readdirSync(join(COMMITTED, api, RUNTIME_DIR)).sort()).toEqual([...originals].sort());
      for (const name of originals) {
        const copy = readFileSync(join(COMMITTED, api, RUNTIME_DIR, name), 'utf8');
        expect(copy).toContain(`Source: the toolchain's src/runtime/${name}, copied verbatim`);
        expect(copy.endsWith(`*/\n${readFileSync(join(REPO_ROOT, 'src', 'runtime', name), 'utf8')}`), `${api}/${RUNTIME_DIR}/${name}`).toBe(true);
      }
    }
  });

  it('is deterministic: a second run gives byte-identical files', async () => {
    const again = join(tempDir(), 'generated');
    cpSync(COMMITTED, again, { recursive: true });
    await generate({ specsDir: SPECS, outDir: again });
    expect(compareTrees(outDir, again)).toEqual([]);
  });

  it('is idempotent: a normalized document fed back through normalize comes out unchanged', async () => {
    const manifests = discoverManifests(SPECS);
    expect(manifests.map((manifest) => manifest.name)).toEqual(apis.map((api) => api.name));
    for (const manifest of manifests) {
      const dir = writeTree({
        [`${manifest.name}/manifest.yaml`]: readFileSync(join(manifest.dir, 'manifest.yaml'), 'utf8')
          .replace(/^sources:[\s\S]*$/m, 'sources:\n  - file: openapi.yaml\n'),
        [`${manifest.name}/openapi.yaml`]: texts[manifest.name]!,
      });
      const [again] = discoverManifests(dir);
      const result = await normalizeApi(again!);
      expect(result.report.transformations.filter((t) => !t.kind.startsWith('merge-'))).toEqual([]);
      const reOut = join(tempDir(), 'generated');
      await generate({ specsDir: dir, outDir: reOut });
      expect(readFileSync(join(reOut, manifest.name, NORMALIZED_FILE), 'utf8')).toBe(texts[manifest.name]);
    }
  });

  it('validates with zero errors under Redocly recommended', async () => {
    for (const { name } of apis) {
      const problems = await lintDocument(documents[name]!, name);
      expect(problems.filter((problem) => problem.severity === 'error'), name).toEqual([]);
    }
  });

  it('leaves only the lint warnings its report lists, and of an API with expectations only the justified rules', async () => {
    for (const { name, report, expected } of apis) {
      const problems = await lintDocument(documents[name]!, name);
      const rules = [...new Set(problems.map((problem) => problem.ruleId))];
      expect(rules.map((rule) => `lint:${rule}`).sort(), name).toEqual([...new Set(report.warnings.map((warning) => warning.kind).filter((kind) => kind.startsWith('lint:')))].sort());
      if (expected?.lintWarnings) expect(rules, name).toEqual(expected.lintWarnings);
    }
  });

  it('gives every operation its stable operationId', () => {
    for (const { name, expected } of apis) {
      const ids = Object.fromEntries([...operations(documents[name]!)].map(({ method, path, operation }) => [`${method.toUpperCase()} ${path}`, operation.operationId]));
      expect(Object.keys(ids).length, name).toBeGreaterThan(0);
      for (const [operation, id] of Object.entries(ids)) expect(id, `${name} ${operation}`).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(new Set(Object.values(ids)).size, `${name}: operationIds are unique`).toBe(Object.keys(ids).length);
      if (expected?.operationIds) expect(ids, name).toEqual(expected.operationIds);
    }
  });

  it('applies the manifest: title, servers, auth scheme and document security', () => {
    for (const { name, manifest } of apis) {
      const document = documents[name]!;
      expect((document.info as JsonObject).title, name).toBe(manifest.title);
      expect(document.servers, name).toEqual([{ url: manifest.baseUrl, description: expect.any(String) }]);
      if (manifest.auth.security) expect(document.security, name).toEqual(manifest.auth.security);
      const schemes = (document.components as JsonObject).securitySchemes as JsonObject;
      for (const { name: scheme, securityScheme } of manifest.auth.schemes) if (securityScheme) expect(schemes[scheme], `${name} ${scheme}`).toEqual(securityScheme);
    }
  });

  it('writes no anchors or aliases, and reads the same under YAML 1.1 (quoted "no", "yes", "on"…)', () => {
    for (const { name } of apis) {
      const nodes: string[] = [];
      visit(parseDocument(texts[name]!), (_key, node) => {
        if (isAlias(node) || (isNode(node) && node.anchor)) nodes.push(String(node));
      });
      expect(nodes, name).toEqual([]);
      expect(parse(texts[name]!, { version: '1.1' }), name).toEqual(documents[name]);
    }
  });
});

describe('lossless proof', () => {
  const rawSources = (manifest: Manifest) => manifest.sources.map(({ file }) => loadSource(join(manifest.dir, file)).value);
  const normalized = new Map<string, Promise<{ document: JsonObject; report: NormalizationReport }>>();
  const normalize = (manifest: Manifest) => {
    if (!normalized.has(manifest.name)) normalized.set(manifest.name, normalizeApi(manifest));
    return normalized.get(manifest.name)!;
  };

  it('finds every fact of the raw inputs in the normalized document', async () => {
    for (const { name, manifest, report: committed, expected } of apis) {
      const { document, report } = await normalize(manifest);
      const result = checkLossless(rawSources(manifest), document, report);
      expect(result.missing, name).toEqual([]);
      expect(result.checked, name).toBeGreaterThan(0);
      expect(result.checked, name).toBe(committed.lossless.checked);
      if (expected?.losslessFactsAtLeast !== undefined) expect(result.checked, name).toBeGreaterThanOrEqual(expected.losslessFactsAtLeast);
    }
  });

  it('lists exactly the intentional example transformations, each with a reason, each true of the document', async () => {
    for (const { name, manifest, expected } of apis) {
      const { report } = await normalize(manifest);
      for (const transformation of report.transformations) expect(transformation.reason.length, `${name} ${transformation.kind} ${transformation.pointer}`).toBeGreaterThan(10);
      const exampleFixes = report.transformations.filter(isExampleFix);
      expect(report.transformations.filter((t) => t.kind.startsWith('example-')), name).toEqual(exampleFixes);
      for (const fix of exampleFixes) {
        const where = `${name} ${fix.kind} ${fix.pointer}`;
        expect(fix.before, where).toBeDefined();
        const found = at(documents[name], fix.pointer);
        if (fix.kind === 'example-invalid-value-dropped' || fix.kind === 'example-placeholder-dropped') expect(found, where).toEqual({ present: false });
        else if (fix.kind === 'example-invalid-value-replaced' || fix.kind === 'example-placeholder-replaced') expect(found, where).toEqual({ present: true, value: fix.after });
        else expect.unreachable(`${where}: an example transformation this test does not know`);
      }
      if (expected?.exampleFixes) {
        expect(exampleFixes.map((fix) => ({ kind: fix.kind, pointer: fix.pointer, before: fix.before, ...('after' in fix && fix.after !== undefined ? { after: fix.after } : {}) })), name).toEqual(expected.exampleFixes);
      }
    }
  });

  it('fails when normalization drops an operation, of every API', async () => {
    for (const { name, manifest } of apis) {
      // The first operation of the raw inputs (an overlay's own operations are not facts of the raw inputs).
      let caught: { operation: string; missing: string[] } | undefined;
      for (const { path, method } of operations(documents[name]!)) {
        const broken = structuredClone(documents[name]!);
        delete ((broken.paths as JsonObject)[path] as JsonObject)[method];
        const { missing } = checkLossless(rawSources(manifest), broken, new NormalizationReport());
        caught = { operation: `operation ${method.toUpperCase()} ${path}`, missing: missing.map((fact) => `${fact.kind} ${fact.key}`) };
        if (missing.length > 0) break;
      }
      expect(caught, `${name}: no dropped operation was noticed`).toBeDefined();
      expect(caught!.missing, name).toContain(caught!.operation);
    }
  });
});
