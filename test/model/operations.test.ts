/**
 * The operation model from small inline documents: what each operation
 * holds (parameters by location, bodies, responses, the first 2xx, error
 * responses, pointers), names and auth, and every check of the manifest
 * against the document with the error it gives.
 */
import { describe, expect, it } from 'vitest';
import { buildApiModel } from '../../src/model/build.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { manifestOf, type ManifestFields } from './manifest-of.js';

const json = (schema: JsonObject) => ({ content: { 'application/json': { schema } } });
const errorBody = json({ type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } });

/** A small pet store: a list with a path-level parameter, a create with a referenced body and error, a delete without a body. */
const petStore: JsonObject = {
  openapi: '3.1.0',
  info: { title: 'Pet Store API', version: '1' },
  paths: {
    '/owners/{ownerId}/pets': {
      parameters: [{ name: 'ownerId', in: 'path', required: true, schema: { type: 'string' } }, { name: 'x-trace', in: 'header', schema: { type: 'string' } }],
      get: {
        operationId: 'listPets',
        summary: 'List pets',
        parameters: [
          { name: 'x-trace', in: 'header', required: true, schema: { type: 'string' } },
          { $ref: '#/components/parameters/Page' },
        ],
        responses: {
          '200': json({ type: 'object', properties: { data: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } } } } }),
          '404': { $ref: '#/components/responses/Error' },
          default: { description: 'Unexpected', ...errorBody },
        },
      },
      post: {
        operationId: 'use',
        description: 'Adds a pet.',
        deprecated: true,
        requestBody: { $ref: '#/components/requestBodies/NewPet' },
        responses: { '201': { description: 'Created', content: { 'text/plain': { schema: { type: 'string' } } } }, '4XX': { $ref: '#/components/responses/Error' } },
      },
    },
    '/pets/{petId}': {
      delete: { operationId: 'deletePet', responses: { '204': { description: 'Gone' } } },
    },
  },
  components: {
    parameters: { Page: { name: 'page', in: 'query', schema: { type: 'integer' } } },
    requestBodies: { NewPet: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } }, 'application/xml': { schema: { type: 'string' } } } } },
    responses: { Error: { description: 'Failed', ...errorBody } },
    schemas: { Pet: { type: 'object', properties: { name: { type: 'string' }, state: { type: 'string' } } } },
  },
};

