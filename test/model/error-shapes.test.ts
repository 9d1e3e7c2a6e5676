/**
 * Errors in every shape: the five error body shapes of Anchor's complete
 * document and its bodiless error responses (test/fixtures/good-specs/
 * error-shapes), from the manifest (one shape, a list, or none: derived) to
 * the ApiError `unwrap` throws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadManifest } from '../../src/manifest.js';
import { buildApiModel } from '../../src/model/build.js';
import { deriveShape, derivedErrorsLine } from '../../src/model/error-shape.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { createApiClient, unwrap } from '../../src/runtime/client.js';
import { ApiError } from '../../src/runtime/errors.js';
import { REPO_ROOT, writeTree } from '../helpers.js';
import { exampleApi } from '../runtime/example-api.js';

const FIXTURE = join(REPO_ROOT, 'test/fixtures/good-specs/error-shapes/specs/api');
const document = parse(readFileSync(join(FIXTURE, 'openapi.yaml'), 'utf8')) as JsonObject;
const fixtureManifest = readFileSync(join(FIXTURE, 'manifest.yaml'), 'utf8');

/** The fixture's manifest with `client.errors` (YAML, indented under client) appended, loaded from a copy. */
function manifestWithErrors(errorsYaml = '') {
  const text = errorsYaml === '' ? fixtureManifest : `${fixtureManifest}  errors:\n${errorsYaml.replace(/^/gm, '    ')}\n`;
  return loadManifest(join(writeTree({ 'api/manifest.yaml': text, 'api/openapi.yaml': readFileSync(join(FIXTURE, 'openapi.yaml'), 'utf8') }), 'api'));
}

const ANCHOR_SHAPES = [
  { code: '/error/code', message: '/error/message' },
  { message: '/error' },
  { code: '/error/error/code', message: '/error/error/message' },
];

describe('error shapes derived from the documented error responses', () => {
  it("finds Anchor's three pointer sets for its five body shapes, in document order, and no body without one", () => {
    const model = buildApiModel(manifestWithErrors(), document);
    expect(model.errors).toEqual({ shapes: ANCHOR_SHAPES, derived: true, unmatched: [] });
    expect(derivedErrorsLine(model.errors)).toBe('errors: 3 shapes derived from the documented error responses: code /error/code, message /error/message | message /error | code /error/error/code, message /error/error/message (set client.errors to choose)');
  });

  it.each<[string, JsonObject, object | undefined]>([
    ['a flat envelope (BrowserAct)', { properties: { code: { type: 'integer' }, msg: { type: 'string' }, traceId: { type: 'string' } } }, { code: '/code', message: '/msg', traceId: '/traceId' }],
    ['problem details: detail before title, status as the code', { properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } } }, { code: '/status', message: '/detail' }],
    ['the shallowest message wins over a better name deeper', { properties: { error: { type: 'string' }, data: { properties: { message: { type: 'string' } } } } }, { message: '/error' }],
    ['at one depth, the earlier name wins', { properties: { description: { type: 'string' }, message: { type: 'string' } } }, { message: '/message' }],
    ['a code beside the message before one at the top', { properties: { code: { type: 'string' }, error: { properties: { error_code: { type: 'string' }, message: { type: 'string' } } } } }, { code: '/error/error_code', message: '/error/message' }],
    ['a code and request id at the top for a nested message', { properties: { request_id: { type: 'string' }, status: { type: 'integer' }, error: { properties: { message: { type: 'string' } } } } }, { code: '/status', message: '/error/message', traceId: '/request_id' }],
    ['a message through allOf and $ref', { allOf: [{ $ref: '#/components/schemas/ErrorResponse' }] }, { code: '/error/code', message: '/error/message' }],
    ['a message of type [string, null]', { properties: { message: { type: ['string', 'null'] } } }, { message: '/message' }],
    ['a message that is not a string', { properties: { message: { type: 'object' }, error: { type: 'array' } } }, undefined],
    ['no message property at all', { properties: { ok: { type: 'boolean' } } }, undefined],
    ['a message deeper than four levels', { properties: { a: { properties: { b: { properties: { c: { properties: { d: { properties: { message: { type: 'string' } } } } } } } } } } }, undefined],
    ['a recursive schema', { $ref: '#/components/schemas/Loop' }, undefined],
  ])('%s', (_, schema, shape) => {
    const withLoop = structuredClone(document);
    ((withLoop.components as JsonObject).schemas as JsonObject).Loop = { properties: { next: { $ref: '#/components/schemas/Loop' } } };
    expect(deriveShape(withLoop, schema)).toEqual(shape);
  });

  it('lists the bodies no derived shape fits, and says so in the summary', () => {
    const changed = structuredClone(document);
    const pagePdf = (changed.paths as Record<string, Record<string, { responses: Record<string, JsonObject> }>>)['/v1/tools/page-pdf']!.post!;
    pagePdf.responses['404'] = { description: 'Gone', content: { 'application/json': { schema: { type: 'object', properties: { reason: { type: 'integer' } } } } } };
    const { errors } = buildApiModel(manifestWithErrors(), changed);
    expect(errors.unmatched).toEqual(['/paths/~1v1~1tools~1page-pdf/post/responses/404']);
    expect(derivedErrorsLine(errors)).toMatch(/; 1 documented error body fits none \(their text is the message\), first #\/paths\/~1v1~1tools~1page-pdf\/post\/responses\/404 /);
  });
});

