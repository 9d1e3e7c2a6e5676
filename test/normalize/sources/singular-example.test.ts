/** example beside examples (mutually exclusive) joins the map; a lone example, allowed in 3.1, stays. */
import { describe, it } from 'vitest';
import { singularExample } from '../../../src/normalize/sources/singular-example.js';
import { expectIdempotentSourcePass, type Want } from '../given.js';

const operation = (parameter: string, media: string) =>
  `openapi: 3.1.0\npaths:\n  /a:\n    post:\n      parameters: [${parameter}]\n      requestBody: {content: {application/json: ${media}}}\n      responses: {'200': {description: ok, headers: {X-Rate: {schema: {type: integer}, example: 1, examples: {e: {value: 2}}}}}}\n`;

const CASES: Array<[string, { given: string; want: Want }]> = [
  ['in a parameter, a media type and a header: moved into examples as `example`', {
    given: operation('{name: q, in: query, schema: {type: string}, example: a, examples: {b: {value: b}}}', '{schema: {type: object}, example: {x: 1}, examples: {other: {value: {}}}}'),
    want: {
      document: operation('{name: q, in: query, schema: {type: string}, examples: {b: {value: b}, example: {value: a}}}', '{schema: {type: object}, examples: {other: {value: {}}, example: {value: {x: 1}}}}')
        .replace('example: 1, examples: {e: {value: 2}}', 'examples: {e: {value: 2}, example: {value: 1}}'),
      transformations: [
        { kind: 'example-beside-examples-moved', source: 'api.yaml', pointer: '/paths/~1a/post/parameters/0/examples/example' },
        { kind: 'example-beside-examples-moved', source: 'api.yaml', pointer: '/paths/~1a/post/requestBody/content/application~1json/examples/example' },
        { kind: 'example-beside-examples-moved', source: 'api.yaml', pointer: '/paths/~1a/post/responses/200/headers/X-Rate/examples/example' },
      ],
    },
  }],
  ['a taken name: example-2', {
    given: operation('{name: q, in: query, example: a, examples: {example: {value: b}}}', '{}').replace('example: 1, examples: {e: {value: 2}}', 'example: 1'),
    want: {
      document: operation('{name: q, in: query, examples: {example: {value: b}, example-2: {value: a}}}', '{}').replace('example: 1, examples: {e: {value: 2}}', 'example: 1'),
      transformations: [{ kind: 'example-beside-examples-moved', pointer: '/paths/~1a/post/parameters/0/examples/example-2' }],
    },
  }],
  ['a lone example stays, in a parameter, a media type and a schema', {
    given: operation('{name: q, in: query, schema: {type: string, example: s}, example: a}', '{schema: {type: object, example: {}}, example: {x: 1}}').replace(', examples: {e: {value: 2}}', ''),
    want: { document: operation('{name: q, in: query, schema: {type: string, example: s}, example: a}', '{schema: {type: object, example: {}}, example: {x: 1}}').replace(', examples: {e: {value: 2}}', '') },
  }],
];

describe('singular-example pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    await expectIdempotentSourcePass(singularExample, given, want);
  });
});