describe('operations', () => {
  const model = buildApiModel(manifestOf(), petStore);
  const [list, create, remove] = model.operations;

  it('are listed in document order, with method names, routes and pointers', () => {
    expect(model.operations.map(({ id, methodName, method, path, route, pointer }) => ({ id, methodName, method, path, route, pointer }))).toEqual([
      { id: 'listPets', methodName: 'listPets', method: 'get', path: '/owners/{ownerId}/pets', route: 'GET /owners/{ownerId}/pets', pointer: '/paths/~1owners~1{ownerId}~1pets/get' },
      { id: 'use', methodName: 'useOperation', method: 'post', path: '/owners/{ownerId}/pets', route: 'POST /owners/{ownerId}/pets', pointer: '/paths/~1owners~1{ownerId}~1pets/post' },
      { id: 'deletePet', methodName: 'deletePet', method: 'delete', path: '/pets/{petId}', route: 'DELETE /pets/{petId}', pointer: '/paths/~1pets~1{petId}/delete' },
    ]);
    expect(model.renamedMethods).toEqual([{ operationId: 'use', methodName: 'useOperation', reason: "client.use is openapi-fetch's own method" }]);
  });

  it('carry their docs and deprecation', () => {
    expect([list!.summary, list!.description, list!.deprecated]).toEqual(['List pets', undefined, false]);
    expect([create!.summary, create!.description, create!.deprecated]).toEqual([undefined, 'Adds a pet.', true]);
  });

  it('hold path-item and operation parameters, resolved, by location; the operation wins on the same name', () => {
    expect(list!.parameters).toEqual({
      path: [{ name: 'ownerId', in: 'path', required: true, schema: { type: 'string' } }],
      query: [{ name: 'page', in: 'query', schema: { type: 'integer' } }],
      header: [{ name: 'x-trace', in: 'header', required: true, schema: { type: 'string' } }],
      cookie: [],
    });
    expect(remove!.parameters).toEqual({ path: [], query: [], header: [], cookie: [] });
  });

  it('resolve the request body and list its media types, the JSON one apart', () => {
    expect(create!.requestBody).toMatchObject({
      required: true,
      media: [{ type: 'application/json' }, { type: 'application/xml' }],
      json: { type: 'application/json', component: 'Pet', schemaPointer: '/components/requestBodies/NewPet/content/application~1json/schema' },
    });
    expect(list!.requestBody).toBeUndefined();
  });

  it('list responses by status with their media, the first 2xx and the error responses', () => {
    expect(list!.responses.map((response) => [response.status, response.json?.schemaPointer])).toEqual([
      ['200', '/paths/~1owners~1{ownerId}~1pets/get/responses/200/content/application~1json/schema'],
      ['404', '/components/responses/Error/content/application~1json/schema'],
      ['default', '/paths/~1owners~1{ownerId}~1pets/get/responses/default/content/application~1json/schema'],
    ]);
    expect(list!.success?.status).toBe('200');
    expect(list!.errorResponses.map((response) => response.status)).toEqual(['404', 'default']);
    expect(create!.success).toMatchObject({ status: '201', description: 'Created', media: [{ type: 'text/plain' }] });
    expect(create!.success?.json).toBeUndefined();
    expect(create!.errorResponses.map((response) => response.status)).toEqual(['4XX']);
    expect(remove!.success).toEqual({ status: '204', description: 'Gone', media: [] });
  });
});

