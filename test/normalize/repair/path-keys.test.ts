/**
 * Path keys decided by shape: fragments dropped, query strings made
 * parameters, keys differing only by parameter names unified, operations on
 * one route merged when only their path parameters differ (or when the
 * manifest says so), refused otherwise. The shapes are Box's, Mistral's and
 * Xero's, cut down.
 */
import { describe, expect, it } from 'vitest';
import { pathKeys } from '../../../src/normalize/repair/path-keys.js';
import { apiContext, expectPass, manifest, source, yaml, type Want } from '../given.js';

const OK = "{'200': {description: OK}}";
const ok = (description: string) => `{'200': {description: ${description}}}`;
const pathParameter = (name: string, extra = '') => `{name: ${name}, in: path, required: true, schema: {type: string${extra}}}`;

interface Case {
  given: string;
  /** Extra manifest YAML (pathKeys). */
  manifest?: string;
  want: Want;
}

const CASES: Array<[string, Case]> = [
  [
    'a fragment is dropped when the route is free (Mistral /v1/audio/speech#stream alone)',
    {
      given: `paths: {/speech#stream: {post: {operationId: speak, responses: ${OK}}}}\n`,
      want: {
        document: `paths: {/speech: {post: {operationId: speak, responses: ${OK}}}}\n`,
        transformations: [{ kind: 'path-operation-moved', pointer: '/paths/~1speech/post', from: 'POST /speech#stream', to: 'POST /speech', renamed: {}, reason: expect.stringContaining('a fragment never reaches the server') }],
      },
    },
  ],
  [
    'different methods on one URL do not collide: the fragment key joins the plain one',
    {
      given: `paths: {/token: {get: {responses: ${OK}}}, '/token#refresh': {post: {responses: ${OK}}}}\n`,
      want: {
        document: `paths: {/token: {get: {responses: ${OK}}, post: {responses: ${OK}}}}\n`,
        transformations: [{ kind: 'path-operation-moved', from: 'POST /token#refresh', to: 'POST /token' }],
      },
    },
  ],
  [
    'a query string and a fragment: the query becomes required const parameters, the fragment goes',
    {
      given: `paths: {'/responses?beta=true&v=2#x': {post: {parameters: [{name: q, in: query, schema: {type: string}}], responses: ${OK}}}}\n`,
      want: {
        document: `paths: {/responses: {post: {parameters: [{name: q, in: query, schema: {type: string}}, {name: beta, in: query, required: true, schema: {type: string, const: 'true'}}, {name: v, in: query, required: true, schema: {type: string, const: '2'}}], responses: ${OK}}}}\n`,
        transformations: [{ kind: 'path-operation-moved', from: 'POST /responses?beta=true&v=2#x', to: 'POST /responses', reason: expect.stringContaining('required query parameters') }],
      },
    },
  ],
  [
    'keys differing only by parameter name with different methods: one key (the one with more operations), path parameters renamed, Path Item parameters pushed down',
    {
      given: `paths:
  /files/{FileName}:
    parameters: [${pathParameter('FileName')}]
    post: {responses: ${OK}}
    put: {responses: ${OK}}
  /files/{AttachmentID}:
    parameters: [{$ref: '#/components/parameters/Attachment'}]
    delete: {responses: ${OK}}
components: {parameters: {Attachment: {name: AttachmentID, in: path, required: true, description: The attachment, schema: {type: string, format: uuid}}}}
`,
      want: {
        document: `paths:
  /files/{FileName}:
    parameters: [${pathParameter('FileName')}]
    post: {responses: ${OK}}
    put: {responses: ${OK}}
    delete: {parameters: [{name: FileName, in: path, required: true, description: The attachment, schema: {type: string, format: uuid}}], responses: ${OK}}
components: {parameters: {Attachment: {name: AttachmentID, in: path, required: true, description: The attachment, schema: {type: string, format: uuid}}}}
`,
        transformations: [{ kind: 'path-operation-moved', from: 'DELETE /files/{AttachmentID}', to: 'DELETE /files/{FileName}', renamed: { AttachmentID: 'FileName' } }],
      },
    },
  ],
  [
    "Xero's GET /Contacts/{ContactID} and GET /Contacts/{ContactNumber}: same route but for the path parameter, merged into one accepting both",
    {
      given: `paths:
  /Contacts/{ContactID}:
    get: {operationId: getContact, summary: By id, parameters: [{name: ContactID, in: path, required: true, description: The id, schema: {type: string, format: uuid}}], responses: ${ok('A contact')}}
    post: {operationId: updateContact, parameters: [${pathParameter('ContactID')}], responses: ${OK}}
  /Contacts/{ContactNumber}:
    get: {operationId: getContactByNumber, summary: By number, parameters: [{name: ContactNumber, in: path, required: true, description: The number, schema: {type: string}}], responses: ${ok('The contact')}}
`,
      want: {
        document: `paths:
  /Contacts/{ContactID}:
    get:
      operationId: getContact
      summary: By id
      parameters:
        - name: ContactID
          in: path
          required: true
          description: The id
          schema: {anyOf: [{title: ContactID, description: The id, type: string, format: uuid}, {title: ContactNumber, description: The number, type: string}]}
      responses: ${ok('A contact')}
    post: {operationId: updateContact, parameters: [${pathParameter('ContactID')}], responses: ${OK}}
`,
        transformations: [
          {
            kind: 'path-operations-merged',
            pointer: '/paths/~1Contacts~1{ContactID}/get',
            from: 'GET /Contacts/{ContactNumber}',
            to: 'GET /Contacts/{ContactID}',
            renamed: { ContactNumber: 'ContactID' },
            before: expect.objectContaining({ operationId: 'getContactByNumber' }),
            reason: expect.stringContaining('they differ only in path parameters, texts and ids'),
          },
        ],
      },
    },
  ],
  [
    'a three-way collision (two names, one with a fragment) ends as one operation under the first key',
    {
      given: `paths:
  '/a/{x}': {get: {parameters: [${pathParameter('x')}], responses: ${OK}}}
  '/a/{y}': {get: {parameters: [${pathParameter('y')}], responses: ${OK}}}
  '/a/{z}#f': {get: {parameters: [${pathParameter('z')}], responses: ${OK}}}
`,
      want: {
        document: `paths: {'/a/{x}': {get: {parameters: [${pathParameter('x')}], responses: ${OK}}}}\n`,
        transformations: [
          { kind: 'path-operations-merged', from: 'GET /a/{y}', to: 'GET /a/{x}', renamed: { y: 'x' } },
          { kind: 'path-operations-merged', from: 'GET /a/{z}#f', to: 'GET /a/{x}', renamed: { z: 'x' } },
        ],
      },
    },
  ],
  [
    "Mistral's connectors: both keys carry fragments and differ by name; they end under the key with more operations",
    {
      given: `paths:
  '/c/{connector_id_or_name}#idOrName': {get: {parameters: [${pathParameter('connector_id_or_name')}], responses: ${OK}}}
  '/c/{connector_id}#id': {patch: {parameters: [${pathParameter('connector_id')}], responses: ${OK}}, delete: {parameters: [${pathParameter('connector_id')}], responses: ${OK}}}
`,
      want: {
        document: `paths:
  /c/{connector_id}:
    get: {parameters: [${pathParameter('connector_id')}], responses: ${OK}}
    delete: {parameters: [${pathParameter('connector_id')}], responses: ${OK}}
    patch: {parameters: [${pathParameter('connector_id')}], responses: ${OK}}
`,
        transformations: [
          { kind: 'path-operation-moved', from: 'GET /c/{connector_id_or_name}#idOrName', renamed: { connector_id_or_name: 'connector_id' } },
          { kind: 'path-operation-moved', from: 'DELETE /c/{connector_id}#id', to: 'DELETE /c/{connector_id}' },
          { kind: 'path-operation-moved', from: 'PATCH /c/{connector_id}#id', to: 'PATCH /c/{connector_id}' },
        ],
      },
    },
  ],
  [
    'one route, one method, different bodies: refused, naming both pointers and the manifest setting',
    {
      given: `paths:
  /conversations: {post: {requestBody: {content: {application/json: {schema: {type: object}}}}, responses: ${OK}}}
  '/conversations#stream': {post: {requestBody: {content: {application/json: {schema: {type: string}}}}, responses: ${OK}}}
`,
      want: {
        error:
          'api.yaml:3:35 #/paths/~1conversations#stream/post: POST /conversations#stream (#/paths/~1conversations#stream/post) and POST /conversations (#/paths/~1conversations/post) are one URL and method but differ in parameters, body, responses or security: merge them with `pathKeys: {"/conversations#stream": merge}` in the manifest, or change one with an overlay',
      },
    },
  ],
  [
    'the manifest says merge: bodies and responses unioned per media type, what only one requires made optional, security joined',
    {
      manifest: "pathKeys: {'/conversations#stream': merge}",
      given: `paths:
  /conversations:
    post:
      operationId: start
      parameters: [{name: X-Trace, in: header, required: true, schema: {type: string}}, {name: v, in: query, required: true, schema: {type: integer}}]
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Request'}}}}
      responses: {'200': {description: OK, content: {application/json: {schema: {type: object}}}}}
      security: [{key: []}]
  '/conversations#stream':
    post:
      operationId: startStream
      parameters: [{name: v, in: query, required: true, schema: {type: string}}, {name: cursor, in: query, required: true, schema: {type: string}}]
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/StreamRequest'}}}}
      responses: {'200': {description: Events, content: {text/event-stream: {schema: {type: string}}}}, '422': {description: Invalid}}
      security: [{bearer: []}]
`,
      want: {
        document: `paths:
  /conversations:
    post:
      operationId: start
      parameters:
        - {name: X-Trace, in: header, required: false, schema: {type: string}}
        - {name: v, in: query, required: true, schema: {anyOf: [{title: v, type: integer}, {title: v, type: string}]}}
        - {name: cursor, in: query, required: false, schema: {type: string}}
      requestBody: {required: true, content: {application/json: {schema: {anyOf: [{$ref: '#/components/schemas/Request'}, {$ref: '#/components/schemas/StreamRequest'}]}}}}
      responses:
        '200': {description: OK, content: {application/json: {schema: {type: object}}, text/event-stream: {schema: {type: string}}}}
        '422': {description: Invalid}
      security: [{key: []}, {bearer: []}]
`,
        transformations: [{ kind: 'path-operations-merged', from: 'POST /conversations#stream', to: 'POST /conversations', reason: expect.stringContaining('the manifest says merge') }],
      },
    },
  ],
  [
    'a query string fixing a parameter the operation declares has no safe choice',
    { given: `paths: {'/r?beta=true': {get: {parameters: [{name: beta, in: query, schema: {type: boolean}}], responses: ${OK}}}}\n`, want: { error: /^api\.yaml:1:31 #\/paths\/~1r\?beta=true\/get: path key "\/r\?beta=true" fixes query parameter "beta", which the operation also declares: change one with an overlay$/ } },
  ],
  [
    'a manifest pathKeys entry naming no key is a warning (a normalized document no longer has it)',
    { manifest: "pathKeys: {'/gone#x': merge}", given: `paths: {/a: {get: {responses: ${OK}}}}\n`, want: { document: `paths: {/a: {get: {responses: ${OK}}}}\n`, warnings: [{ kind: 'path-key-setting-unused', pointer: '/pathKeys/~1gone#x' }] } },
  ],
  [
    'clean keys, literal and templated overlaps included, are left alone',
    { given: `paths: {/files/content: {get: {responses: ${OK}}}, '/files/{id}': {get: {responses: ${OK}}}, '/files/{id}/a': {get: {responses: ${OK}}}}\n`, want: { document: `paths: {/files/content: {get: {responses: ${OK}}}, '/files/{id}': {get: {responses: ${OK}}}, '/files/{id}/a': {get: {responses: ${OK}}}}\n` } },
  ],
];

describe('path-keys pass', () => {
  it.each(CASES)('%s', async (_name, { given, manifest: extra, want }) => {
    const text = `openapi: 3.1.0\n${given}`;
    const context = apiContext({ sources: [source('api.yaml', given)], ...(extra ? { manifest: manifest(extra) } : {}) });
    const result = await expectPass(pathKeys, yaml(text), context, { ...want, ...(typeof want.document === 'string' ? { document: `openapi: 3.1.0\n${want.document}` } : {}) });
    if (!result) return;
    // Idempotent: the result, normalized again, is unchanged and records no transformation.
    const again = apiContext(extra ? { manifest: manifest(extra) } : {});
    expect(await pathKeys.run(structuredClone(result), again)).toEqual(result);
    expect(again.report.transformations).toEqual([]);
  });

  it('keeps the other keys in document order and adds a new key last (the order pass orders paths)', async () => {
    const result = await pathKeys.run(yaml(`openapi: 3.1.0\npaths: {/z: {get: {responses: ${OK}}}, '/a#b': {get: {responses: ${OK}}}, /m: {get: {responses: ${OK}}}}\n`), apiContext());
    expect(Object.keys(result.paths as object)).toEqual(['/z', '/m', '/a']);
  });

  it.each([
    ['a list', 'pathKeys: [merge]', /manifest\.yaml:\d+:\d+ #\/pathKeys: expected a map of published path key to merge$/],
    ['a key not starting with /', "pathKeys: {'conversations#stream': merge}", /manifest\.yaml:\d+:\d+ #\/pathKeys\/conversations#stream: expected a path key starting with "\/", got "conversations#stream"$/],
    ['another decision', "pathKeys: {'/a#b': keep}", /manifest\.yaml:\d+:\d+ #\/pathKeys\/~1a#b: expected merge, got "keep"$/],
  ])('the manifest refuses pathKeys that is %s, at its line', (_name, extra, error) => {
    expect(() => manifest(extra)).toThrow(error);
  });

  it('merges a thousand keys on one route into one operation whose parameter is one flat anyOf (no nesting), in well under a second here', async () => {
    const count = 1000;
    const paths = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [`/a/{p${index}}`, { get: { parameters: [{ name: `p${index}`, in: 'path', required: true, schema: { type: 'string', maxLength: index + 1 } }], responses: { '200': { description: 'OK' } } } }]),
    );
    const started = performance.now();
    const context = apiContext();
    const result = await pathKeys.run({ openapi: '3.1.0', paths }, context);
    expect(performance.now() - started).toBeLessThan(5_000);
    const operation = (result.paths as Record<string, { get: { parameters: Array<{ name: string; schema: { anyOf: Array<{ title: string }> } }> } }>)['/a/{p0}']!.get;
    expect(Object.keys(result.paths as object)).toEqual(['/a/{p0}']);
    expect(operation.parameters).toHaveLength(1);
    expect(operation.parameters[0]!.schema.anyOf.map(({ title }) => title)).toEqual(Array.from({ length: count }, (_, index) => `p${index}`));
    expect(context.report.transformations).toHaveLength(count - 1);
  });
});
