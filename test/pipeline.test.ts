import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLIENT_FILE, ENUMS_FILE, generate, NORMALIZED_FILE, RUNTIME_DIR, TYPES_FILE } from '../src/generate.js';
import { loadSource, type JsonObject } from '../src/ingest/source.js';
import { discoverManifests } from '../src/manifest.js';
import { checkLossless } from '../src/normalize/lossless.js';
import { normalizeApi } from '../src/normalize/pipeline.js';
import { NormalizationReport } from '../src/normalize/report.js';
import { operations } from '../src/normalize/schema-walk.js';
import { DocumentValidator } from '../src/normalize/schema-validator.js';
import { lintDocument } from '../src/normalize/validate.js';
import { compareTrees } from '../src/regenerate/drift.js';
import { REPO_ROOT, tempDir, writeTree } from './helpers.js';

const SPECS = join(REPO_ROOT, 'specs');
const COMMITTED = join(REPO_ROOT, 'generated');
const APIS = ['anchorbrowser', 'browseract'];

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(root, join(prefix, entry.name)) : [join(prefix, entry.name)],
  ).sort();
}

let outDir: string;
const documents: Record<string, JsonObject> = {};
const texts: Record<string, string> = {};

beforeAll(async () => {
  outDir = join(tempDir(), 'generated');
  await generate({ specsDir: SPECS, outDir });
  for (const api of APIS) {
    texts[api] = readFileSync(join(outDir, api, NORMALIZED_FILE), 'utf8');
    documents[api] = parse(texts[api]!) as JsonObject;
  }
});

