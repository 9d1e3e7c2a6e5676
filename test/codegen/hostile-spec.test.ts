/**
 * A spec written by an attacker: every field that reaches generated output
 * (doc comments, string literal types, property keys, operation and
 * component names, paths, enum values, the manifest's text) carries code
 * that would set `globalThis.PWNED` if it escaped its construct, once per
 * way out (closing a comment, ending a string of each quote, a template
 * interpolation, a line break of each kind). The packages must generate
 * and compile, every payload must be found in the output (so the field did
 * reach it), and importing each built package and calling it in a child
 * process must run none of them. The README and API.md, rendered by
 * markdown-it with raw HTML and linkify on, must hold only the markup the
 * toolchain wrote: no HTML, no image, no link but its own, no code block
 * opened or closed by spec text.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import MarkdownIt from 'markdown-it';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { REPO_ROOT, runGenerate, tempDir, writeTree } from '../helpers.js';

const run = promisify(execFile);

/** How each payload leaves its construct; `TAG` names the field and the way, so a run shows which one escaped. */
const WAYS_OUT = {
  comment: (tag: string) => `*/Reflect.set(globalThis,"PWNED","${tag}");/*`,
  double: (tag: string) => `";Reflect.set(globalThis,"PWNED","${tag}");"`,
  single: (tag: string) => `';Reflect.set(globalThis,'PWNED','${tag}');'`,
  backtick: (tag: string) => `\`;Reflect.set(globalThis,\`PWNED\`,\`${tag}\`);\``,
  interpolation: (tag: string) => `\${Reflect.set(globalThis,"PWNED","${tag}")}`,
  newline: (tag: string) => `\nReflect.set(globalThis,"PWNED","${tag}");//`,
  separator: (tag: string) => `\u2028Reflect.set(globalThis,"PWNED","${tag}");//`,
  // Markup, for the README and API.md, with no blank (an operationId keeps none): a fence opened, raw HTML, links of every kind, emphasis, a table, math (a `#` is no operationId: normalization rewrites it).
  markdown: (tag: string) => `~~~${tag}<script>alert(1)</script><b>[click](https://evil.com/${tag})![i](https://evil.com/i.png)<https://evil.com>,https://evil.com/x,www.evil.com,evil.com,x@evil.com,&lt;b&gt;\`\`\`ts*em*_em_~~s~~|a|$x$`,
} as const;
type Way = keyof typeof WAYS_OUT;
const WAYS = Object.keys(WAYS_OUT) as Way[];

/** Payload text for `field` in the API of `way`. */
const payload = (way: Way, field: string) => WAYS_OUT[way](`PWN_${field}_${way}`);

/**
 * The document of one API: each field holds a payload. Fields whose
 * OpenAPI syntax forbids some characters (braces in a path make a
 * template) leave those ways out.
 */
