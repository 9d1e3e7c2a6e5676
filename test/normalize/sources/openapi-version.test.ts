/**
 * Versions: 3.1 passes, 3.0 is said to be 3.1 (its keywords are the shape
 * passes'), Swagger 2.0 is restructured in memory by swagger2openapi, and
 * anything else is refused in one line naming the file and line.
 */
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { convertSource } from '../../../src/normalize/pipeline.js';
import { NormalizationReport } from '../../../src/normalize/report.js';
import { openApiVersion, swagger2Pointer } from '../../../src/normalize/sources/openapi-version.js';
import { expectPass, input, manifest, sourceContext, yaml, type Want } from '../given.js';

const SWAGGER_2 = `swagger: '2.0'
info: {title: t, version: '1'}
consumes: [application/json]
produces: [application/json]
paths:
  /pets:
    post:
      parameters:
        - {name: pet, in: body, required: true, schema: {$ref: '#/definitions/Pet'}}
        - {name: verbose, in: query, type: boolean}
      responses:
        '200': {description: ok, schema: {$ref: '#/definitions/Pet'}, examples: {application/json: {name: Rex}}}
  /pets/{id}/photo:
    put:
      consumes: [multipart/form-data]
      parameters:
        - {name: id, in: path, required: true, type: string}
        - {name: file, in: formData, type: file}
        - {name: caption, in: formData, type: string}
      responses:
        '204': {description: done}
definitions:
  Pet:
    type: object
    properties:
      name: {type: string, x-nullable: true}
      owner: {$ref: '#/definitions/Owner', description: the owner, x-nullable: true}
  Owner: {type: object, properties: {name: {type: string}}}
`;

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['OpenAPI 3.1.x passes unchanged', { given: 'openapi: 3.1.1\npaths: {}\n', want: { document: 'openapi: 3.1.1\npaths: {}\n' } }],
  ['OpenAPI 3.0.x is said to be 3.1.0', {
    given: 'openapi: 3.0.3\npaths: {}\n',
    want: { document: 'openapi: 3.1.0\npaths: {}\n', transformations: [{ kind: 'openapi-3.0-to-3.1', source: 'api.yaml', pointer: '/openapi', before: '3.0.3', after: '3.1.0' }] },
  }],
  ['Swagger 1.2 is refused at its line', { given: "info: {}\nswagger: '1.2'\n", want: { error: 'api.yaml:2:10 #/swagger: Swagger 1.2 is not supported: expected swagger: "2.0", openapi: 3.0.x or openapi: 3.1.x' } }],
  ['OpenAPI 4.0 is refused at its line', { given: 'openapi: 4.0.0\n', want: { error: 'api.yaml:1:10 #/openapi: OpenAPI 4.0.0 is not supported: expected 3.0.x or 3.1.x (or swagger: "2.0")' } }],
  ['a version that is not a string is not OpenAPI', { given: 'openapi: 3.1\n', want: { error: /^api\.yaml:1 #: not an OpenAPI document: expected `openapi: 3\.1\.x`/ } }],
  ['YAML that is no spec is refused', { given: 'title: notes\n', want: { error: /^api\.yaml:1 #: not an OpenAPI document/ } }],
  ['Swagger 2.0 that swagger2openapi cannot convert fails in one line at the version', {
    given: "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters: [{$ref: '#/parameters/nope'}]\n      responses: {'200': {description: ok}}\n",
    want: { error: /^api\.yaml:1:10 #\/swagger: Swagger 2\.0 could not be converted to OpenAPI 3: Could not resolve reference #\/components\/parameters\/nope$/ },
  }],
];

describe('openapi-version pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const { document, context } = sourceContext('api.yaml', given);
    await expectPass(openApiVersion, document, context, want);
  });

  it('restructures Swagger 2.0: body and formData parameters, consumes, definitions, $ref siblings kept (x-nullable beside $ref is the nullable pass\'s)', async () => {
    const { document, context } = sourceContext('api.yaml', SWAGGER_2);
    const result = await expectPass(openApiVersion, document, context, {
      transformations: [{ kind: 'swagger-2-to-openapi-3.1', source: 'api.yaml', pointer: '/openapi', before: '2.0', after: '3.1.0' }],
    });
    expect(result).toMatchObject(yaml(`openapi: 3.1.0
paths:
  /pets:
    post:
      parameters: [{name: verbose, in: query, schema: {type: boolean}}]
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}, examples: {response: {value: {name: Rex}}}}}}
  /pets/{id}/photo:
    put:
      requestBody: {content: {multipart/form-data: {schema: {type: object, properties: {file: {type: string, format: binary}, caption: {type: string}}}}}}
components:
  schemas:
    Pet:
      properties:
        name: {type: string, nullable: true}
        owner: {$ref: '#/components/schemas/Owner', description: the owner, x-nullable: true}
`));
  });

  it('reads no file and fetches nothing for external references (they are kept, for the refs pass to refuse)', async () => {
    const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
    const reads = [vi.spyOn(fs, 'readFile'), vi.spyOn(fs, 'readFileSync'), vi.spyOn(globalThis, 'fetch')];
    try {
      const given = SWAGGER_2.replace("Owner: {type: object, properties: {name: {type: string}}}", "Owner: {$ref: 'http://127.0.0.1:9/owner.yaml#/Owner'}\n  Local: {$ref: '../../etc/passwd#/x'}");
      const { document, context } = sourceContext('api.yaml', given);
      const result = await openApiVersion.run(document, context);
      expect(result).toMatchObject({ components: { schemas: { Owner: { $ref: 'http://127.0.0.1:9/owner.yaml#/Owner' }, Local: { $ref: '../../etc/passwd#/x' } } } });
      for (const read of reads) expect(read).not.toHaveBeenCalled();
    } finally {
      for (const read of reads) read.mockRestore();
    }
  });

  it('locates errors of a converted Swagger 2.0 source at the published line', async () => {
    const given = SWAGGER_2.replace("Owner: {type: object, properties: {name: {type: string}}}", "Owner:\n    $ref: '../../etc/passwd#/x'");
    await expect(convertSource(input('api.yaml', given), manifest(), new NormalizationReport())).rejects.toThrow(
      'api.yaml:29:11 #/definitions/Owner/$ref: external $ref "../../etc/passwd#/x" is not supported here: references to other files are bundled only where an OpenAPI object may stand in a source (not in extensions or overlays)',
    );
  });

  it.each([
    ['/components/schemas/Pet/properties/name', '/definitions/Pet/properties/name'],
    ['/components/securitySchemes/key', '/securityDefinitions/key'],
    ['/components/parameters/limit', '/parameters/limit'],
    ['/components/responses/NotFound/content/application~1json/schema/type', '/responses/NotFound/schema/type'],
    ['/paths/~1pets/post/requestBody/content/application~1json/schema', '/paths/~1pets/post/parameters'],
    ['/paths/~1pets/post/responses/200/content/application~1json/schema/$ref', '/paths/~1pets/post/responses/200/schema/$ref'],
    ['/servers/0/url', '/host'],
    ['/info/title', '/info/title'],
  ])('maps %s back to %s in the Swagger 2.0 source', (pointer, published) => {
    expect(swagger2Pointer(pointer)).toBe(published);
  });
});
