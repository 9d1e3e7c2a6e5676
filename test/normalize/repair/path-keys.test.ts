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
    "Mistral's #stream: another body (stream: true), a text/event-stream 200 beside the JSON one, the same 422: the request tells the answers apart, merged without a setting",
    {
      given: `paths:
  /conversations:
    post:
      operationId: start
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Request'}}}}
      responses: {'200': {description: OK, content: {application/json: {schema: {type: object}}}}, '422': {description: Invalid, content: {application/json: {schema: {$ref: '#/components/schemas/Invalid'}}}}}
  '/conversations#stream':
    post:
      operationId: startStream
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/StreamRequest'}}}}
      responses: {'200': {description: Events, content: {text/event-stream: {schema: {type: string}}}}, '422': {description: Invalid, content: {application/json: {schema: {$ref: '#/components/schemas/Invalid'}}}}}
components: {schemas: {Request: {type: object, properties: {stream: {const: false}}}, StreamRequest: {type: object, properties: {stream: {const: true}}}, Invalid: {type: object}}}
`,
      want: {
        document: `paths:
  /conversations:
    post:
      operationId: start
      requestBody: {required: true, content: {application/json: {schema: {anyOf: [{$ref: '#/components/schemas/Request'}, {$ref: '#/components/schemas/StreamRequest'}]}}}}
      responses: {'200': {description: OK, content: {application/json: {schema: {type: object}}, text/event-stream: {schema: {type: string}}}}, '422': {description: Invalid, content: {application/json: {schema: {$ref: '#/components/schemas/Invalid'}}}}}
components: {schemas: {Request: {type: object, properties: {stream: {const: false}}}, StreamRequest: {type: object, properties: {stream: {const: true}}}, Invalid: {type: object}}}
`,
        transformations: [
          {
            kind: 'path-operations-merged',
            pointer: '/paths/~1conversations/post',
            from: 'POST /conversations#stream',
            to: 'POST /conversations',
            before: expect.objectContaining({ operationId: 'startStream' }),
            reason: expect.stringContaining('their requests differ in what they require, so the request selects the answer'),
          },
        ],
      },
    },
  ],
  [
    "Box's #refresh: a second form body on the form endpoint, the same answers: one form body accepting either",
    {
      given: `paths:
  /oauth2/token: {post: {operationId: token, requestBody: {content: {application/x-www-form-urlencoded: {schema: {type: object, required: [grant_type, code], properties: {grant_type: {type: string}, code: {type: string}}}}}}, responses: ${ok('A token')}, security: []}}
  '/oauth2/token#refresh': {post: {operationId: 'token#refresh', requestBody: {content: {application/x-www-form-urlencoded: {schema: {type: object, required: [grant_type, refresh_token], properties: {grant_type: {type: string}, refresh_token: {type: string}}}}}}, responses: ${ok('A token')}, security: []}}
`,
      want: {
        document: `paths:
  /oauth2/token:
    post:
      operationId: token
      requestBody:
        required: false
        content:
          application/x-www-form-urlencoded:
            schema:
              anyOf:
                - {type: object, required: [grant_type, code], properties: {grant_type: {type: string}, code: {type: string}}}
                - {type: object, required: [grant_type, refresh_token], properties: {grant_type: {type: string}, refresh_token: {type: string}}}
      responses: ${ok('A token')}
      security: []
`,
        transformations: [{ kind: 'path-operations-merged', from: 'POST /oauth2/token#refresh', to: 'POST /oauth2/token' }],
      },
    },
  ],
  [
    "the same request answered by tagged schemas (Box's GET /shared_items: a file or a folder, each with its own required type, through $ref, allOf and a nullable's anyOf): merged, the 200 accepting either",
    {
      given: `paths:
  /shared_items: {get: {parameters: [{name: boxapi, in: header, required: true, schema: {type: string}}], responses: {'200': {description: A file, content: {application/json: {schema: {$ref: '#/components/schemas/File'}}}}}}}
  '/shared_items#folders': {get: {parameters: [{name: boxapi, in: header, required: true, description: The link, schema: {type: string}}], responses: {'200': {description: A folder, content: {application/json: {schema: {$ref: '#/components/schemas/Folder'}}}}}}}
components:
  schemas:
    File: {type: object, allOf: [{$ref: '#/components/schemas/FileMini'}]}
    FileMini: {anyOf: [{type: object, allOf: [{$ref: '#/components/schemas/FileBase'}]}, {type: 'null'}]}
    FileBase: {type: object, required: [id, type], properties: {id: {type: string}, type: {type: string, enum: [file]}}}
    Folder: {type: object, required: [id, type], properties: {id: {type: string}, type: {const: folder}}}
`,
      want: {
        document: expect.objectContaining({
          paths: {
            '/shared_items': {
              get: {
                parameters: [{ name: 'boxapi', in: 'header', required: true, schema: { type: 'string' } }],
                responses: { '200': { description: 'A file', content: { 'application/json': { schema: { anyOf: [{ $ref: '#/components/schemas/File' }, { $ref: '#/components/schemas/Folder' }] } } } } },
              },
            },
          },
        }),
        transformations: [{ kind: 'path-operations-merged', from: 'GET /shared_items#folders', reason: expect.stringContaining('their answers are told apart (200 application/json by their required property "type")') }],
      },
    },
  ],
  [
    'the same request answered by an array or by an object: told apart by their JSON types, merged',
    {
      given: `paths:
  /items: {get: {responses: {'200': {description: Many, content: {application/json: {schema: {type: array, items: {type: string}}}}}}}}
  '/items#one': {get: {responses: {'200': {description: One, content: {application/json: {schema: {type: object}}}}}}}
`,
      want: {
        document: `paths:
  /items: {get: {responses: {'200': {description: Many, content: {application/json: {schema: {anyOf: [{type: array, items: {type: string}}, {type: object}]}}}}}}}
`,
        transformations: [{ kind: 'path-operations-merged', reason: expect.stringContaining('200 application/json by their JSON types') }],
      },
    },
  ],
  [
    'the same request, the same status, two JSON objects nothing tells apart (an optional tag does not): no safe choice, refused naming both pointers, the status and the manifest setting',
    {
      given: `paths:
  /conversations: {post: {parameters: [{name: q, in: query, schema: {type: string}}], responses: {'200': {description: A, content: {application/json: {schema: {type: object, properties: {kind: {const: a}, id: {type: string}}}}}}}}}
  '/conversations#other': {post: {responses: {'200': {description: B, content: {application/json: {schema: {type: object, properties: {kind: {const: b}, name: {type: string}}}}}}}}}
`,
      want: {
        error:
          'api.yaml:3:34 #/paths/~1conversations#other/post: POST /conversations#other (#/paths/~1conversations#other/post) and POST /conversations (#/paths/~1conversations/post) are one URL and method, and no merge is safe: their requests require the same and their 200 application/json responses differ with nothing to tell them apart (no distinct JSON type, no required property with distinct values); merge them anyway with `pathKeys: {"/conversations#other": merge}` in the manifest, or change one with an overlay',
      },
    },
  ],
  [
    'three operations on one route: each newcomer must be safe beside every operation merged before it, not only beside the union (the third answers like the second, nothing tells them apart)',
    {
      given: `paths:
  /things: {get: {responses: {'200': {description: List, content: {application/json: {schema: {type: array}}}}}}}
  '/things#a': {get: {responses: {'200': {description: A, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}}}}
  '/things#b': {get: {responses: {'200': {description: B, content: {application/json: {schema: {type: object, properties: {b: {type: string}}}}}}}}}
`,
      want: { error: /^api\.yaml:4:\d+ #\/paths\/~1things#b\/get: GET \/things#b \(#\/paths\/~1things#b\/get\) and GET \/things \(#\/paths\/~1things\/get\) are one URL and method, and no merge is safe: .*200 application\/json responses differ with nothing to tell them apart.*`pathKeys: \{"\/things#b": merge\}`/ },
    },
  ],
  [
    'three operations on one route, each telling its answer apart: one operation, one flat anyOf, two entries',
    {
      given: `paths:
  /things: {get: {responses: {'200': {description: List, content: {application/json: {schema: {type: array}}}}}}}
  '/things#a': {get: {responses: {'200': {description: A, content: {application/json: {schema: {type: object}}}}}}}
  '/things#b': {get: {responses: {'200': {description: B, content: {application/json: {schema: {type: string}}}}}}}
`,
      want: {
        document: `paths:
  /things: {get: {responses: {'200': {description: List, content: {application/json: {schema: {anyOf: [{type: array}, {type: object}, {type: string}]}}}}}}}
`,
        transformations: [
          { kind: 'path-operations-merged', from: 'GET /things#a' },
          { kind: 'path-operations-merged', from: 'GET /things#b' },
        ],
      },
    },
  ],
  [
    "a parameter required in one only (Box's get_shared_link requires fields=shared_link): the request tells them apart; merged, the parameter optional and accepting either schema",
    {
      given: `paths:
  /files/{id}: {get: {parameters: [${pathParameter('id')}, {name: fields, in: query, schema: {type: array, items: {type: string}}}], responses: {'200': {description: A file, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}}}}
  '/files/{id}#get_shared_link': {get: {parameters: [${pathParameter('id')}, {name: fields, in: query, required: true, schema: {type: string, const: shared_link}}], responses: {'200': {description: A file, content: {application/json: {schema: {type: object, properties: {shared_link: {type: object}}}}}}}}}
`,
      want: {
        document: `paths:
  /files/{id}:
    get:
      parameters:
        - ${pathParameter('id')}
        - {name: fields, in: query, required: false, schema: {anyOf: [{title: fields, type: array, items: {type: string}}, {title: fields, type: string, const: shared_link}]}}
      responses: {'200': {description: A file, content: {application/json: {schema: {anyOf: [{type: object, properties: {id: {type: string}}}, {type: object, properties: {shared_link: {type: object}}}]}}}}}
`,
        transformations: [{ kind: 'path-operations-merged', reason: expect.stringContaining('their requests differ in what they require') }],
      },
    },
  ],
  [
    'only an optional parameter differs and both answer the same: safe (the answers are the same), merged with the parameter',
    {
      given: `paths:
  /a: {get: {parameters: [{name: q, in: query, schema: {type: string}}], responses: ${ok('A')}}}
  '/a#b': {get: {responses: ${ok('B')}}}
`,
      want: {
        document: `paths: {/a: {get: {parameters: [{name: q, in: query, schema: {type: string}}], responses: ${ok('A')}}}}\n`,
        transformations: [{ kind: 'path-operations-merged', reason: expect.stringContaining('their requests require the same and their shared answers are the same') }],
      },
    },
  ],
  [
    'security differing only: merged, allowing what either allowed',
    {
      given: `paths:
  /a: {get: {responses: ${OK}, security: [{key: []}]}}
  '/a#bearer': {get: {responses: ${OK}, security: [{bearer: []}]}}
`,
      want: {
        document: `paths: {/a: {get: {responses: ${OK}, security: [{key: []}, {bearer: []}]}}}\n`,
        transformations: [{ kind: 'path-operations-merged' }],
      },
    },
  ],
  [
    'the same request, one status in other media types (JSON and XML): no media type both answer, merged with both',
    {
      given: `paths:
  /a: {get: {responses: {'200': {description: A, content: {application/json: {schema: {type: object}}}}}}}
  '/a#xml': {get: {responses: {'200': {description: A, content: {application/xml: {schema: {type: object, properties: {x: {type: string}}}}}}}}}
`,
      want: {
        document: `paths: {/a: {get: {responses: {'200': {description: A, content: {application/json: {schema: {type: object}}, application/xml: {schema: {type: object, properties: {x: {type: string}}}}}}}}}}\n`,
        transformations: [{ kind: 'path-operations-merged' }],
      },
    },
  ],
  [
    'answers differing only in texts (descriptions, examples) are the same answer',
    {
      given: `paths:
  /a: {get: {responses: {'200': {description: A, content: {application/json: {schema: {type: object, description: One, example: {a: 1}}}}}}}}
  '/a#b': {get: {responses: {'200': {description: B, content: {application/json: {schema: {type: object, description: Two}}}}}}}
`,
      want: {
        document: `paths: {/a: {get: {responses: {'200': {description: A, content: {application/json: {schema: {type: object, description: One, example: {a: 1}}}}}}}}}\n`,
        transformations: [{ kind: 'path-operations-merged', reason: expect.stringContaining('they differ only in path parameters, texts and ids') }],
      },
    },
  ],
  [
    'the manifest says merge where no merge is safe: parameters, bodies and responses unioned per media type, what only one requires made optional, security joined',
    {
      manifest: "pathKeys: {'/conversations#stream': merge}",
      given: `paths:
  /conversations:
    post:
      operationId: start
      parameters: [{name: X-Trace, in: header, required: true, schema: {type: string}}, {name: v, in: query, required: true, schema: {type: integer}}]
      responses: {'200': {description: OK, content: {application/json: {schema: {type: object}}}}}
      security: [{key: []}]
  '/conversations#stream':
    post:
      operationId: startStream
      parameters: [{name: X-Trace, in: header, required: true, schema: {type: string}}, {name: v, in: query, required: true, schema: {type: integer}}, {name: cursor, in: query, schema: {type: string}}]
      responses: {'200': {description: Events, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}, text/event-stream: {schema: {type: string}}}}, '422': {description: Invalid}}
      security: [{bearer: []}]
`,
      want: {
        document: `paths:
  /conversations:
    post:
      operationId: start
      parameters:
        - {name: X-Trace, in: header, required: true, schema: {type: string}}
        - {name: v, in: query, required: true, schema: {type: integer}}
        - {name: cursor, in: query, required: false, schema: {type: string}}
      responses:
        '200': {description: OK, content: {application/json: {schema: {anyOf: [{type: object}, {type: object, properties: {a: {type: string}}}]}}, text/event-stream: {schema: {type: string}}}}
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

  it('checks a thousand variants of one route, the same request answered by a thousand tagged objects, pairwise in well under the bound: one operation whose 200 is one flat anyOf', async () => {
    const count = 1000;
    const answer = (index: number) => ({ '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', required: ['kind'], properties: { kind: { const: `k${index}` } } } } } } });
    const paths = Object.fromEntries(Array.from({ length: count }, (_, index) => [index === 0 ? '/things' : `/things#v${index}`, { get: { responses: answer(index) } }]));
    const started = performance.now();
    const context = apiContext();
    const result = await pathKeys.run({ openapi: '3.1.0', paths }, context);
    expect(performance.now() - started).toBeLessThan(10_000);
    const schema = (result.paths as Record<string, { get: { responses: Record<string, { content: Record<string, { schema: { anyOf: unknown[] } }> }> } }>)['/things']!.get.responses['200']!.content['application/json']!.schema;
    expect(Object.keys(result.paths as object)).toEqual(['/things']);
    expect(schema.anyOf).toHaveLength(count);
    expect(context.report.transformations).toHaveLength(count - 1);
  });
});
