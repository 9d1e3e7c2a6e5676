/** Long literal unions in schema.ts, written on lines of their own; the rest as openapi-typescript printed it. */
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { schemaFile } from '../../src/codegen/generated-files.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { passContext } from './context.js';

const codes = Array.from({ length: 40 }, (_, index) => `c${index}`);

const document: JsonObject = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        parameters: [{ name: 'code', in: 'query', schema: { type: 'string', enum: codes } }],
        responses: { '200': { description: 'OK' } },
      },
    },
  },
  components: {
    schemas: {
      Codes: { type: 'string', enum: codes },
      Short: { type: 'string', enum: ['a', 'b'] },
      Mixed: { type: 'string', anyOf: [{ enum: codes }, { type: 'string', format: 'uuid' }] },
      Conditional: {
        type: 'object',
        properties: { kind: { enum: ['x', 'y'] }, code: { enum: codes } },
        allOf: [{ if: { properties: { kind: { const: 'x' } }, required: ['kind'] }, then: { properties: { code: { $ref: '#/components/schemas/Short' } } } }],
      },
    },
  },
};

describe('long unions pass', async () => {
  const text = await schemaFile(passContext(document));

  it('wraps a component enum and an inline parameter enum past 100 columns, each line starting with |', () => {
    expect(text).toContain(`        Codes:\n            | "c0" | "c1" |`);
    expect(text).toMatch(/ {16}code\?:\n {20}\| "c0" \|/);
    const wrappedLines = text.split('\n').filter((line) => /^\s+\| "c\d+"/.test(line));
    for (const line of wrappedLines) expect(line.length).toBeLessThanOrEqual(100);
    expect(text.split('\n').filter((line) => line.endsWith(' '))).toEqual([]);
  });

  it('leaves short unions, unions of other types and the components the conditional-properties pass rewrites', () => {
    expect(text).toContain('Short: "a" | "b";');
    expect(text).not.toMatch(/Mixed:\n/);
    expect(text).toMatch(/code\?: "c0" \| "c1" \| "c2"/);
  });

  it('keeps every value, and the file compiles', () => {
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
    const file = project.createSourceFile('/schema.ts', text);
    project.createSourceFile('/use.ts', `import type { Codes } from './schema';\nexport const all: Codes[] = ${JSON.stringify(codes)};\n// @ts-expect-error not a code\nexport const other: Codes = "c40";\n`);
    expect(project.getPreEmitDiagnostics().map((diagnostic) => String(diagnostic.getMessageText()))).toEqual([]);
    expect(file.getInterfaceOrThrow('components').getPropertyOrThrow('schemas').getText()).toContain('| "c39";');
  });
});
