import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { enumsFile, schemaFile } from '../../src/codegen/generated-files.js';
import { collectEnums, enumRuntimePass } from '../../src/codegen/passes/enums.js';
import { runPasses } from '../../src/codegen/pass.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { passContext } from './context.js';

const fixture: JsonObject = {
  components: {
    schemas: {
      Color: { type: 'string', description: 'A colour', enum: ['red', 'green'] },
      Proxy: {
        type: 'object',
        properties: {
          kind: { oneOf: [{ const: 'a', title: 'a' }, { const: 'b', title: 'b' }] },
          nested: { type: 'object', properties: { level: { enum: [1, 2] } } },
          free: { type: 'string' },
        },
      },
    },
  },
};

describe('enum runtime pass', () => {
  it('finds component enums, property enums at any depth and const unions, by shape', () => {
    expect(collectEnums(fixture).map(({ name, values }) => [name, values])).toEqual([
      ['Color', ['red', 'green']],
      ['ProxyKind', ['a', 'b']],
      ['ProxyNestedLevel', [1, 2]],
    ]);
  });

  it('emits an as-const array checked against the schema type, and a guard', () => {
    const context = passContext(fixture);
    const text = runPasses(context.project.createSourceFile('enums.ts', ''), [enumRuntimePass], context);
    expect(text).toContain('import type { components } from "./schema.js";');
    expect(text).toContain('type SchemaValues<V extends T, T> = V;');
    expect(text).toContain('export const colorValues = ["red", "green"] as const;');
    expect(text).toContain('export function isColor(value: unknown): value is SchemaValues<(typeof colorValues)[number], components["schemas"]["Color"]> {');
    expect(text).toContain('export function isProxyKind(value: unknown): value is SchemaValues<(typeof proxyKindValues)[number], PropertyOf<NonNullable<components["schemas"]["Proxy"]>, "kind">> {');
    expect(text).toContain('PropertyOf<NonNullable<PropertyOf<NonNullable<components["schemas"]["Proxy"]>, "nested">>, "level">');
  });
});

/** Shapes from GitHub's REST API that once made enums.ts fail to compile. */
const awkward: JsonObject = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      // A nullable owner, and an enum that holds null.
      'nullable-owner': { type: ['object', 'null'], properties: { side: { type: ['string', 'null'], enum: ['LEFT', 'RIGHT', null] } } },
      // openapi-typescript prints `{ … } | unknown` for an anyOf of required lists: not indexable.
      'setup-update': { type: 'object', properties: { state: { type: 'string', enum: ['on', 'off'] } }, anyOf: [{ required: ['state'] }] },
      // `analysis.status` and the component `analysis-status` both want the name AnalysisStatus.
      analysis: { type: 'object', properties: { status: { type: 'string', enum: ['queued', 'done'] } } },
      'analysis-status': { type: 'string', enum: ['in_progress', 'succeeded'] },
    },
  },
};

describe('enum runtime pass: reading the arrays', () => {
  const documented: JsonObject = {
    components: {
      schemas: {
        Kind: {
          type: 'object',
          properties: {
            mode: {
              description: 'How it runs.',
              oneOf: [{ const: 'fast', title: 'fast', description: 'Skips the checks.' }, { const: 'safe', title: 'Checked', description: 'Runs\n  every check.' }, { const: 'dry', title: 'dry' }],
            },
          },
        },
        Codes: { enum: Array.from({ length: 60 }, (_, index) => `code-${index}`) },
      },
    },
  };
  const text = () => {
    const context = passContext(documented);
    return runPasses(context.project.createSourceFile('enums.ts', ''), [enumRuntimePass], context);
  };

  it('say where the values are, what the schema says and what each described value means', () => {
    expect(text()).toContain([
      '/**',
      ' * Every value of `Kind.mode`.',
      ' *',
      ' * How it runs.',
      ' *',
      ' * - `"fast"`: Skips the checks.',
      ' * - `"safe"`: Runs every check.',
      ' */',
      'export const kindModeValues = ["fast", "safe", "dry"] as const;',
    ].join('\n'));
  });

  it('wrap a long array to lines of at most 100 columns, every value kept in order', () => {
    const block = text().split('export const codesValues = ')[1]!.split(' as const;')[0]!;
    const lines = block.split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-1)).toBe(']');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(lines.slice(1, -1).every((line) => line.startsWith('    "code-'))).toBe(true);
    expect(JSON.parse(block.replace(/,\n]$/, ']'))).toEqual((documented.components as { schemas: { Codes: { enum: string[] } } }).schemas.Codes.enum);
  });
});

describe('enum runtime pass on awkward schemas', () => {
  it('lets the component keep its name and numbers the property enum', () => {
    expect(collectEnums(awkward).map(({ name, values }) => [name, values])).toEqual([
      ['NullableOwnerSide', ['LEFT', 'RIGHT', null]],
      ['SetupUpdateState', ['on', 'off']],
      ['AnalysisStatus2', ['queued', 'done']],
      ['AnalysisStatus', ['in_progress', 'succeeded']],
    ]);
  });

  it('compiles against the generated schema types', async () => {
    const context = passContext(awkward);
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
    project.createSourceFile('/schema.ts', await schemaFile(context));
    const enums = project.createSourceFile('/enums.ts', enumsFile(context).replace('./schema.js', './schema'));
    expect(enums.getPreEmitDiagnostics().map((diagnostic) => String(diagnostic.getMessageText()))).toEqual([]);
    expect(enums.getFullText()).toContain('export const analysisStatus2Values = ["queued", "done"]');
  });
});
