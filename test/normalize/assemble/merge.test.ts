/**
 * The sources, converted, merged into one document in manifest order. Each
 * case gives the sources as small YAML files (and the manifest's renames).
 */
import { describe, expect, it } from 'vitest';
import { merge } from '../../../src/normalize/assemble/merge.js';
import { apiContext, expectPass, manifest, source, type Want } from '../given.js';

const op = "{responses: {'200': {description: OK}}}";
const api = (paths: string, rest = '') => `openapi: 3.1.0\npaths:\n${paths}${rest}`;
const ERROR = '{type: object, properties: {code: {type: integer}}}';

const CASES: Array<[string, { given: { sources: Record<string, string>; manifest?: string }; want: Want }]> = [
  [
    'paths are unioned and deep-equal components collapse, each collapse reported',
    {
      given: { sources: { 'a.yaml': api(`  /a: {post: ${op}}\n`, `components: {schemas: {ErrorResponse: ${ERROR}}}\n`), 'b.yaml': api(`  /b: {post: ${op}}\n`, `components: {schemas: {ErrorResponse: ${ERROR}}}\n`) } },
      want: {
        document: `openapi: 3.1.0\npaths: {/a: {post: ${op}}, /b: {post: ${op}}}\ncomponents: {schemas: {ErrorResponse: ${ERROR}}}\n`,
        transformations: [{ kind: 'merge-identical-component-collapsed', source: 'b.yaml', pointer: '/components/schemas/ErrorResponse', reason: 'deep-equal to the definition from a.yaml' }],
      },
    },
  ],
  [
    'two different components with one name fail, naming both files and the line',
    {
      given: { sources: { 'a.yaml': api('', 'components: {schemas: {Task: {type: object}}}\n'), 'b.yaml': api('', 'components:\n  schemas:\n    Task: {type: string}\n') } },
      want: { error: 'b.yaml:5:11 #/components/schemas/Task: component /components/schemas/Task differs from the one in a.yaml: add a rename for "b.yaml#/components/schemas/Task" to the manifest' },
    },
  ],
  [
    'a conflicting component is renamed when the manifest says so, and its refs follow',
    {
      given: {
        sources: {
          'a.yaml': api('', 'components: {schemas: {Task: {type: object}}}\n'),
          'b.yaml': api(`  /b: {post: {responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Task'}}}}}}}\n`, 'components: {schemas: {Task: {type: string}}}\n'),
        },
        manifest: "renames:\n  b.yaml#/components/schemas/Task: TaskV2\n",
      },
      want: {
        document: `openapi: 3.1.0\npaths: {/b: {post: {responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/TaskV2'}}}}}}}}\ncomponents: {schemas: {Task: {type: object}, TaskV2: {type: string}}}\n`,
        transformations: [{ kind: 'merge-component-renamed', source: 'b.yaml', pointer: '/components/schemas/TaskV2', reason: 'renamed from Task by the manifest to avoid a conflict' }],
      },
    },
  ],
  [
    'a rename that matches no component fails',
    { given: { sources: { 'a.yaml': api('') }, manifest: "renames:\n  a.yaml#/components/schemas/Nope: X\n" }, want: { error: /^a\.yaml:#\/components\/schemas\/Nope: manifest rename matches no component/ } },
  ],
  [
    'one path and method in two sources fails at the second',
    { given: { sources: { 'a.yaml': api(`  /a: {post: ${op}}\n`), 'b.yaml': api(`  /a:\n    post: ${op}\n`) } }, want: { error: 'b.yaml:4:11 #/paths/~1a/post: operation POST /a is also defined in a.yaml: define it in one source, or remove it with an overlay' } },
  ],
  [
    'servers and tags are unified; document security is left to the security pass',
    {
      given: {
        sources: {
          'a.yaml': api('', 'servers: [{url: https://api.example.test}]\ntags: [{name: Tasks}]\n'),
          'b.yaml': api('', 'servers: [{url: https://api.example.test}]\ntags: [{name: Tasks, description: d}]\nsecurity: []\n'),
        },
      },
      want: { document: 'openapi: 3.1.0\npaths: {}\ncomponents: {}\nservers: [{url: https://api.example.test}]\ntags: [{name: Tasks, description: d}]\n' },
    },
  ],
  [
    'webhooks, externalDocs and root extensions are kept',
    {
      given: { sources: { 'a.yaml': api('', `webhooks: {disabled: {post: ${op}}}\nexternalDocs: {url: https://docs.example.test}\nx-vendor: 1\n`), 'b.yaml': api('', `webhooks: {enabled: {post: ${op}}}\nx-vendor: 1\n`) } },
      want: { document: `openapi: 3.1.0\npaths: {}\ncomponents: {}\nwebhooks: {disabled: {post: ${op}}, enabled: {post: ${op}}}\nexternalDocs: {url: https://docs.example.test}\nx-vendor: 1\n` },
    },
  ],
  [
    'two different webhooks of one name fail',
    {
      given: { sources: { 'a.yaml': api('', `webhooks: {disabled: {post: ${op}}}\n`), 'b.yaml': api('', `webhooks:\n  disabled: {summary: other}\n`) } },
      want: { error: 'b.yaml:4:13 #/webhooks/disabled: /webhooks/disabled differs from the one in a.yaml: keep one in a single source' },
    },
  ],
];

describe('merge pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const sources = Object.entries(given.sources).map(([file, text]) => source(file, text));
    const context = apiContext({ sources, manifest: given.manifest ? manifest(given.manifest) : undefined });
    await expectPass(merge, {}, context, want);
  });

  it('merges into the document it is given (the security pass has set its requirement)', async () => {
    const merged = await merge.run({ security: [{ api_key_header: [] }] }, apiContext({ sources: [source('a.yaml', api('', 'security: []\n'))] }));
    expect(merged.security).toEqual([{ api_key_header: [] }]);
  });
});
