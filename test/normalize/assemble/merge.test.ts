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

/** An operation as a page and as the vendor's document give it. */
const described = (description: string, enumValues: string, required: string) =>
  `{description: ${description}, requestBody: {content: {application/json: {schema: {type: object, required: ${required}, properties: {name: {type: string}, kind: {type: string, enum: ${enumValues}}}}}}}, responses: {'200': {description: OK}}}`;
const PAGE_OP = described('Creates a task', '[a, b]', '[name]');
const DOCUMENT_OP = described('Create a task', '[b, c]', '[]');
const RECURSIVE = '{type: object, properties: {children: {type: array, items: {$ref: "#/components/schemas/Node"}}}}';

const CASES: Array<[string, { given: { sources: Record<string, string>; manifest?: string; winner?: string }; want: Want }]> = [
  [
    'the winning source leads whatever its place, and a page operation it also has is superseded with each disagreement',
    {
      given: { sources: { 'page.yaml': api(`  /tasks: {post: ${PAGE_OP}}\n  /page-only: {get: ${op}}\n`, 'info: {title: Page, version: "0"}\n'), 'document.yaml': api(`  /tasks: {post: ${DOCUMENT_OP}}\n`, 'info: {title: Document, version: "1"}\n') }, winner: 'document.yaml' },
      want: {
        document: `openapi: 3.1.0\npaths: {/tasks: {post: ${DOCUMENT_OP}}, /page-only: {get: ${op}}}\ncomponents: {}\ninfo: {title: Document, version: "1"}\n`,
        transformations: [{
          kind: 'source-definition-superseded',
          source: 'page.yaml',
          winner: 'document.yaml',
          pointer: '/paths/~1tasks/post',
          count: 3,
          disagreements: [
            { at: '/description', aspect: 'description', page: 'Creates a task', document: 'Create a task' },
            { at: '/requestBody/content/application~1json/schema/properties/kind/enum', aspect: 'enum', page: ['a'], document: ['c'] },
            { at: '/requestBody/content/application~1json/schema/required', aspect: 'required', page: ['name'], document: [] },
          ],
        }],
      },
    },
  ],
  [
    'a page writing inline what the document names as a component agrees; parameters are matched by name, not order',
    {
      given: {
        sources: {
          'document.yaml': api("  /t:\n    get: {parameters: [{name: a, in: query, schema: {type: string}}, {$ref: '#/components/parameters/B'}], responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/T'}}}}}}\n", 'components: {schemas: {T: {type: object}}, parameters: {B: {name: b, in: query, schema: {type: integer}}}}\n'),
          'page.yaml': api("  /t:\n    get: {parameters: [{name: b, in: query, schema: {type: integer}}, {name: a, in: query, schema: {type: string}}], responses: {'200': {description: OK, content: {application/json: {schema: {type: object}}}}}}\n"),
        },
        winner: 'document.yaml',
      },
      want: { transformations: [{ kind: 'source-definition-superseded', source: 'page.yaml', pointer: '/paths/~1t/get', count: 0, disagreements: [] }] },
    },
  ],
  [
    'a component both give differently keeps the winner\'s; recursive schemas end',
    {
      given: {
        sources: {
          'document.yaml': api('', `components: {schemas: {Node: ${RECURSIVE}, Task: {type: object, properties: {a: {type: string}, b: {$ref: '#/components/schemas/Node'}}}}}\n`),
          'page.yaml': api('', `components: {schemas: {Node: ${RECURSIVE}, Task: {type: object, properties: {a: {type: integer}}}}}\n`),
        },
        winner: 'document.yaml',
      },
      want: {
        transformations: [
          { kind: 'merge-identical-component-collapsed', source: 'page.yaml', pointer: '/components/schemas/Node' },
          { kind: 'source-definition-superseded', source: 'page.yaml', pointer: '/components/schemas/Task', count: 2, disagreements: [{ at: '/properties/a/type', aspect: 'field', page: 'integer', document: 'string' }, { at: '/properties/b', aspect: 'field', document: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } }] },
        ],
      },
    },
  ],
  [
    'components a page used only in what the winner superseded go with it (a chain whole); used or unused-by-the-page ones stay',
    {
      given: {
        sources: {
          'document.yaml': api(`  /tasks: {post: ${op}}\n`, 'components: {schemas: {Proxy: {type: object, properties: {code: {type: string}}}}}\n'),
          'page.yaml': api(
            `  /tasks: {post: {requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Old'}}}}, responses: {'200': {description: OK}}}}\n  /page-only: {get: {responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Kept'}}}}}}}\n`,
            "components: {schemas: {Proxy: {type: object, properties: {code: {$ref: '#/components/schemas/Codes'}}}, Codes: {enum: [bi], x-list: {$ref: '#/components/schemas/Region'}}, Region: {type: string}, Old: {type: object}, Kept: {type: string}, Spare: {type: integer}}}\n",
          ),
        },
        winner: 'document.yaml',
      },
      want: {
        document: `openapi: 3.1.0\npaths: {/tasks: {post: ${op}}, /page-only: {get: {responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Kept'}}}}}}}}\ncomponents: {schemas: {Proxy: {type: object, properties: {code: {type: string}}}, Kept: {type: string}, Spare: {type: integer}}}\n`,
        transformations: [
          { kind: 'source-definition-superseded', pointer: '/paths/~1tasks/post' },
          { kind: 'source-definition-superseded', pointer: '/components/schemas/Proxy' },
          ...['Codes', 'Old', 'Region'].map((name) => ({ kind: 'source-definition-superseded' as const, source: 'page.yaml', winner: 'document.yaml', pointer: `/components/schemas/${name}`, reason: expect.stringContaining('used only by definitions it superseded'), count: 0, disagreements: [] })),
        ],
      },
    },
  ],
  [
    'a root field both give differently keeps the winner\'s',
    { given: { sources: { 'page.yaml': api('', 'externalDocs: {url: https://old.example.test}\n'), 'document.yaml': api('', 'externalDocs: {url: https://docs.example.test}\n') }, winner: 'document.yaml' }, want: { document: 'openapi: 3.1.0\npaths: {}\ncomponents: {}\nexternalDocs: {url: https://docs.example.test}\n', transformations: [{ kind: 'source-definition-superseded', pointer: '/externalDocs', count: 1 }] } },
  ],
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
    const base = given.manifest ? manifest(given.manifest) : manifest();
    const listed = { ...base, sources: sources.map(({ file }) => ({ file, ...(file === given.winner ? { wins: true } : {}) })) };
    const context = apiContext({ sources, manifest: listed });
    await expectPass(merge, {}, context, want);
  });

  it('merges into the document it is given (the security pass has set its requirement)', async () => {
    const merged = await merge.run({ security: [{ api_key_header: [] }] }, apiContext({ sources: [source('a.yaml', api('', 'security: []\n'))] }));
    expect(merged.security).toEqual([{ api_key_header: [] }]);
  });
});
