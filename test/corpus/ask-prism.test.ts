/**
 * The corpus test's one Prism request (ask-prism.ts), without Prism: which
 * operation it chooses, and what it sends for it. Documents are small
 * inline YAML, as the normalizer writes them (3.1, local `$ref`s).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonObject } from '../../src/openapi/types.js';
import { askFor, chooseOperation } from './ask-prism.js';

const document = (paths: string, extra = ''): JsonObject => parse(`openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n${paths}\n${extra}`) as JsonObject;
const ok = `responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }`;
const text = `responses: { '200': { description: ok, content: { text/plain: { schema: { type: string } } } } }`;

describe('chooseOperation', () => {
  const cases: Array<[string, { given: JsonObject; want: string | undefined }]> = [
    ['a GET before a POST that needs less', { given: document(`  /a: { post: { operationId: a, ${ok} } }\n  /b/{id}: { get: { operationId: b, parameters: [{ name: id, in: path, required: true, schema: { type: string } }], ${ok} } }`), want: 'b' }],
    ['fewer required parameters (a path parameter counts, an optional one does not)', {
      given: document(`  /a/{id}: { get: { operationId: a, parameters: [{ name: id, in: path, required: true, schema: { type: string } }], ${ok} } }\n  /b: { get: { operationId: b, parameters: [{ name: q, in: query, schema: { type: string } }], ${ok} } }`),
      want: 'b',
    }],
    ['a required header counts as a parameter', {
      given: document(`  /a: { get: { operationId: a, parameters: [{ $ref: '#/components/parameters/tenant' }], ${ok} } }\n  /b: { get: { operationId: b, parameters: [{ name: q, in: query, required: true, schema: { type: string } }, { name: r, in: query, required: true, schema: { type: string } }], ${ok} } }`, `components: { parameters: { tenant: { name: tenant, in: header, required: true, schema: { type: string } } } }`),
      want: 'a',
    }],
    ['a JSON 2xx before a text one', { given: document(`  /a: { get: { operationId: a, ${text} } }\n  /b: { get: { operationId: b, ${ok} } }`), want: 'b' }],
    ['document order when all else ties', { given: document(`  /b: { get: { operationId: b, ${ok} } }\n  /a: { get: { operationId: a, ${ok} } }`), want: 'b' }],
    ['not a WebSocket upgrade (101) nor an operation without a 2xx', {
      given: document(`  /ws: { get: { operationId: ws, responses: { '101': { description: upgrade } } } }\n  /err: { get: { operationId: err, responses: { default: { description: error } } } }\n  /b/{id}: { get: { operationId: b, parameters: [{ name: id, in: path, required: true, schema: { type: string } }], responses: { 2XX: { description: ok } } } }`),
      want: 'b',
    }],
    ['not one that requires a cookie or a body it cannot write', {
      given: document(`  /c: { get: { operationId: c, parameters: [{ name: s, in: cookie, required: true, schema: { type: string } }], ${ok} } }\n  /u: { post: { operationId: u, requestBody: { required: true, content: { application/octet-stream: {} } }, ${ok} } }\n  /j: { post: { operationId: j, requestBody: { required: true, content: { application/json: { schema: { type: object } } } }, ${ok} } }`),
      want: 'j',
    }],
    ['none when no operation can be asked', { given: document(`  /ws: { get: { operationId: ws, responses: { '101': { description: upgrade } } } }`), want: undefined }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(chooseOperation(given)?.id).toBe(want);
  });
});

describe('askFor', () => {
  const ask = (given: JsonObject) => askFor(given, chooseOperation(given)!);
  const cases: Array<[string, { given: JsonObject; want: Partial<ReturnType<typeof askFor>> }]> = [
    ['required parameters from enum, example and schema; optional ones and the #fragment left out', {
      given: document(`  /v1/{kind}/items#list:
    get:
      operationId: list
      parameters:
        - { name: kind, in: path, required: true, schema: { type: string, enum: [big, small] } }
        - { name: tenant, in: header, required: true, schema: { type: string }, example: t-1 }
        - { name: limit, in: query, required: true, schema: { type: integer, minimum: 5 } }
        - { name: tags, in: query, required: true, schema: { type: array, items: { type: string, const: x } } }
        - { name: optional, in: query, schema: { type: integer, default: wrong } }
        - { name: Accept, in: header, required: true, schema: { type: string, const: text/csv } }
      ${ok}`),
      // Sampled values are the contract sampler's, seeded (src/contract/sampler.ts): an enum value, an integer ≥ 5, an array of the const.
      want: { method: 'GET', url: '/v1/small/items?limit=733&tags=x&tags=x', headers: { tenant: 't-1', accept: 'application/json' }, expected: ['200'] },
    }],
    ['a header fetch sends on its own is sent with a documented value', {
      given: document(`  /a: { get: { operationId: a, parameters: [{ name: Accept-Encoding, in: header, schema: { type: string, enum: [gzip, identity] } }], ${text} } }`),
      want: { url: '/a', headers: { 'accept-encoding': 'identity', accept: '*/*' } },
    }],
    ['a required JSON body from its example, an optional one left out', {
      given: document(`  /a: { post: { operationId: a, requestBody: { required: true, content: { application/json: { schema: { type: object }, example: { name: n } } } }, ${ok} } }`),
      want: { method: 'POST', body: '{"name":"n"}', headers: { accept: 'application/json', 'content-type': 'application/json' } },
    }],
    ['a required text body', {
      given: document(`  /a: { post: { operationId: a, requestBody: { required: true, content: { text/plain: { schema: { type: string, example: 'm,host=a v=1' } } } }, ${ok} } }`),
      want: { body: 'm,host=a v=1', headers: { accept: 'application/json', 'content-type': 'text/plain' } },
    }],
    ['an apiKey in the query, from the document security', {
      given: document(`  /a: { get: { operationId: a, ${ok} } }`, `security: [{ key: [] }]\ncomponents: { securitySchemes: { key: { type: apiKey, in: query, name: api_key } } }`),
      want: { url: '/a?api_key=corpus-key', headers: { accept: 'application/json' } },
    }],
    ['an apiKey in a cookie', {
      given: document(`  /a: { get: { operationId: a, ${ok} } }`, `security: [{ key: [] }]\ncomponents: { securitySchemes: { key: { type: apiKey, in: cookie, name: sid } } }`),
      want: { headers: { cookie: 'sid=corpus-key', accept: 'application/json' } },
    }],
    ["the operation's own security wins, and HTTP basic is base64 of user:password", {
      given: document(`  /a: { get: { operationId: a, security: [{ basic: [] }], ${ok} } }`, `security: [{ token: [] }]\ncomponents: { securitySchemes: { basic: { type: http, scheme: basic }, token: { type: apiKey, in: header, name: X-Token } } }`),
      want: { headers: { authorization: `Basic ${Buffer.from('corpus:key').toString('base64')}`, accept: 'application/json' } },
    }],
    ['an alternative with two schemes on one header is passed over; OAuth2 sends a bearer token', {
      given: document(`  /a: { get: { operationId: a, ${ok} } }`, `security: [{ basic: [], bearer: [] }, { oauth: [], key: [] }]\ncomponents: { securitySchemes: { basic: { type: http, scheme: basic }, bearer: { type: http, scheme: bearer }, oauth: { type: oauth2, flows: {} }, key: { type: apiKey, in: header, name: X-Key } } }`),
      want: { headers: { authorization: 'Bearer corpus-key', 'x-key': 'corpus-key', accept: 'application/json' } },
    }],
    ['an empty alternative sends no credential', {
      given: document(`  /a: { get: { operationId: a, security: [{}, { bearer: [] }], ${ok} } }`, `components: { securitySchemes: { bearer: { type: http, scheme: bearer } } }`),
      want: { headers: { accept: 'application/json' } },
    }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(ask(given)).toMatchObject(want);
    if (want.headers) expect(ask(given).headers).toEqual(want.headers);
  });
});
