import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { schemaFile } from '../../src/codegen/generated-files.js';
import { runPasses } from '../../src/codegen/pass.js';
import { bannerPass } from '../../src/codegen/passes/banner.js';
import { namedExportsPass } from '../../src/codegen/passes/named-exports.js';
import { sha256 } from '../../src/sha256.js';
import { pascalCase } from '../../src/openapi/names.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { apisUnderTest } from '../apis/under-test.js';
import { passContext } from './context.js';

const apis = await apisUnderTest();

const fixture: JsonObject = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } } },
      },
    },
  },
  components: {
    schemas: {
      Thing: { type: 'object', properties: { name: { type: 'string' } } },
      CreateThingResponse: { type: 'string' },
    },
  },
};

const file = () => new Project({ useInMemoryFileSystem: true }).createSourceFile('t.ts', 'export interface operations {}\n');

describe('banner pass', () => {
  it('says do not edit, names the source, its sha256 and the generator versions', () => {
    const source = file();
    const text = runPasses(source, [bannerPass], { ...passContext(fixture), banner: { source: 'openapi.yaml', sha256: 'abc', versions: { 'openapi-typescript': '7.13.0' } } });
    expect(text.startsWith(
      '/**\n * This file was generated. Do not edit it by hand: run `npm run generate`.\n * Source: openapi.yaml\n * Source sha256: abc\n * Generators: openapi-typescript 7.13.0\n */\n',
    )).toBe(true);
  });
});

describe('named exports pass', () => {
  it('exports every component schema and the operation types, resolving name clashes by the documented rule', () => {
    const source = file();
    runPasses(source, [namedExportsPass], passContext(fixture, { project: source.getProject() }));
    const aliases = Object.fromEntries(source.getTypeAliases().map((alias) => [alias.getName(), alias.getTypeNode()!.getText()]));
    expect(aliases).toEqual({
      Thing: 'components["schemas"]["Thing"]',
      CreateThingResponse: 'components["schemas"]["CreateThingResponse"]',
      CreateThingRequestBody: 'NonNullable<operations["createThing"]["requestBody"]>["content"]["application/json"]',
      CreateThingParameters: 'operations["createThing"]["parameters"]',
      CreateThingOperationResponse: 'operations["createThing"]["responses"][200]["content"]["application/json"]',
    });
  });

  it('makes identifiers of any component name', () => {
    expect(pascalCase('task-run_status')).toBe('TaskRunStatus');
    expect(pascalCase('2fa')).toBe('_2fa');
  });
});

describe('generateTypes', () => {
  it.each(apis.map((api) => [api.name, api] as const))('%s: stamps the sha256 of the exact normalized document text, as generate wrote it', async (_name, api) => {
    const types = await schemaFile(passContext(api.document, { documentText: api.documentText }));
    expect(types).toContain(`Source sha256: ${sha256(api.documentText)}`);
    expect(readFileSync(join(api.generatedDir, 'src/schema.ts'), 'utf8')).toBe(types);
  });

  it('keeps fields with a default optional (defaultNonNullable: false)', async () => {
    const document: JsonObject = {
      openapi: '3.1.0',
      info: { title: 'Defaults', version: '1' },
      paths: {},
      components: { schemas: { RunOptions: { type: 'object', properties: { cleanup_sessions: { type: 'boolean', default: true }, name: { type: 'string' } }, required: ['name'] } } },
    };
    const types = await schemaFile(passContext(document));
    expect(types).toMatch(/cleanup_sessions\?: boolean;/);
    expect(types).toMatch(/name: string;/);
  });
});
