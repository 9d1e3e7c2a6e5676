import { describe, it } from 'vitest';
import { openApiVersion } from '../../../src/normalize/sources/openapi-version.js';
import { expectPass, sourceContext, type Want } from '../given.js';

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['OpenAPI 3.1.x passes unchanged', { given: 'openapi: 3.1.1\npaths: {}\n', want: { document: 'openapi: 3.1.1\npaths: {}\n' } }],
  ['Swagger 2.0 is refused with how to convert it', { given: "info: {}\nswagger: '2.0'\n", want: { error: 'api.yaml:2:10 #/swagger: Swagger 2.0 is not supported: convert it to OpenAPI 3.1 first (e.g. swagger2openapi, then set openapi: 3.1.0)' } }],
  ['OpenAPI 3.0 is refused', { given: 'openapi: 3.0.3\n', want: { error: 'api.yaml:1:10 #/openapi: OpenAPI 3.0.3 is not supported: expected 3.1.x' } }],
  ['a version that is not a string is not OpenAPI', { given: 'openapi: 3.1\n', want: { error: /^api\.yaml:1 #: not an OpenAPI document: expected `openapi: 3.1.x` or a Mintlify page/ } }],
  ['YAML that is no spec is refused', { given: 'title: notes\n', want: { error: /^api\.yaml:1 #: not an OpenAPI document/ } }],
];

describe('openapi-version pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const { document, context } = sourceContext('api.yaml', given);
    await expectPass(openApiVersion, document, context, want);
  });
});
