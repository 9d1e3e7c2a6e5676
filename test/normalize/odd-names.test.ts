/**
 * Names from a spec are data. Properties, components, media types and paths
 * named like Object.prototype's members (or `__proto__`) are kept as they
 * are by every pass, are never found where they are not, and never reach a
 * prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/source.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { resolvePointer } from '../../src/openapi/pointer.js';
import { merge } from '../../src/normalize/assemble/merge.js';
import { examples } from '../../src/normalize/repair/examples.js';
import { order } from '../../src/normalize/repair/order.js';
import { NormalizationReport } from '../../src/normalize/report.js';
import { convertMintlifyPage } from '../../src/normalize/sources/mintlify.js';
import { checkRefs } from '../../src/normalize/sources/refs.js';
import { checkLossless } from '../../src/normalize/verify/lossless.js';
import { lintDocument } from '../../src/normalize/verify/validate.js';
import { apiContext, fragment } from './given.js';

const NAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'toString', 'prototype', 'isPrototypeOf', '__defineGetter__'];

/** JSON text keeps `__proto__` as data, as the YAML reader does. */
const fromJson = (value: unknown): JsonObject => parseSource(JSON.stringify(value), 'odd.json').value;
const inOdd = (pointer: string) => ({ file: 'odd.json', location: { pointer } });
const orderDocument = (document: JsonObject) => order.run(document, apiContext()) as JsonObject;
/** The merge of `documents` (file name → document), and its report. */
function mergeDocuments(documents: Array<[string, JsonObject]>): { merged: JsonObject; report: NormalizationReport } {
  const context = apiContext({ sources: documents.map(([file, document]) => fragment(file, document)) });
  return { merged: merge.run({}, context) as JsonObject, report: context.report };
}

function documentNaming(name: string): JsonObject {
  return fromJson({
    openapi: '3.1.0',
    info: { title: 't', version: '1', description: 'd' },
    servers: [{ url: 'https://api.example.test' }],
    security: [],
    paths: {
      '/things': {
        post: {
          operationId: 'postThing',
          summary: 's',
          description: 'd',
          requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` }, example: { [name]: 'red' } } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` }, example: { [name]: 'x' } } } }, '400': { description: 'bad' } },
        },
      },
    },
    components: { schemas: { [name]: { type: 'object', required: [name], properties: { [name]: { type: 'string', enum: ['red', 'blue'] } } } } },
  });
}

afterEach(() => {
  // Nothing may have leaked into every object.
  for (const key of ['get', 'type', 'enum', 'x', 'red']) expect(key in {}, key).toBe(false);
});

describe.each(NAMES)('a property and a component named %s', (name) => {
  it('reads as own keys, and a pointer to one that is missing dangles', () => {
    const document = documentNaming(name);
    expect(Object.keys((document.components as { schemas: object }).schemas)).toEqual([name]);
    expect(() => checkRefs(document, inOdd)).not.toThrow();
    expect(resolvePointer({ components: { schemas: {} } }, `#/components/schemas/${name}`)).toBeUndefined();
    expect(() => checkRefs({ paths: { '/x': { get: { $ref: `#/components/schemas/${name}` } } }, components: { schemas: {} } }, inOdd)).toThrow(/dangling \$ref/);
  });

  it('merges: identical definitions collapse, different ones conflict naming the first source', () => {
    const second = { ...documentNaming(name), paths: {} };
    const { merged: same, report } = mergeDocuments([['a.json', documentNaming(name)], ['b.json', second]]);
    expect(Object.keys((same.components as { schemas: object }).schemas)).toEqual([name]);
    expect(report.transformations).toContainEqual(expect.objectContaining({ kind: 'merge-identical-component-collapsed', source: 'b.json' }));
    const other = documentNaming(name);
    Object.defineProperty((other.components as { schemas: object }).schemas, name, { value: { type: 'string' } });
    other.paths = {};
    expect(() => mergeDocuments([['a.json', documentNaming(name)], ['b.json', other]])).toThrow(
      new RegExp(`differs from the one in a\\.json`),
    );
  });

  it('keeps its place through ordering, example fixes and the lossless proof', () => {
    const raw = documentNaming(name);
    const document = orderDocument(structuredClone(raw));
    expect(Object.keys((document.components as { schemas: object }).schemas)).toEqual([name]);
    const context = apiContext();
    const { report } = context;
    examples.run(document, context);
    // The response example's `x` is not in the enum: replaced (it is required), and undone by the proof.
    // Ajv leaves a property named `__proto__` out of `properties` on purpose, so that example stays.
    const fixes = name === '__proto__' ? [] : [expect.objectContaining({ kind: 'example-invalid-value-replaced', before: 'x', after: 'red' })];
    expect(report.transformations).toEqual(fixes);
    const example = resolvePointer(document, '/paths/~1things/post/responses/200/content/application~1json/example') as JsonObject;
    expect(Object.keys(example)).toEqual([name]);
    expect(Object.getPrototypeOf(example)).toBe(Object.prototype);
    expect(checkLossless([raw], document, report).missing).toEqual([]);
  });

  it('lints without Redocly falling over the name', async () => {
    const problems = await lintDocument(orderDocument(documentNaming(name)), 'odd');
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

describe('a Mintlify page with odd names', () => {
  it.each(NAMES)('refIdentifier, media type and status %s are kept', (name) => {
    const page = parseSource(
      JSON.stringify({
        paths: {
          path: '/x',
          method: 'post',
          request: { body: { 'application/json': { schemaArray: [{ type: 'object', refIdentifier: `#/components/schemas/${name}`, properties: { [name]: { allOf: [{ type: 'string' }] } } }] } } },
          response: { '200': { [name]: { schemaArray: [{ type: 'string' }] } } },
        },
      }),
      'page.json',
    );
    const converted = convertMintlifyPage(page, new NormalizationReport());
    expect(Object.keys((converted.components as { schemas: object }).schemas)).toEqual([name]);
    expect(resolvePointer(converted, `/components/schemas/${name}/properties/${name}`)).toEqual({ type: 'string' });
    expect(Object.keys(resolvePointer(converted, '/paths/~1x/post/responses/200/content') as object)).toEqual([name]);
  });
});

describe('a path named __proto__', () => {
  it('stays a path and changes no prototype', () => {
    // Written as text: in an object literal, `__proto__:` would set the prototype.
    const document = parseSource('{"openapi": "3.1.0", "paths": {"__proto__": {"get": {"responses": {}}}}, "components": {"__proto__": {"x": {}}}}', 'odd.json').value;
    const { merged } = mergeDocuments([['a.json', document]]);
    expect(Object.keys(merged.paths as object)).toEqual(['__proto__']);
    expect(Object.keys(merged.components as object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(merged.paths)).toBe(Object.prototype);
  });
});
