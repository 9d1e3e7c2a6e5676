import { describe, expect, it } from 'vitest';
import { operations } from '../../src/openapi/operations.js';
import { toPointer } from '../../src/openapi/pointer.js';
import { rootSchemas, walkSchema } from '../../src/openapi/schemas.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { SKIP, visit, visitDocument, type NodeType, type Visitor } from '../../src/openapi/visit.js';

const NODE_TYPES: NodeType[] = [
  'Document', 'Components', 'PathItem', 'Operation', 'Parameter', 'RequestBody', 'MediaType', 'Encoding', 'Response',
  'Header', 'Example', 'Link', 'Callback', 'SecurityScheme', 'Schema', 'Reference',
];

/** `Type #/pointer` for every node the visitor reports, in order. */
function reported(document: JsonObject, types: NodeType[] = NODE_TYPES): string[] {
  const seen: string[] = [];
  const visitor: Visitor = {};
  for (const type of types) (visitor as Record<string, unknown>)[type] = (_node: unknown, { path }: { path: readonly (string | number)[] }) => { seen.push(`${type} #${toPointer(path)}`); };
  visitDocument(document, visitor);
  return seen;
}

const schema = { type: 'string' };
const media = { 'application/json': { schema } };

describe('visitDocument reports every place a node can occur', () => {
  it.each<[string, JsonObject, string[]]>([
    ['components of every kind', {
      components: {
        schemas: { Pet: schema },
        responses: { NotFound: { description: 'x', content: media } },
        parameters: { Limit: { name: 'limit', in: 'query', schema } },
        examples: { One: { value: 1 } },
        requestBodies: { Body: { content: media } },
        headers: { Rate: { schema } },
        securitySchemes: { key: { type: 'apiKey', name: 'k', in: 'header' } },
        links: { Next: { operationId: 'list' } },
        callbacks: { onEvent: { '{$request.body#/url}': { post: { responses: {} } } } },
        pathItems: { Shared: { get: {} } },
      },
    }, [
      'Components #/components',
      'Schema #/components/schemas/Pet',
      'Response #/components/responses/NotFound', 'MediaType #/components/responses/NotFound/content/application~1json', 'Schema #/components/responses/NotFound/content/application~1json/schema',
      'Parameter #/components/parameters/Limit', 'Schema #/components/parameters/Limit/schema',
      'Example #/components/examples/One',
      'RequestBody #/components/requestBodies/Body', 'MediaType #/components/requestBodies/Body/content/application~1json', 'Schema #/components/requestBodies/Body/content/application~1json/schema',
      'Header #/components/headers/Rate', 'Schema #/components/headers/Rate/schema',
      'SecurityScheme #/components/securitySchemes/key',
      'Link #/components/links/Next',
      'Callback #/components/callbacks/onEvent', 'PathItem #/components/callbacks/onEvent/{$request.body#~1url}', 'Operation #/components/callbacks/onEvent/{$request.body#~1url}/post',
      'PathItem #/components/pathItems/Shared', 'Operation #/components/pathItems/Shared/get',
    ]],
    ['an operation: parameters at both levels, body, responses with headers and links, callbacks', {
      paths: {
        '/pets/{id}': {
          parameters: [{ name: 'id', in: 'path', schema }],
          get: {
            parameters: [{ name: 'q', in: 'query', content: media, examples: { a: { value: 'x' } } }],
            requestBody: { content: { 'multipart/form-data': { schema, encoding: { file: { headers: { 'X-Part': { schema } } } } } } },
            responses: { 200: { description: 'ok', headers: { 'X-Rate': { schema } }, content: media, links: { self: {} } } },
            callbacks: { done: { '{$url}': { post: {} } } },
          },
        },
      },
    }, [
      'PathItem #/paths/~1pets~1{id}',
      'Parameter #/paths/~1pets~1{id}/parameters/0', 'Schema #/paths/~1pets~1{id}/parameters/0/schema',
      'Operation #/paths/~1pets~1{id}/get',
      'Parameter #/paths/~1pets~1{id}/get/parameters/0', 'MediaType #/paths/~1pets~1{id}/get/parameters/0/content/application~1json',
      'Schema #/paths/~1pets~1{id}/get/parameters/0/content/application~1json/schema', 'Example #/paths/~1pets~1{id}/get/parameters/0/examples/a',
      'RequestBody #/paths/~1pets~1{id}/get/requestBody', 'MediaType #/paths/~1pets~1{id}/get/requestBody/content/multipart~1form-data',
      'Schema #/paths/~1pets~1{id}/get/requestBody/content/multipart~1form-data/schema',
      'Encoding #/paths/~1pets~1{id}/get/requestBody/content/multipart~1form-data/encoding/file',
      'Header #/paths/~1pets~1{id}/get/requestBody/content/multipart~1form-data/encoding/file/headers/X-Part',
      'Schema #/paths/~1pets~1{id}/get/requestBody/content/multipart~1form-data/encoding/file/headers/X-Part/schema',
      'Response #/paths/~1pets~1{id}/get/responses/200', 'Header #/paths/~1pets~1{id}/get/responses/200/headers/X-Rate',
      'Schema #/paths/~1pets~1{id}/get/responses/200/headers/X-Rate/schema', 'MediaType #/paths/~1pets~1{id}/get/responses/200/content/application~1json',
      'Schema #/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema', 'Link #/paths/~1pets~1{id}/get/responses/200/links/self',
      'Callback #/paths/~1pets~1{id}/get/callbacks/done', 'PathItem #/paths/~1pets~1{id}/get/callbacks/done/{$url}', 'Operation #/paths/~1pets~1{id}/get/callbacks/done/{$url}/post',
    ]],
    ['webhooks, after paths', { webhooks: { newPet: { post: {} } }, paths: { '/a': { get: {} } } }, [
      'PathItem #/paths/~1a', 'Operation #/paths/~1a/get', 'PathItem #/webhooks/newPet', 'Operation #/webhooks/newPet/post',
    ]],
    ['references where the specification allows them, not followed', {
      paths: { '/a': { get: { parameters: [{ $ref: '#/components/parameters/P' }], requestBody: { $ref: '#/components/requestBodies/B' }, responses: { 200: { $ref: '#/components/responses/R' } } } } },
    }, [
      'PathItem #/paths/~1a', 'Operation #/paths/~1a/get', 'Reference #/paths/~1a/get/parameters/0', 'Reference #/paths/~1a/get/requestBody', 'Reference #/paths/~1a/get/responses/200',
    ]],
    ['a schema or path item with its $ref (a field there, not a Reference Object)', {
      paths: { '/a': { $ref: '#/components/pathItems/A' } }, components: { schemas: { B: { $ref: '#/components/schemas/C', properties: { x: schema } } } },
    }, [
      'Components #/components', 'Schema #/components/schemas/B', 'Schema #/components/schemas/B/properties/x', 'PathItem #/paths/~1a',
    ]],
    ['no extensions in pattern-keyed maps, no values of the wrong kind', {
      paths: { 'x-internal': { get: {} }, '/a': 'not a path item', '/b': { get: { responses: { 'x-note': { description: 'x' }, 200: 7 } } } },
    }, ['PathItem #/paths/~1b', 'Operation #/paths/~1b/get']],
    ['every subschema keyword of JSON Schema 2020-12', {
      components: {
        schemas: {
          S: {
            items: schema, additionalProperties: schema, unevaluatedProperties: schema, unevaluatedItems: schema, not: schema,
            if: schema, then: schema, else: schema, contains: schema, propertyNames: schema, contentSchema: schema,
            allOf: [schema], anyOf: [schema], oneOf: [schema], prefixItems: [schema, true],
            properties: { p: schema }, patternProperties: { '^x': schema }, dependentSchemas: { d: schema }, $defs: { D: schema },
          },
        },
      },
    }, ['Components #/components', ...['S', ...['items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'contentSchema',
      'allOf/0', 'anyOf/0', 'oneOf/0', 'prefixItems/0', 'properties/p', 'patternProperties/^x', 'dependentSchemas/d', '$defs/D'].map((at) => `S/${at}`)]
      .map((at) => `Schema #/components/schemas/${at}`)]],
  ])('%s', (_name, document, expected) => {
    expect(reported(document).filter((line) => !line.startsWith('Document '))).toEqual(expected);
  });
});