describe('error shapes given in the manifest', () => {
  it('accepts a list that fits every documented error body', () => {
    const list = '- code: /error/code\n  message: /error/message\n- message: /error\n- code: /error/error/code\n  message: /error/error/message';
    expect(buildApiModel(manifestWithErrors(list), document).errors).toEqual({ shapes: ANCHOR_SHAPES, derived: false, unmatched: [] });
  });

  it.each([
    ['a list that misses a body shape', '- code: /error/code\n  message: /error/message\n- message: /error', /manifest\.yaml:\d+:\d+ #\/client\/errors: none of the 2 error shapes fits the response #\/paths\/~1v1~1sessions~1\{session_id\}~1recordings~1pause\/post\/responses\/401: add a shape for its body$/],
    ['one shape for five bodies', 'code: /error/code\nmessage: /error/message', /#\/client\/errors\/message: error field message "\/error\/message" is not in the response #\/paths\/~1v1~1tools~1page-pdf\/post\/responses\/400$/],
    ['a message that is an object in a body', 'message: /error', /#\/client\/errors\/message: error field message "\/error" is not string in the response #\/paths\/~1v1~1tools~1perform-web-task\/post\/responses\/400$/],
    ['a shape no body has', '- message: /error\n- code: /error/code\n  message: /error/message\n- code: /error/error/code\n  message: /error/error/message\n- message: /detail', /manifest\.yaml:\d+:\d+ #\/client\/errors\/3: this error shape fits none of the documented error responses$/],
  ])('refuses %s, naming the manifest line', (_, errors, message) => {
    expect(() => buildApiModel(manifestWithErrors(errors), document)).toThrow(message);
  });

  it.each([
    ['an empty list', '[]', /#\/client\/errors: expected at least one error shape \(omit client.errors to derive them from the documented error responses\)$/],
    ['a shape without a message', '- code: /error/code', /#\/client\/errors\/0: an error shape needs a message pointer/],
    ['an unknown field in a listed shape', '- message: /error\n- msg: /msg', /#\/client\/errors\/1\/msg: unknown field "msg": expected code, message or traceId$/],
    ['a listed pointer that is not a pointer', '- message: error.message', /#\/client\/errors\/0\/message: expected a JSON pointer such as "\/error\/message", got "error.message"$/],
    ['a shape that is a string', '- /error/message', /#\/client\/errors\/0: expected \{code\?, message, traceId\?\} as JSON pointers$/],
  ])('refuses %s when the manifest is read', (_, errors, message) => {
    expect(() => manifestWithErrors(errors)).toThrow(message);
  });
});

describe('unwrap on every Anchor error body, with the derived shapes', () => {
  const { errors } = buildApiModel(manifestWithErrors(), document);
  const SECRET = 'sk-errors-0123456789';
  const failWith = (response: () => Response) => {
    const client = createApiClient<{}, Record<string, (init?: object) => Promise<never>>>(exampleApi({ errors: errors.shapes }), { apiKey: SECRET, maxRetries: 0, fetch: async () => response() });
    return client.createThing!({ body: {} }).then(unwrap).catch((error: unknown) => error as ApiError);
  };
  const json = (body: unknown, status: number) => () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it.each<[string, () => Response, object]>([
    ['ErrorResponse', json({ error: { code: 400, message: 'bad url' } }, 400), { status: 400, code: 400, message: expect.stringMatching(/failed with 400: bad url \(code 400\)$/) }],
    ['{error, details}', json({ error: 'invalid page', details: ['url is required'] }, 400), { status: 400, code: undefined, message: expect.stringMatching(/failed with 400: invalid page$/) }],
    ['{error: string}', json({ error: 'no such page' }, 404), { status: 404, code: undefined, message: expect.stringMatching(/failed with 404: no such page$/) }],
    ['{error: ErrorResponse}', json({ error: { error: { code: 401, message: 'invalid key' } } }, 401), { status: 401, code: 401, message: expect.stringMatching(/failed with 401: invalid key \(code 401\)$/) }],
    ['inline {error: {code, message}}', json({ error: { code: 4001, message: 'too large' } }, 400), { status: 400, code: 4001, message: expect.stringMatching(/failed with 400: too large \(code 4001\)$/) }],
    ['no body', () => new Response(null, { status: 404, statusText: 'Not Found' }), { status: 404, code: undefined, body: '', message: expect.stringMatching(/failed with 404: Not Found$/) }],
    ['no body, Content-Length: 0, no status text', () => new Response('', { status: 500, headers: { 'content-length': '0' } }), { status: 500, body: undefined, message: expect.stringMatching(/failed with 500: no message$/) }],
    ['a text body', () => new Response('  session not found\n', { status: 404 }), { status: 404, message: expect.stringMatching(/failed with 404: session not found$/) }],
    ['a JSON body of none of the shapes', json({ reason: 'x' }, 500), { status: 500, code: undefined, message: expect.stringMatching(/failed with 500: no message$/) }],
  ])('%s', async (_, response, expected) => {
    const error = await failWith(response);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ operationId: 'createThing', ...expected });
  });

  it('bounds a long text body to 200 characters and never shows the key in it', async () => {
    const error = await failWith(() => new Response(`<html>${SECRET} ${'x'.repeat(5000)}</html>`, { status: 502 }));
    const message = error.message.split('failed with 502: ')[1]!;
    expect(message).toHaveLength(200);
    expect(message.startsWith('<html>[redacted] xxx')).toBe(true);
    expect(JSON.stringify(error) + String(error) + error.stack).not.toContain(SECRET);
  });
});
