import { describe, expect, it } from 'vitest';
import { SpecError } from '../../../src/errors.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { checkRefCycles } from '../../../src/normalize/sources/ref-cycles.js';

/** Errors name `file` and the pointer. */
const inFile = (file: string) => (pointer: string) => ({ file, location: { pointer } });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** `schemas`, used from a parameter, a request body and a response. */
function document(schemas: JsonObject, extra: JsonObject = {}): JsonObject {
  return {
    openapi: '3.1.0',
    paths: {
      '/x': {
        post: {
          parameters: [{ name: 'q', in: 'query', schema: ref('A') }],
          requestBody: { content: { 'application/json': { schema: ref('A'), example: { $ref: '#/components/schemas/A' } } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: ref('A') } } } },
        },
      },
    },
    components: { schemas, ...extra },
  };
}

describe('checkRefCycles: cycles that never descend into the value fail', () => {
  it.each<[string, JsonObject, string]>([
    ['a self-reference', { A: ref('A') }, '/components/schemas/A/$ref'],
    ['a chain of references', { A: ref('B'), B: ref('C'), C: ref('A') }, '/components/schemas/C/$ref'],
    ['allOf A → B → A', { A: { allOf: [ref('B')] }, B: { allOf: [ref('A')] } }, '/components/schemas/B/allOf/0/$ref'],
    ['anyOf through oneOf', { A: { oneOf: [ref('B'), { type: 'string' }] }, B: { anyOf: [{ type: 'integer' }, ref('A')] } }, '/components/schemas/B/anyOf/1/$ref'],
    ['not', { A: { not: ref('A') } }, '/components/schemas/A/not/$ref'],
    ['if/then/else', { A: { if: { type: 'object' }, then: ref('B') }, B: { else: ref('A') } }, '/components/schemas/B/else/$ref'],
    ['dependentSchemas', { A: { dependentSchemas: { 'x/y': ref('A') } } }, '/components/schemas/A/dependentSchemas/x~1y/$ref'],
    ['a reference into another schema', { A: { properties: { p: { allOf: [ref('A/properties/p')] } } } }, '/components/schemas/A/properties/p/allOf/0/$ref'],
  ])('%s', (_name, schemas, pointer) => {
    let error: unknown;
    try {
      checkRefCycles(document(schemas), inFile('api.yaml'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).location.pointer).toBe(pointer);
    expect((error as SpecError).reason).toMatch(/^schema cycle that never descends into the value: #\/components\/schemas\/\S+( → #\S+)+ \(no value can be validated/);
  });

  it('a cycle among parameters', () => {
    const parameters = { P: { $ref: '#/components/parameters/Q' }, Q: { $ref: '#/components/parameters/P' } };
    expect(() => checkRefCycles(document({ A: { type: 'string' } }, { parameters }), inFile('api.yaml'))).toThrow(/#\/components\/parameters\/Q\/\$ref: schema cycle/);
  });

  it('names where the file has it', () => {
    const locate = (pointer: string) => ({ file: 'api.yaml', location: { line: 7, column: 3, pointer } });
    expect(() => checkRefCycles(document({ A: ref('A') }), locate)).toThrow(/^api\.yaml:7:3 #\/components\/schemas\/A\/\$ref: /);
  });
});

describe('checkRefCycles: legal recursion and sharing pass', () => {
  it.each<[string, JsonObject]>([
    ['recursion through properties', { A: { type: 'object', properties: { next: ref('A'), all: { allOf: [ref('A')] } } } }],
    ['recursion through items', { A: { type: 'array', items: { oneOf: [ref('A'), { type: 'string' }] } } }],
    ['recursion through additionalProperties', { A: { type: 'object', additionalProperties: { anyOf: [ref('B')] } }, B: { allOf: [ref('A')] } }],
    ['a diamond', { A: { allOf: [ref('B'), ref('C')] }, B: { allOf: [ref('D')] }, C: { allOf: [ref('D')] }, D: { type: 'string' } }],
    ['a $ref key in example data', { A: { type: 'object', example: { $ref: '#/components/schemas/A' }, default: { $ref: '#' } } }],
  ])('%s', (_name, schemas) => {
    expect(() => checkRefCycles(document(schemas), inFile('api.yaml'))).not.toThrow();
  });

  it('a chain of 20,000 references is walked without recursion', () => {
    const schemas = Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`S${index}`, index === 19_999 ? { type: 'string' } : ref(`S${index + 1}`)]));
    const started = performance.now();
    expect(() => checkRefCycles(document({ ...schemas, A: ref('S0') }), inFile('api.yaml'))).not.toThrow();
    expect(() => checkRefCycles(document({ ...schemas, S19999: ref('S0'), A: ref('S0') }), inFile('api.yaml'))).toThrow(/→ … → #\/components\/schemas\/S0/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
