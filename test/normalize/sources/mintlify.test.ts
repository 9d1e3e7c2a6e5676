/**
 * A Mintlify page (`paths: {path, method, request, response}`) becomes a
 * real OpenAPI 3.1 fragment. Each case is a small page in the shape
 * Mintlify publishes (the quirks of specs/anchorbrowser/raw/, cut down).
 */
import { describe, expect, it } from 'vitest';
import { isMintlifyPage, mintlifyPages } from '../../../src/normalize/sources/mintlify.js';
import { expectPass, sourceContext, yaml, type Want } from '../given.js';

const page = (request: string, response = "    '200':\n      application/json:\n        schemaArray:\n          - type: string\n        description: OK\n") =>
  `paths:\n  path: /v1/task/run/{taskName}\n  method: post\n  request:\n${request}  response:\n${response}`;

const OK = "'200': {description: OK, content: {application/json: {schema: {type: string}}}}";
const converted = { kind: 'mintlify-to-openapi', source: 'page.yaml', pointer: '/paths/~1v1~1task~1run~1{taskName}/post' } as const;

const CASES: Array<[string, { given: string; want: Want }]> = [
  [
    'schema-array parameters become Parameter Objects (path parameters required, example kept)',
    {
      given: page(`    parameters:
      path:
        taskName:
          schema:
            - type: string
              required: true
              description: The name of the task to run
              example: web-scraper
      query:
        verbose:
          schema:
            - type: boolean
`),
      want: {
        document: `openapi: 3.1.0
paths:
  /v1/task/run/{taskName}:
    post:
      parameters:
        - {name: taskName, in: path, description: The name of the task to run, required: true, schema: {type: string}, example: web-scraper}
        - {name: verbose, in: query, schema: {type: boolean}}
      responses: {${OK}}
`,
        transformations: [converted],
      },
    },
  ],
  [
    'request.security becomes an apiKey scheme named after its title, and the operation requires it',
    {
      given: page(`    security:
      - title: api key header
        parameters:
          header:
            anchor-api-key:
              type: apiKey
              description: API key passed in the header
`),
      want: {
        document: `openapi: 3.1.0
paths:
  /v1/task/run/{taskName}:
    post:
      responses: {${OK}}
      security: [{api_key_header: []}]
components:
  securitySchemes:
    api_key_header: {type: apiKey, in: header, name: anchor-api-key, description: API key passed in the header}
`,
        transformations: [converted],
      },
    },
  ],
  [
    'refIdentifier names the body schema, required: true marks the body required, requiredProperties becomes required',
    {
      given: page(`    body:
      application/json:
        schemaArray:
          - type: object
            required: true
            refIdentifier: '#/components/schemas/RunTaskByNameRequest'
            requiredProperties: [name]
            properties:
              name: {type: string}
`),
      want: {
        document: `openapi: 3.1.0
paths:
  /v1/task/run/{taskName}:
    post:
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/RunTaskByNameRequest'}}}
      responses: {${OK}}
components:
  schemas:
    RunTaskByNameRequest: {type: object, properties: {name: {type: string}}, required: [name]}
`,
        transformations: [converted],
      },
    },
  ],
  [
    'one-member allOf wrappers are unwrapped keeping their descriptions, each reported; a wrapper of a wrapper too',
    {
      given: page(`    body:
      application/json:
        schemaArray:
          - type: object
            properties:
              async:
                allOf:
                  - type: boolean
                description: Whether to run the task asynchronously
              overrideBrowserConfiguration:
                allOf:
                  - allOf:
                      - $ref: '#/components/schemas/SessionConfig'
                description: Override browser configuration for this execution
`) + 'components:\n  schemas:\n    SessionConfig: {type: object}\n',
      want: {
        document: `openapi: 3.1.0
paths:
  /v1/task/run/{taskName}:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                async: {type: boolean, description: Whether to run the task asynchronously}
                overrideBrowserConfiguration: {$ref: '#/components/schemas/SessionConfig', description: Override browser configuration for this execution}
      responses: {${OK}}
components:
  schemas:
    SessionConfig: {type: object}
`,
        transformations: [
          { kind: 'mintlify-unwrap-allof', source: 'page.yaml', pointer: '/paths/request/body/application~1json/schemaArray/0/properties/async' },
          { kind: 'mintlify-unwrap-allof', source: 'page.yaml', pointer: '/paths/request/body/application~1json/schemaArray/0/properties/overrideBrowserConfiguration' },
          { kind: 'mintlify-unwrap-allof', source: 'page.yaml', pointer: '/paths/request/body/application~1json/schemaArray/0/properties/overrideBrowserConfiguration' },
          converted,
        ],
      },
    },
  ],
  [
    'a real multi-member allOf is kept, and so is a wrapper whose keywords clash with its member',
    {
      given: page(
        '',
        `    '200':
      application/json:
        schemaArray:
          - type: object
            properties:
              both:
                allOf:
                  - {type: object, properties: {a: {type: string}}}
                  - {type: object, properties: {b: {type: string}}}
              clash:
                allOf:
                  - {type: string, description: inner}
                description: outer
        description: OK
`,
      ),
      want: {
        document: `openapi: 3.1.0
paths:
  /v1/task/run/{taskName}:
    post:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  both: {allOf: [{type: object, properties: {a: {type: string}}}, {type: object, properties: {b: {type: string}}}]}
                  clash: {allOf: [{type: string, description: inner}], description: outer}
`,
        transformations: [converted],
      },
    },
  ],
  [
    'response descriptions move out of the media type, schemas are named, examples are kept per status',
    {
      given: page(
        '',
        `    '200':
      application/json:
        schemaArray:
          - type: object
            refIdentifier: '#/components/schemas/RunTaskResponse'
            properties:
              data: {type: string}
        examples:
          example:
            value: {data: done}
        description: Task executed successfully
    '404':
      application/json:
        schemaArray:
          - type: object
            refIdentifier: '#/components/schemas/ErrorResponse'
        description: Task not found
`,
      ),
      want: {
        document: `openapi: 3.1.0
paths:
  /v1/task/run/{taskName}:
    post:
      responses:
        '200':
          description: Task executed successfully
          content:
            application/json:
              schema: {$ref: '#/components/schemas/RunTaskResponse'}
              examples: {example: {value: {data: done}}}
        '404':
          description: Task not found
          content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}
components:
  schemas:
    RunTaskResponse: {type: object, properties: {data: {type: string}}}
    ErrorResponse: {type: object}
`,
        transformations: [converted],
      },
    },
  ],
  [
    'page-level components are kept, and a YAML anchor becomes independent equal copies',
    {
      given: page(
        '',
        `    '500':
      application/json:
        schemaArray:
          - &error
            type: object
            properties:
              error: {type: object, properties: {code: {type: integer}, message: {type: string}}}
        description: Error
components:
  schemas:
    ErrorResponse: *error
    Task: {type: object}
`,
      ),
      want: {
        document: `openapi: 3.1.0
paths:
  /v1/task/run/{taskName}:
    post:
      responses:
        '500':
          description: Error
          content:
            application/json:
              schema: {type: object, properties: {error: {type: object, properties: {code: {type: integer}, message: {type: string}}}}}
components:
  schemas:
    ErrorResponse: {type: object, properties: {error: {type: object, properties: {code: {type: integer}, message: {type: string}}}}}
    Task: {type: object}
`,
        transformations: [converted],
      },
    },
  ],
  ['a page without its method fails naming the line', { given: 'paths:\n  path: /x\n  response: {}\n', want: { error: /^page\.yaml:2:3 #\/paths\/method: Mintlify page has no `paths.method`/ } }],
  ['a page without its path fails naming it', { given: 'paths:\n  method: get\n  response: {}\n', want: { error: /^page\.yaml.*#\/paths\/path: Mintlify page has no `paths.path`/ } }],
  ['a page without responses fails naming it', { given: 'paths:\n  path: /x\n  method: get\n', want: { error: /^page\.yaml:\d+:\d+ #\/paths\/response: Mintlify page has no `paths.response`/ } }],
  ['an OpenAPI document passes through untouched', { given: 'openapi: 3.1.0\npaths: {}\n', want: { document: 'openapi: 3.1.0\npaths: {}\n' } }],
];

describe('mintlify pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const { document, context } = sourceContext('page.yaml', given);
    await expectPass(mintlifyPages, document, context, want);
  });

  it('tells a page from an OpenAPI document by shape', () => {
    expect(isMintlifyPage(yaml('paths: {path: /x, method: get}'))).toBe(true);
    expect(isMintlifyPage(yaml('openapi: 3.1.0\npaths: {/x: {}}'))).toBe(false);
  });

  it('leaves the page it read unchanged (the lossless proof reads it)', async () => {
    const { document, context } = sourceContext('page.yaml', CASES[3]![1].given);
    const before = structuredClone(document);
    await mintlifyPages.run(document, context);
    expect(document).toEqual(before);
  });
});