function hostileDocument(way: Way): unknown {
  const p = (field: string) => payload(way, field);
  // A path cannot hold a template (`${`) or markup's `#` and `/`: those ways keep a plain segment.
  const pathSegment = way === 'interpolation' || way === 'markdown' ? way : p('path');
  return {
    openapi: '3.1.0',
    info: { title: p('infoTitle'), version: '1', description: p('infoDescription') },
    tags: [{ name: 'things', description: p('tagDescription') }],
    paths: {
      [`/things/${pathSegment}/{thingId}`]: {
        parameters: [{ name: 'thingId', in: 'path', required: true, description: p('pathParameterDescription'), schema: { type: 'string' } }],
        get: {
          operationId: p('operationId'),
          summary: p('summary'),
          description: p('description'),
          tags: ['things'],
          parameters: [
            { name: p('queryParameterName'), in: 'query', description: p('queryParameterDescription'), schema: { type: 'string', enum: [p('queryEnumValue'), 'plain'] } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
          ],
          responses: {
            '200': {
              description: p('responseDescription'),
              headers: { [`x-${way}`]: { description: p('headerDescription'), schema: { type: 'string' } } },
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${componentName(way)}` } } },
            },
            '404': { description: p('errorDescription'), content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } },
          },
        },
        post: {
          operationId: 'use',
          summary: p('renamedSummary'),
          requestBody: {
            description: p('requestBodyDescription'),
            content: { 'application/json': { schema: { type: 'object', properties: { [p('bodyPropertyName')]: { type: 'string' } } } } },
          },
          responses: { '204': { description: 'done' } },
        },
      },
    },
    components: {
      schemas: {
        [componentName(way)]: {
          type: 'object',
          title: p('schemaTitle'),
          description: p('schemaDescription'),
          required: ['items'],
          properties: {
            [p('propertyName')]: {
              type: 'string',
              description: p('propertyDescription'),
              default: p('default'),
              examples: [p('example')],
              format: p('format'),
            },
            kind: { type: 'string', description: p('enumDescription'), enum: [p('enumValue'), 'b'] },
            constant: { const: p('constValue') },
            status: { type: 'string', enum: ['running', p('terminalStatus')] },
            items: { type: 'array', items: { type: 'object', properties: { status: { type: 'string' } } } },
          },
        },
        Problem: { type: 'object', properties: { message: { type: 'string', description: p('errorMessageDescription') } } },
      },
    },
  };
}

/** Component names are restricted to `[a-zA-Z0-9._-]` by OpenAPI, so the name carries a tag but no payload. */
function componentName(way: Way): string {
  return `Thing.${way}-PWN_componentName_${way}`;
}

/** The manifest of one API: its text fields carry payloads that are one line (the manifest refuses line breaks in them). */
function hostileManifest(way: Way): string {
  const oneLine = !['newline', 'separator'].includes(way);
  const p = (field: string) => (oneLine ? payload(way, field) : `plain ${field}`);
  return stringify({
    title: `${p('manifestTitle')} ${way}`,
    baseUrl: 'https://api.example.test/v1',
    auth: { schemeName: 'api_key_header', envVar: 'HOSTILE_API_KEY', securityScheme: { type: 'apiKey', in: 'header', name: 'x-api-key', description: p('securitySchemeDescription') } },
    sources: [{ file: 'openapi.yaml' }],
    // The payloads make operationIds that are not URL-safe: accepted on purpose, as a vendor's quirk would be.
    lint: { 'operation-operationId-url-safe': 'off' },
    tags: [{ name: 'things', description: p('manifestTagDescription'), pathPattern: '^/things' }],
    client: {
      name: `Hostile${way[0]!.toUpperCase()}${way.slice(1)}`,
      errors: { message: '/message' },
      waiters: {
        waitForThing: {
          description: payload(way, 'waiterDescription'),
          operationId: payload(way, 'operationId'),
          idParameter: 'thingId',
          query: { limit: 1 },
          items: '/items',
          status: 'status',
          terminal: [payload(way, 'terminalStatus')],
        },
      },
    },
  });
}

/** Fields whose payload must be found in the generated sources or README. */
const REACHES_OUTPUT = [
  'summary', 'description', 'operationId', 'path', 'pathParameterDescription', 'queryParameterName',
  'queryParameterDescription', 'queryEnumValue', 'responseDescription', 'headerDescription', 'errorDescription',
  'renamedSummary', 'requestBodyDescription', 'bodyPropertyName', 'schemaTitle', 'schemaDescription', 'propertyName',
  'propertyDescription', 'default', 'example', 'format', 'enumDescription', 'enumValue', 'constValue',
  'terminalStatus', 'errorMessageDescription', 'waiterDescription', 'componentName',
];

let root: string;
let outDir: string;
let generated: Awaited<ReturnType<typeof runGenerate>>;

beforeAll(async () => {
  root = tempDir('openapi-clients-hostile-');
  const files: Record<string, string> = {};
  for (const way of WAYS) {
    files[`specs/${way}/manifest.yaml`] = hostileManifest(way);
    files[`specs/${way}/openapi.yaml`] = stringify(hostileDocument(way));
  }
  writeTree(files, root);
  outDir = join(root, 'generated');
  generated = await runGenerate(['--specs', join(root, 'specs'), '--out', outDir, '--quiet']);
  // The packages import openapi-fetch: resolve it from the toolchain, as an installed consumer would have it.
  if (generated.code === 0) symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a spec whose every field carries code', () => {
  it('generates and compiles every package', () => {
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    expect(readdirSync(outDir).filter((entry) => !entry.startsWith('.')).sort()).toEqual([...WAYS].sort());
  });

  it.each(WAYS)('%s: every field reached the output, as text', (way) => {
    const dir = join(outDir, way);
    const output = ['src/schema.ts', 'src/client.ts', 'src/enums.ts', 'README.md'].map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
    const skipped = way === 'interpolation' || way === 'markdown' ? ['path'] : [];
    const missing = REACHES_OUTPUT.filter((field) => !skipped.includes(field) && !output.includes(`PWN_${field}_${way}`));
    expect(missing).toEqual([]);
  });

  it.each(WAYS)('%s: schema.ts compiles to no code at all: it holds types only', (way) => {
    const schema = readFileSync(join(outDir, way, 'dist/schema.js'), 'utf8');
    expect(schema.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').trim()).toBe('export {};');
  });

  it.each(WAYS)('%s: importing the built package and calling it runs no payload', async (way) => {
    const entry = join(outDir, way, 'dist', 'index.js');
    const factory = `createHostile${way[0]!.toUpperCase()}${way.slice(1)}Client`;
    const program = `
      const pkg = await import(${JSON.stringify(entry)});
      const seen = [];
      const client = pkg.${factory}({ apiKey: 'k', fetch: async (url) => { seen.push(url); return new Response('{"items":[{"status":"x"}]}', { headers: { 'content-type': 'application/json' } }); } });
      const methods = Object.keys(client).filter((name) => !['GET','PUT','POST','DELETE','OPTIONS','HEAD','PATCH','TRACE','request','use','eject','waitForThing'].includes(name));
      for (const name of methods) await client[name]({ params: { path: { thingId: 't' } } });
      const enums = Object.keys(pkg).filter((name) => name.endsWith('Values'));
      console.log(JSON.stringify({ pwned: globalThis.PWNED ?? null, methods, enums: enums.length, calls: seen.length, useIsMiddleware: typeof client.use === 'function' && client.use.length === 0 ? 'variadic' : typeof client.use }));
    `;
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', program], { cwd: root, timeout: 30_000 });
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as { pwned: unknown; methods: string[]; enums: number; calls: number };
    expect(result.pwned).toBeNull();
    // The operation named `use` became a method of its own; openapi-fetch's `use` is still middleware.
    expect(result.methods.sort()).toEqual([payload(way, 'operationId'), 'useOperation'].sort());
    expect(result.calls).toBe(2);
    expect(result.enums).toBe(2);
  });

  it.each(WAYS)('%s: the package README keeps every payload inside its own line and code span', (way) => {
    const readme = readFileSync(join(outDir, way, 'README.md'), 'utf8');
    expect(readme.split('\n').filter((line) => line.startsWith('Reflect.set'))).toEqual([]);
  });

  it.each(WAYS)('%s: README.md and API.md render with only the markup the toolchain wrote', (way) => {
    for (const doc of ['README.md', 'API.md']) {
      const markdown = readFileSync(join(outDir, way, doc), 'utf8');
      expect(markdown, doc).toContain(`PWN\\_summary\\_${way}`);
      expect(foreignMarkup(markdown), doc).toEqual([]);
    }
  });
});

/** Links the toolchain writes itself. */
const OWN_LINKS = new Set(['https://openapi-ts.dev/openapi-fetch/', 'API.md', 'README.md']);
const BLOCK_TOKENS = new Set(['heading_open', 'heading_close', 'paragraph_open', 'paragraph_close', 'inline', 'fence', 'bullet_list_open', 'bullet_list_close', 'list_item_open', 'list_item_close']);
const INLINE_TOKENS = new Set(['text', 'code_inline', 'link_open', 'link_close']);

/**
 * What a renderer (markdown-it, raw HTML and linkify on, as npm's was)
 * finds in the Markdown that the toolchain did not write: any HTML, image,
 * emphasis, table, quote, rule, indented code or ordered list; a link
 * elsewhere than the toolchain's own; a fence of another language, or a
 * ts block that is not whole TypeScript (a fence closed early by spec text).
 */
function foreignMarkup(markdown: string): string[] {
  const found: string[] = [];
  for (const token of new MarkdownIt({ html: true, linkify: true }).parse(markdown, {})) {
    if (!BLOCK_TOKENS.has(token.type)) found.push(`block ${token.type}: ${token.content.slice(0, 80)}`);
    if (token.type === 'fence') {
      const info = token.info.trim();
      if (info !== 'ts' && info !== 'sh') found.push(`fence of "${info}": ${token.content.slice(0, 80)}`);
      const { diagnostics = [] } = info === 'ts' ? ts.transpileModule(token.content, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }) : {};
      if (diagnostics.length > 0) found.push(`ts fence that does not parse: ${token.content.slice(0, 80)}`);
    }
    for (const child of token.children ?? []) {
      if (!INLINE_TOKENS.has(child.type)) found.push(`inline ${child.type}: ${child.content.slice(0, 80)}`);
      if (child.type === 'link_open' && !OWN_LINKS.has(child.attrGet('href') ?? '')) found.push(`link to ${child.attrGet('href')}`);
    }
  }
  return found;
}