describe('npm run generate (normalize stage)', () => {
  it('writes one normalized document and report per API', () => {
    for (const api of APIS) expect(listFiles(join(outDir, api))).toEqual(expect.arrayContaining([NORMALIZED_FILE, 'normalization-report.json']));
  });

  it('matches the committed generated/ tree byte for byte (sources, packages and dist/)', () => {
    const files = listFiles(outDir);
    for (const api of APIS) expect(files).toEqual(expect.arrayContaining([TYPES_FILE, ENUMS_FILE, CLIENT_FILE, 'package.json', 'dist/index.js', 'dist/index.d.ts'].map((file) => join(api, file))));
    expect(compareTrees(COMMITTED, outDir)).toEqual([]);
  });

  it('ships the runtime as a verbatim copy of src/runtime below a banner naming it', () => {
    const originals = readdirSync(join(REPO_ROOT, 'src', 'runtime')).filter((name) => name.endsWith('.ts'));
    for (const api of APIS) {
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
    await generate({ specsDir: SPECS, outDir: again });
    expect(compareTrees(outDir, again)).toEqual([]);
  });

  it('is idempotent: a normalized document fed back through normalize comes out unchanged', async () => {
    for (const manifest of discoverManifests(SPECS)) {
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
    for (const api of APIS) {
      const problems = await lintDocument(documents[api]!, api);
      expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    }
  });

  it('leaves only the justified lint warnings (ambiguous v1 task paths, resolved by document order)', async () => {
    const problems = await lintDocument(documents.anchorbrowser!, 'anchorbrowser');
    expect([...new Set(problems.map((problem) => problem.ruleId))]).toEqual(['no-ambiguous-paths']);
    expect(await lintDocument(documents.browseract!, 'browseract')).toEqual([]);
  });

  it('gives every operation its stable operationId', () => {
    const ids = (api: string) => Object.fromEntries([...operations(documents[api]!)].map(({ method, path, operation }) => [`${method.toUpperCase()} ${path}`, operation.operationId]));
    expect(ids('anchorbrowser')).toEqual({
      'POST /v1/task': 'createTask',
      'POST /v1/task/run': 'runTask',
      'POST /v1/task/run/{taskName}': 'runTaskByName',
      'POST /v1/task/{taskId}/deploy': 'deployTask',
      'GET /v1/task/{taskId}/executions': 'listTaskExecutions',
      'POST /v2/tasks/{taskId}/run': 'runTaskV2',
    });
    expect(ids('browseract')).toEqual({ 'POST /v2/workflow/run-task': 'runTask' });
  });

  it('tags v1 and v2 task operations apart', () => {
    for (const { path, operation } of operations(documents.anchorbrowser!)) {
      expect(operation.tags).toEqual([path.startsWith('/v1/') ? 'Tasks v1' : 'Tasks']);
    }
  });

  it('applies the manifest: servers, auth scheme and document security', () => {
    const anchor = documents.anchorbrowser!;
    expect(anchor.servers).toEqual([{ url: 'https://api.anchorbrowser.io', description: 'API server' }]);
    expect(anchor.security).toEqual([{ api_key_header: [] }]);
    expect((anchor.components as JsonObject).securitySchemes).toEqual({
      api_key_header: { type: 'apiKey', description: 'API key passed in the header', name: 'anchor-api-key', in: 'header' },
    });
    const browseract = documents.browseract!;
    expect(browseract.security).toEqual([{ HTTPBearer: [] }]);
    expect(((browseract.components as JsonObject).securitySchemes as JsonObject).HTTPBearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('writes no anchors or aliases, and quotes the country code "no"', () => {
    const text = texts.anchorbrowser!;
    expect(text).not.toMatch(/[&*]ref_\d/);
    expect(text).toContain('- "no"');
    expect(text).not.toMatch(/^\s*- no$/m);
    expect(parse(text, { version: '1.1' })).toEqual(documents.anchorbrowser);
  });

  it('drops or replaces the Mintlify placeholders that break their schema, and says so', () => {
    const report = JSON.parse(readFileSync(join(outDir, 'anchorbrowser', 'normalization-report.json'), 'utf8')) as { transformations: Array<{ kind: string; pointer: string; before?: unknown }> };
    const fixes = report.transformations.filter((t) => t.kind.startsWith('example-invalid-'));
    expect(fixes.map((fix) => [fix.kind, fix.pointer.split('/').slice(-1)[0], fix.before])).toEqual(
      expect.arrayContaining([
        ['example-invalid-value-dropped', 'initial_url', '<string>'],
        ['example-invalid-value-replaced', 'name', '<string>'],
      ]),
    );
    expect(texts.anchorbrowser).not.toMatch(/initial_url: <string>/);
  });

  it('adds the guide-documented operations with the guide example response', () => {
    const executions = ((documents.anchorbrowser!.paths as JsonObject)['/v1/task/{taskId}/executions'] as JsonObject).get as JsonObject;
    expect((executions.parameters as JsonObject[]).map((parameter) => `${String(parameter.in)}:${String(parameter.name)}`)).toEqual([
      'path:taskId', 'query:page', 'query:limit', 'query:version', 'query:status',
    ]);
    const schemas = (documents.anchorbrowser!.components as JsonObject).schemas as Record<string, JsonObject>;
    expect(schemas.TaskExecutionStatus!.enum).toEqual(['success', 'failure', 'timeout', 'cancelled']);
    const validator = new DocumentValidator(documents.anchorbrowser!);
    expect(validator.validate('/components/schemas/RunTaskRequest', { taskId: 't', inputs: { ANCHOR_TARGET_URL: 'x' } })).toEqual([]);
    expect(validator.validate('/components/schemas/RunTaskRequest', { taskId: 't', inputs: { TARGET_URL: 'x' } })).not.toEqual([]);
  });
});

describe('proxy country codes depend on the proxy type (overlay)', () => {
  const proxy = (fields: JsonObject) => ({ proxy: { active: true, ...fields } });
  let validator: DocumentValidator;
  let residentialOnly: string[];

  beforeAll(() => {
    validator = new DocumentValidator(documents.anchorbrowser!);
    const schemas = (documents.anchorbrowser!.components as JsonObject).schemas as Record<string, JsonObject>;
    const list = (name: string) => schemas[name]!.enum as string[];
    const others = new Set([...list('MobileCountryCode'), ...list('GovCountryCode'), ...list('AnchorProxyCountryCode')]);
    residentialOnly = list('ResidentialCountryCode').filter((code) => !others.has(code));
  });

  const check = (fields: JsonObject) => validator.validate('/components/schemas/SessionConfig', proxy(fields));

  it('anchor_mobile rejects a code found only in the residential list', () => {
    expect(residentialOnly.length).toBeGreaterThan(0);
    for (const code of residentialOnly) expect(check({ type: 'anchor_mobile', country_code: code }), code).not.toEqual([]);
  });

  it('anchor_residential accepts a residential code', () => {
    for (const code of residentialOnly) expect(check({ type: 'anchor_residential', country_code: code }), code).toEqual([]);
  });

  it('without a type, any code from the four lists is accepted and an unknown one rejected', () => {
    expect(check({ country_code: residentialOnly[0]! })).toEqual([]);
    expect(check({ country_code: 'no' })).toEqual([]);
    expect(check({ country_code: 'zz' })).not.toEqual([]);
  });

  it('an unknown proxy type is rejected', () => {
    expect(check({ type: 'bogus', country_code: 'us' })).not.toEqual([]);
  });
});

describe('lossless proof', () => {
  const rawSources = () =>
    discoverManifests(SPECS)
      .find((manifest) => manifest.name === 'anchorbrowser')!
      .sources.map(({ file }) => loadSource(join(SPECS, 'anchorbrowser', file)).value);

  it('finds every fact of the raw inputs in the normalized document', async () => {
    const [manifest] = discoverManifests(SPECS).filter((m) => m.name === 'anchorbrowser');
    const { document, report } = await normalizeApi(manifest!);
    const result = checkLossless(rawSources(), document, report);
    expect(result.missing).toEqual([]);
    expect(result.checked).toBeGreaterThan(1000);
  });

  it('lists exactly the intentional example transformations, each with a reason', async () => {
    const [manifest] = discoverManifests(SPECS).filter((m) => m.name === 'anchorbrowser');
    const { report } = await normalizeApi(manifest!);
    for (const transformation of report.transformations) expect(transformation.reason.length).toBeGreaterThan(10);
  });

  const dropCases: Array<[string, (document: JsonObject) => void, string]> = [
    ['a schema property', (d) => delete (((d.components as JsonObject).schemas as Record<string, JsonObject>).SessionConfig!.properties as JsonObject).live_view, 'property SessionConfig.live_view'],
    ['an enum value', (d) => {
      const schema = ((d.components as JsonObject).schemas as Record<string, JsonObject>).GovCountryCode!;
      schema.enum = (schema.enum as string[]).filter((code) => code !== 'tc');
      const anchor = ((d.components as JsonObject).schemas as Record<string, JsonObject>).AnchorProxyCountryCode!;
      anchor.enum = (anchor.enum as string[]).filter((code) => code !== 'tc');
    }, 'enum GovCountryCode = "tc"'],
    ['an operation', (d) => delete (d.paths as JsonObject)['/v1/task'], 'operation POST /v1/task'],
    ['a parameter', (d) => {
      const op = ((d.paths as JsonObject)['/v1/task/run/{taskName}'] as JsonObject).post as JsonObject;
      op.parameters = [];
    }, 'parameter POST /v1/task/run/{taskName} path:taskName'],
    ['a description', (d) => delete ((((d.components as JsonObject).schemas as Record<string, JsonObject>).SessionConfig!.properties as JsonObject).initial_url as JsonObject).description, 'description The URL to navigate to'],
    ['an example', (d) => {
      const op = ((d.paths as JsonObject)['/v1/task'] as JsonObject).post as JsonObject;
      delete ((op.requestBody as JsonObject).content as Record<string, JsonObject>)['application/json']!.examples;
    }, 'example {"code":"Y29'],
  ];

  it.each(dropCases)('fails when normalization drops %s', (_label, drop, expected) => {
    const broken = structuredClone(documents.anchorbrowser!);
    drop(broken);
    const { missing } = checkLossless(rawSources(), broken, new NormalizationReport());
    expect(missing.map((fact) => `${fact.kind} ${fact.key}`).some((key) => key.startsWith(expected))).toBe(true);
  });
});