describe('names and auth', () => {
  it('come from the manifest', () => {
    const model = buildApiModel(manifestOf(), petStore);
    expect(model.names).toEqual({
      api: 'pets',
      title: 'Pet Store API',
      client: 'PetStore',
      factory: 'createPetStoreClient',
      package: '@openapi-clients/pets',
      version: '1.2.3',
      baseUrlEnv: 'PETS_BASE_URL',
    });
    expect(model.baseUrl).toBe('https://pets.example.com');
  });

  const withSchemes = (securitySchemes: JsonObject, security: unknown = undefined): JsonObject => ({
    ...petStore,
    ...(security === undefined ? {} : { security }),
    components: { ...(petStore.components as JsonObject), securitySchemes },
  });
  const credential = (scheme: string, send: unknown, options: string[], envVars: string[]) => ({ scheme, send, options, envVars });

  it.each<[string, JsonObject, unknown[]]>([
    ['an API key in a header', { petKey: { type: 'apiKey', in: 'header', name: 'x-pet-key' } }, [credential('petKey', { type: 'apiKey', in: 'header', name: 'x-pet-key' }, ['apiKey'], ['PETS_PET_KEY'])]],
    ['an API key in the query', { q: { type: 'apiKey', in: 'query', name: 'key' } }, [credential('q', { type: 'apiKey', in: 'query', name: 'key' }, ['apiKey'], ['PETS_Q'])]],
    ['an API key in a cookie', { c: { type: 'apiKey', in: 'cookie', name: 'sid' } }, [credential('c', { type: 'apiKey', in: 'cookie', name: 'sid' }, ['apiKey'], ['PETS_C'])]],
    ['bearer auth, capitalized', { bearerAuth: { type: 'http', scheme: 'Bearer' } }, [credential('bearerAuth', { type: 'http', scheme: 'bearer' }, ['bearerToken'], ['PETS_BEARER_AUTH'])]],
    ['basic auth', { basicAuth: { type: 'http', scheme: 'basic' } }, [credential('basicAuth', { type: 'http', scheme: 'basic' }, ['username', 'password'], ['PETS_BASIC_AUTH_USERNAME', 'PETS_BASIC_AUTH_PASSWORD'])]],
    ['oauth2, as a bearer token', { OAuth2: { type: 'oauth2', flows: {} } }, [credential('OAuth2', { type: 'http', scheme: 'bearer' }, ['accessToken'], ['PETS_OAUTH2'])]],
    ['openIdConnect, as a bearer token', { oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://id.example/.well-known' } }, [credential('oidc', { type: 'http', scheme: 'bearer' }, ['accessToken'], ['PETS_OIDC'])]],
    ['mutualTLS and http digest, which no client sends', { mtls: { type: 'mutualTLS' }, digest: { type: 'http', scheme: 'digest' } }, []],
    [
      'two of a kind: each named after its scheme',
      { TokenAuthentication: { type: 'apiKey', in: 'header', name: 'Authorization' }, QuerystringAuthentication: { type: 'apiKey', in: 'query', name: 'u' }, BasicAuthentication: { type: 'http', scheme: 'basic' } },
      [
        credential('TokenAuthentication', { type: 'apiKey', in: 'header', name: 'Authorization' }, ['tokenAuthentication'], ['PETS_TOKEN_AUTHENTICATION']),
        credential('QuerystringAuthentication', { type: 'apiKey', in: 'query', name: 'u' }, ['querystringAuthentication'], ['PETS_QUERYSTRING_AUTHENTICATION']),
        credential('BasicAuthentication', { type: 'http', scheme: 'basic' }, ['username', 'password'], ['PETS_BASIC_AUTHENTICATION_USERNAME', 'PETS_BASIC_AUTHENTICATION_PASSWORD']),
      ],
    ],
  ])('credentials: %s', (_, schemes, want) => {
    expect(buildApiModel(manifestOf(), withSchemes(schemes)).auth.credentials).toEqual(want);
  });

  it('takes option and variable names from the manifest, and the single-scheme shape as apiKey', () => {
    const schemes = { bearer: { type: 'http', scheme: 'bearer' }, basic: { type: 'http', scheme: 'basic' } };
    const auth = { schemes: [{ name: 'bearer', pointer: '/auth', option: 'apiKey', envVar: 'PETS_API_KEY' }, { name: 'basic', pointer: '/auth/schemes/basic', option: 'lob', envVar: 'LOB_KEY', passwordEnvVar: 'LOB_PW' }] };
    expect(buildApiModel(manifestOf({ auth }), withSchemes(schemes)).auth.credentials.map(({ options, envVars }) => [options, envVars])).toEqual([
      [['apiKey'], ['PETS_API_KEY']],
      [['lobUsername', 'lobPassword'], ['LOB_KEY', 'LOB_PW']],
    ]);
  });

  it('refuses a derived option or variable another scheme or the client already has, naming the manifest', () => {
    const clash = { schemes: [{ name: 'a', pointer: '/auth/schemes/a', envVar: 'PETS_BASE_URL' }] };
    expect(() => buildApiModel(manifestOf({ auth: clash }), withSchemes({ a: { type: 'http', scheme: 'bearer' } }))).toThrow('specs/pets/manifest.yaml:#/auth/schemes/a: scheme "a" would read $PETS_BASE_URL, which is already the base URL\'s');
    expect(() => buildApiModel(manifestOf(), withSchemes({ headers: { type: 'apiKey', in: 'header', name: 'a' }, b: { type: 'apiKey', in: 'header', name: 'b' } }))).toThrow('#/auth: scheme "headers" would take client option "headers", which is one of the client\'s own options');
  });

  it('gives each operation its own requirements, else the document\'s, as scheme names', () => {
    const document = withSchemes({ k: { type: 'apiKey', in: 'header', name: 'k' }, b: { type: 'http', scheme: 'basic' } }, [{ k: [] }, { b: [], k: ['read'] }]);
    const paths = structuredClone(document.paths) as Record<string, Record<string, JsonObject>>;
    paths['/owners/{ownerId}/pets']!.post!.security = [];
    const model = buildApiModel(manifestOf(), { ...document, paths });
    expect(model.auth.security).toEqual([['k'], ['b', 'k']]);
    expect(model.operations.map((operation) => operation.security)).toEqual([[['k'], ['b', 'k']], [], [['k'], ['b', 'k']]]);
  });
});

describe('waiters', () => {
  it('point at the operation they poll, its success response and the items', () => {
    const model = buildApiModel(manifestOf({ waiters: { waitForPet: { operationId: 'listPets', idParameter: 'ownerId', items: '/data/items', status: 'state', query: { page: 1 } } } }), petStore);
    expect(model.waiters).toEqual([expect.objectContaining({ name: 'waitForPet', operation: model.operations[0], itemsPath: ['data', 'items'], itemComponent: 'Pet', query: { page: 1 } })]);
    expect(model.waiters[0]!.success.json.type).toBe('application/json');
  });
});

const waiter = { operationId: 'listPets', idParameter: 'ownerId', items: '/data/items', status: 'state' };

describe('manifest fields the document contradicts fail, naming the field', () => {
  it.each<[string, ManifestFields, string]>([
    ['an error field one error body lacks', { errors: { code: '/error/code', traceId: '/traceId' } }, 'specs/pets/manifest.yaml:#/client/errors/traceId: error field traceId "/traceId" is not in the response #/paths/~1owners~1{ownerId}~1pets/get/responses/404'],
    ['a waiter named like a client method', { waiters: { eject: waiter } }, 'specs/pets/manifest.yaml:#/client/waiters/eject: a waiter cannot be named "eject": client.eject is openapi-fetch\'s own method'],
    ['a waiter on an unknown operation', { waiters: { waitForPet: { ...waiter, operationId: 'listCats' } } }, 'specs/pets/manifest.yaml:#/client/waiters/waitForPet/operationId: no operation "listCats" in the normalized document'],
    ['a waiter on a DELETE', { waiters: { waitForPet: { ...waiter, operationId: 'deletePet' } } }, 'specs/pets/manifest.yaml:#/client/waiters/waitForPet/operationId: a waiter polls, so "deletePet" must be a GET, not DELETE'],
    ['a waiter id that is a header', { waiters: { waitForPet: { ...waiter, idParameter: 'x-trace' } } }, 'specs/pets/manifest.yaml:#/client/waiters/waitForPet/idParameter: "listPets" has no path parameter "x-trace"'],
    ['a fixed query parameter the operation lacks', { waiters: { waitForPet: { ...waiter, query: { size: 1 } } } }, 'specs/pets/manifest.yaml:#/client/waiters/waitForPet/query/size: "listPets" has no query parameter "size"'],
    ['a filter the operation lacks', { waiters: { waitForPet: { ...waiter, filters: ['page', 'colour'] } } }, 'specs/pets/manifest.yaml:#/client/waiters/waitForPet/filters/1: "listPets" has no query parameter "colour"'],
    ['items that are not a list', { waiters: { waitForPet: { ...waiter, items: '/data' } } }, 'specs/pets/manifest.yaml:#/client/waiters/waitForPet/items: "/data" is not an array in the 200 response of "listPets"'],
    ['items without the status property', { waiters: { waitForPet: { ...waiter, status: 'phase' } } }, 'specs/pets/manifest.yaml:#/client/waiters/waitForPet/status: the items at "/data/items" have no property "phase"'],
  ])('%s', (_, fields, message) => {
    expect(() => buildApiModel(manifestOf(fields), petStore)).toThrow(message);
  });

  it('accepts error pointers every JSON error body has, through $ref and allOf', () => {
    const viaAllOf = structuredClone(petStore);
    ((viaAllOf.components as JsonObject).responses as JsonObject).Error = { description: 'Failed', ...json({ allOf: [{ $ref: '#/components/schemas/Wrapped' }] }) };
    ((viaAllOf.components as JsonObject).schemas as JsonObject).Wrapped = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' } } } } };
    expect(buildApiModel(manifestOf({ errors: { code: '/error/code' } }), viaAllOf).errorShape).toEqual({ code: '/error/code' });
  });
});
