import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node, Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { findConditionalSchemas } from '../../src/codegen/passes/conditional-properties.js';
import { schemaFile } from '../../src/codegen/generated-files.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { componentSchemas, walkSchema } from '../../src/openapi/schemas.js';
import { isObject } from '../../src/openapi/types.js';
import { apisUnderTest } from '../apis/under-test.js';
import { passContext } from './context.js';

const apis = await apisUnderTest();

const fixture: JsonObject = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/pets': {
      post: {
        operationId: 'createPet',
        summary: 'Create a pet',
        description: 'Adds a pet.',
        deprecated: true,
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        title: 'A pet',
        description: 'Something that lives with you.',
        type: 'object',
        properties: {
          name: { type: 'string', description: 'What it answers to.' },
          kind: { type: 'string', enum: ['cat', 'dog', 'fish'], description: 'Species.' },
          sound: { type: 'string', enum: ['meow', 'woof', 'blub'], description: 'What it says.' },
          legacyId: { type: 'string', deprecated: true, description: 'Old id.' },
        },
        required: ['name'],
        allOf: [
          { if: { properties: { kind: { const: 'cat' } }, required: ['kind'] }, then: { properties: { sound: { $ref: '#/components/schemas/CatSound' } } } },
          { if: { properties: { kind: { const: 'dog' } }, required: ['kind'] }, then: { properties: { sound: { enum: ['woof'] } }, required: ['sound'] } },
        ],
      },
      CatSound: { type: 'string', enum: ['meow'] },
      ApiError: { type: 'object', properties: { reason: { type: 'string' } } },
    },
  },
};

const cases = [
  ['a cat that meows', `{ name: 'Tom', kind: 'cat', sound: 'meow' }`, true],
  ['a cat that barks', `{ name: 'Tom', kind: 'cat', sound: 'woof' }`, false],
  ['a dog must say something (then.required)', `{ name: 'Rex', kind: 'dog' }`, false],
  ['a dog that woofs', `{ name: 'Rex', kind: 'dog', sound: 'woof' }`, true],
  ['a fish (no if names it) with any listed sound', `{ name: 'Nemo', kind: 'fish', sound: 'meow' }`, true],
  ['no kind: any listed sound', `{ name: 'X', sound: 'woof' }`, true],
  ['an unlisted sound', `{ name: 'X', sound: 'moo' }`, false],
  ['the common required property stays required', `{ kind: 'cat' }`, false],
] as const;

let compiled: Promise<Map<number, string[]>> | undefined;

/** Compiles every case once, one per line, and returns the errors by line. */
function compileCases(): Promise<Map<number, string[]>> {
  compiled ??= (async () => {
    const types = await schemaFile(passContext(fixture));
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
    project.createSourceFile('/schema.ts', types);
    const use = project.createSourceFile('/use.ts', [`import type { Pet } from './schema';`, ...cases.map(([, value], index) => `export const pet${index}: Pet = ${value};`)].join('\n'));
    const errors = new Map<number, string[]>();
    for (const diagnostic of use.getPreEmitDiagnostics()) {
      const line = diagnostic.getLineNumber()! - 2;
      errors.set(line, [...(errors.get(line) ?? []), String(diagnostic.getMessageText()).split('\n')[0]!]);
    }
    return errors;
  })();
  return compiled;
}

describe('conditional properties pass (if/then → union)', () => {
  it('finds only the published if/then shape', () => {
    expect(findConditionalSchemas(fixture)).toEqual([{ component: 'Pet', discriminator: 'kind', conditions: expect.any(Array) }]);
    const withoutRequired = structuredClone(fixture);
    ((componentSchemas(withoutRequired).Pet as JsonObject).allOf as JsonObject[]).forEach((member) => delete (member.if as JsonObject).required);
    expect(findConditionalSchemas(withoutRequired)).toEqual([]);
  });

  it.each(cases.map(([name, , compiles], index) => [name, index, compiles] as const))('%s', async (_, index, compiles) => {
    const errors = (await compileCases()).get(index) ?? [];
    expect(errors.length === 0, errors.join('; ')).toBe(compiles);
  });
});

describe('JSDoc', () => {
  it('documents operations, named exports and deprecations; reserved names get a Schema suffix', async () => {
    const types = await schemaFile(passContext(fixture, { reserved: ['ApiError'] }));
    const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('schema.ts', types);
    const docs = (node: Node | undefined) => (node && Node.isJSDocable(node) ? node.getJsDocs().map((doc) => doc.getText()).join('\n') : '');
    const operation = file.getInterfaceOrThrow('operations').getPropertyOrThrow('createPet');
    expect(docs(operation)).toContain('Create a pet');
    expect(docs(operation)).toContain('Adds a pet.');
    expect(docs(operation)).toContain('`POST /pets`');
    expect(docs(operation)).toContain('@deprecated');
    expect(docs(file.getTypeAliasOrThrow('Pet'))).toMatch(/A pet[\s\S]*Something that lives with you\./);
    expect(docs(file.getTypeAliasOrThrow('CreatePetRequestBody'))).toMatch(/Request body of `createPet` \(`POST \/pets`\)[\s\S]*@deprecated/);
    expect(file.getTypeAlias('ApiError')).toBeUndefined();
    expect(file.getTypeAliasOrThrow('ApiErrorSchema').getTypeNodeOrThrow().getText()).toBe('components["schemas"]["ApiError"]');
    expect(types).toMatch(/@deprecated\s+\* @description Old id\.\s+\*\/\s+legacyId\?: string;/);
  });

  // Every API under test: a described property without its JSDoc is a pass that lost it.
  let described = 0;
  it.each(apis.map((api) => [api.name, api] as const))('gives every described schema property of %s a JSDoc in schema.ts', (_name, api) => {
    const types = readFileSync(join(api.generatedDir, 'src/schema.ts'), 'utf8');
    const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('schema.ts', types);
    const documented = new Set(file.getDescendants().filter(Node.isPropertySignature).flatMap((property) => property.getJsDocs().map((doc) => doc.getDescription().replace(/\s+/g, ' ').trim() + doc.getTags().map((tag) => tag.getCommentText() ?? '').join(' ').replace(/\s+/g, ' '))));
    const expected: string[] = [];
    for (const schema of Object.values(componentSchemas(api.document))) {
      walkSchema(schema, [], (node) => {
        if (!isObject(node.properties)) return;
        for (const property of Object.values(node.properties)) {
          if (isObject(property) && typeof property.description === 'string') expected.push(property.description.replace(/\s+/g, ' ').trim());
        }
      });
    }
    described += expected.length;
    const texts = [...documented].join('\n');
    for (const description of expected) expect(texts, description).toContain(description);
  });

  it('checked some described properties (the loop above is not vacuous)', () => {
    expect(described).toBeGreaterThan(0);
  });
});
