/**
 * The manifest's error shapes and the contract suite agree on the bodies
 * the mock server serves: a documented example of an error body is what
 * Prism returns, and the suite reads it with the shapes as the clients do
 * (test/contract/operations.test.ts). A client.errors that does not read
 * every such example whole is refused at its manifest line; derived shapes
 * list the response as fitting none, which the suite then does not require.
 * The whole round trip, a message-only manifest through generate and the
 * contract suite, is test/contract/message-only-errors.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadManifest } from '../../src/manifest.js';
import { buildApiModel } from '../../src/model/build.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { writeTree } from '../helpers.js';

const MANIFEST = `title: Pages API
baseUrl: https://api.pages.example.test
auth:
  schemeName: api_key_header
  envVar: PAGES_API_KEY
  securityScheme: {type: apiKey, in: header, name: x-api-key}
sources:
  - file: openapi.yaml
client:
  version: 0.1.0
`;

const ERROR_BODY = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'integer' }, message: { type: 'string' }, traceId: { type: 'string' } } } } };

/** One operation whose 404 documents ERROR_BODY with these examples. */
function documentWith(examples: Record<string, unknown>): JsonObject {
  return {
    openapi: '3.1.0',
    info: { title: 'Pages', version: '1' },
    paths: {
      '/pages': {
        get: {
          operationId: 'listPages',
          responses: {
            '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
            '404': { description: 'Not found', content: { 'application/json': { schema: ERROR_BODY, examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])) } } },
          },
        },
      },
    },
  };
}

/** The manifest with `client.errors` as given (absent: derived), loaded from a temporary API folder. */
function modelOf(errors: unknown, document: JsonObject) {
  const text = errors === undefined ? MANIFEST : `${MANIFEST}${stringify({ errors }).replace(/^/gm, '  ')}`;
  return buildApiModel(loadManifest(join(writeTree({ 'api/manifest.yaml': text, 'api/openapi.yaml': stringify(document) }), 'api')), document);
}

const GONE = '#/paths/~1pages/get/responses/404/content/application~1json/examples/gone/value';

describe('client.errors against the documented error examples', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ['a message-only shape reading every example', { message: '/error/message' }, { gone: { error: { message: 'no such page' } }, other: { error: { code: 4, message: 'x' } } }],
    ['code, message and trace id all in the example', { code: '/error/code', message: '/error/message', traceId: '/error/traceId' }, { gone: { error: { code: 404, message: 'gone', traceId: 't-1' } } }],
    ['a second shape reading what the first does not', [{ code: '/error/code', message: '/error/message' }, { message: '/error/traceId' }], { gone: { error: { traceId: 'only this' } }, full: { error: { code: 1, message: 'm' } } }],
  ])('accepts %s', (_, errors, examples) => {
    expect(modelOf(errors, documentWith(examples)).errors).toEqual({ shapes: [errors].flat(), derived: false, unmatched: [] });
  });

  it.each<[string, unknown, Record<string, unknown>, RegExp]>([
    ['a message-only shape and an example without the message', { message: '/error/message' }, { gone: { error: { reason: 'gone' } } }, /has no string at \/error\/message \(the message of the error shape\)/],
    ['a message that is a number in the example', { message: '/error/message' }, { gone: { error: { message: 404 } } }, /has no string at \/error\/message/],
    ['a code the example lacks', { code: '/error/code', message: '/error/message' }, { gone: { error: { message: 'gone' } } }, /has no code at \/error\/code, which the shape with message \/error\/message names/],
    ['a trace id that is an object in the example', { message: '/error/message', traceId: '/error/traceId' }, { gone: { error: { message: 'gone', traceId: { id: 1 } } } }, /has no string or number traceId at \/error\/traceId/],
    ['two shapes, neither reading the example', [{ message: '/error/message' }, { message: '/error/traceId' }], { gone: { error: {} } }, /has no string at \/error\/message or \/error\/traceId \(the message of each of the 2 error shapes\)/],
  ])('refuses %s, in one line naming the manifest key and the example', (_, errors, examples, why) => {
    let thrown: unknown;
    try {
      modelOf(errors, documentWith(examples));
    } catch (error) {
      thrown = error;
    }
    const message = (thrown as Error | undefined)?.message ?? '';
    expect(message).toMatch(/\/api\/manifest\.yaml:\d+:\d+ #\/client\/errors: the documented example /);
    expect(message).toContain(GONE);
    expect(message).toMatch(why);
    expect(message).toMatch(/: fix the example, or give client.errors a shape that reads it$/);
    expect(message.split('\n')).toHaveLength(1);
  });

  it("refuses a schema's own example the shape does not read, when the media type has none (the mock server serves it)", () => {
    const document = documentWith({});
    const media = ((((document.paths as JsonObject)['/pages'] as JsonObject).get as JsonObject).responses as JsonObject)['404'] as JsonObject;
    const json = (media.content as JsonObject)['application/json'] as JsonObject;
    delete json.examples;
    json.schema = { $ref: '#/components/schemas/Failure' };
    document.components = { schemas: { Failure: { ...ERROR_BODY, example: { error: { reason: 'gone' } } } } };
    expect(() => modelOf({ message: '/error/message' }, document)).toThrow(/#\/client\/errors: the documented example #\/components\/schemas\/Failure\/example has no string at \/error\/message/);
    ((document.components as JsonObject).schemas as JsonObject).Failure = { ...ERROR_BODY, example: { error: { message: 'gone' } } };
    expect(modelOf({ message: '/error/message' }, document).errors.shapes).toEqual([{ message: '/error/message' }]);
  });

  it('derived shapes: a response whose example they do not read whole fits none (the contract suite then asks nothing of its body)', () => {
    const model = modelOf(undefined, documentWith({ gone: { error: { message: 'gone' } } }));
    expect(model.errors).toEqual({ shapes: [{ code: '/error/code', message: '/error/message', traceId: '/error/traceId' }], derived: true, unmatched: ['/paths/~1pages/get/responses/404'] });
    expect(modelOf(undefined, documentWith({ gone: { error: { code: 1, message: 'gone', traceId: 't' } } })).errors.unmatched).toEqual([]);
  });
});