describe('visiting', () => {
  const document = { paths: { '/a': { get: { parameters: [{ name: 'q', in: 'query', schema: { properties: { x: schema } } }] } } } };

  it('enters parents before children and leaves them after', () => {
    const events: string[] = [];
    const log = (type: string) => ({
      enter: (_node: unknown, { path }: { path: readonly (string | number)[] }) => { events.push(`enter ${type} ${path.length}`); },
      leave: (_node: unknown, { path }: { path: readonly (string | number)[] }) => { events.push(`leave ${type} ${path.length}`); },
    });
    visitDocument(document, { Operation: log('Operation'), Schema: log('Schema') });
    expect(events).toEqual(['enter Operation 3', 'enter Schema 6', 'enter Schema 8', 'leave Schema 8', 'leave Schema 6', 'leave Operation 3']);
  });

  it('skips what is below a node whose enter returns SKIP, and gives each node its parent', () => {
    const seen: string[] = [];
    visitDocument(document, {
      Parameter: () => SKIP,
      Schema: () => { seen.push('schema'); },
      Operation: (_operation, { parent }) => { seen.push(`operation of ${Object.keys(parent!).join()}`); },
    });
    expect(seen).toEqual(['operation of get']);
  });

  it('walks 100,000 levels of nesting without recursion (a path is only built when read)', () => {
    let deep: JsonObject = { type: 'string' };
    for (let level = 0; level < 100_000; level++) deep = { not: deep };
    let count = 0;
    visit(deep, 'Schema', { Schema: () => { count++; } });
    expect(count).toBe(100_001);
  });

  it('gives walkSchema callers the path below the one they start from', () => {
    const paths: string[] = [];
    walkSchema({ items: { properties: { a: schema } } }, ['components', 'schemas', 'L'], (_schema, path) => paths.push(toPointer(path)));
    expect(paths).toEqual(['/components/schemas/L', '/components/schemas/L/items', '/components/schemas/L/items/properties/a']);
  });

  it('takes time linear in the size of the document', () => {
    const wide = (size: number) => ({ components: { schemas: Object.fromEntries(Array.from({ length: size }, (_, index) => [`S${index}`, { properties: { a: schema, b: { items: schema } } }])) } });
    const time = (size: number) => {
      const document = wide(size);
      const start = performance.now();
      for (let round = 0; round < 3; round++) visitDocument(document, { Schema: (_schema, { path }) => { toPointer(path); } });
      return performance.now() - start;
    };
    time(1_000);
    const small = time(10_000);
    const large = time(40_000);
    // Four times the schemas: about four times the time, far from sixteen.
    expect(large / small).toBeLessThan(8);
  });
});

describe('built on the visitor', () => {
  const document = {
    paths: {
      '/a': { parameters: [{ name: 'id', in: 'path', schema }], get: { responses: { 200: { description: 'x', content: media } } }, post: {} },
      'x-extension': { get: {} },
    },
    webhooks: { hook: { post: {} } },
    components: { schemas: { A: { properties: { b: schema } } }, headers: { H: { schema } } },
  };

  it('operations lists the operations under paths, in document order', () => {
    expect(operations(document).map(({ method, path, pathItem }) => `${method} ${path} ${pathItem === document.paths['/a']}`)).toEqual(['get /a true', 'post /a true']);
  });

  it('rootSchemas finds each schema no other schema holds, once', () => {
    expect(rootSchemas(document).map(({ path }) => toPointer(path))).toEqual([
      '/components/schemas/A', '/components/headers/H/schema', '/paths/~1a/parameters/0/schema', '/paths/~1a/get/responses/200/content/application~1json/schema',
    ]);
  });
});
