/** The manifest's title, base URL and tag rules, applied to the merged document. */
import { describe, it } from 'vitest';
import { manifestSettings } from '../../../src/normalize/assemble/manifest.js';
import { apiContext, expectPass, manifest, yaml, type Want } from '../given.js';

const ok = "responses: {'200': {description: OK}}";
const TAG_RULES = "tags:\n  - name: Tasks v1\n    description: Version 1\n    pathPattern: ^/v1/\n";

const CASES: Array<[string, { given: string; manifest?: string; want: Want }]> = [
  [
    'the title comes from the manifest (the published one reported), the version stays',
    {
      given: 'info: {title: Published, version: 2.1.0, description: d}\n',
      want: {
        document: 'info: {title: Test API, description: d, version: 2.1.0}\nservers: [{url: https://api.example.test}]\n',
        transformations: [{ kind: 'manifest-title', pointer: '/info/title', reason: 'title comes from the manifest', before: 'Published' }],
      },
    },
  ],
  [
    'no version: 0.0.0, with a warning',
    {
      given: 'openapi: 3.1.0\n',
      want: {
        document: 'openapi: 3.1.0\ninfo: {title: Test API, version: 0.0.0}\nservers: [{url: https://api.example.test}]\n',
        warnings: [{ kind: 'info-version-missing', pointer: '/info/version', message: 'no source gives info.version; using 0.0.0' }],
      },
    },
  ],
  [
    "the manifest's base URL is the first server, a published one of that URL kept with its description",
    {
      given: "info: {title: Test API, version: '1'}\nservers: [{url: https://eu.example.test}, {url: https://api.example.test, description: API server}]\n",
      want: { document: "info: {title: Test API, version: '1'}\nservers: [{url: https://api.example.test, description: API server}, {url: https://eu.example.test}]\n" },
    },
  ],
  [
    'operation servers that repeat the document servers are removed and reported',
    {
      given: `info: {title: Test API, version: '1'}\ntags: [{name: T}]\npaths: {/a: {get: {tags: [T], ${ok}, servers: [{url: https://api.example.test}]}, post: {tags: [T], ${ok}, servers: [{url: https://other.example.test}]}}}\n`,
      want: {
        document: `info: {title: Test API, version: '1'}\ntags: [{name: T}]\npaths: {/a: {get: {tags: [T], ${ok}}, post: {tags: [T], ${ok}, servers: [{url: https://other.example.test}]}}}\nservers: [{url: https://api.example.test}]\n`,
        transformations: [{ kind: 'operation-servers-unified', pointer: '/paths/~1a/get/servers', reason: 'operation servers repeat the document servers', before: [{ url: 'https://api.example.test' }] }],
      },
    },
  ],
  [
    'untagged operations are tagged by the first matching rule, or "default" with a warning; tags are listed with their descriptions',
    {
      given: `info: {title: Test API, version: '1'}\npaths: {/v1/a: {get: {${ok}}}, /v2/b: {get: {${ok}}}, /v2/c: {get: {tags: [Mine], ${ok}}}}\n`,
      manifest: TAG_RULES,
      want: {
        document: `info: {title: Test API, version: '1'}\npaths: {/v1/a: {get: {${ok}, tags: [Tasks v1]}}, /v2/b: {get: {${ok}, tags: [default]}}, /v2/c: {get: {tags: [Mine], ${ok}}}}\nservers: [{url: https://api.example.test}]\ntags: [{name: Tasks v1, description: Version 1}, {name: default}, {name: Mine}]\n`,
        transformations: [
          { kind: 'operation-tagged', pointer: '/paths/~1v1~1a/get/tags', reason: 'tag from manifest rule "Tasks v1"' },
          { kind: 'operation-tagged', pointer: '/paths/~1v2~1b/get/tags', reason: 'tag from manifest rule "default"' },
        ],
        warnings: [{ kind: 'operation-untagged', pointer: '/paths/~1v2~1b/get', message: 'no manifest tag rule matches; tagged "default"' }],
      },
    },
  ],
  [
    'a published tag keeps its description, and gets the rule\'s when it has none',
    {
      given: `info: {title: Test API, version: '1'}\ntags: [{name: Tasks v1}]\npaths: {/v1/a: {get: {tags: [Tasks v1], ${ok}}}}\n`,
      manifest: TAG_RULES,
      want: { document: `info: {title: Test API, version: '1'}\ntags: [{name: Tasks v1, description: Version 1}]\npaths: {/v1/a: {get: {tags: [Tasks v1], ${ok}}}}\nservers: [{url: https://api.example.test}]\n` },
    },
  ],
];

describe('manifest pass', () => {
  it.each(CASES)('%s', async (_name, { given, manifest: extra, want }) => {
    await expectPass(manifestSettings, yaml(given), apiContext({ manifest: extra ? manifest(extra) : undefined }), want);
  });
});

/** Without a manifest baseUrl (Supabase publishes no servers; InfluxDB a relative one). */
const NO_BASE_URL = { ...manifest(), baseUrl: undefined };
const WITHOUT_BASE_URL: Array<[string, { given: string; want: Want }]> = [
  [
    "the document's first absolute http(s) server is the clients'",
    {
      given: "info: {title: Test API, version: '1'}\nservers: [{url: /api/v2}, {url: 'https://{region}.example.test'}, {url: https://api.vendor.test/v1, description: Production}]\n",
      want: { document: "info: {title: Test API, version: '1'}\nservers: [{url: https://api.vendor.test/v1, description: Production}, {url: /api/v2}, {url: 'https://{region}.example.test'}]\n" },
    },
  ],
  ['no servers: the manifest must give one', { given: "info: {title: Test API, version: '1'}\n", want: { error: 'manifest.yaml:2:10 #/baseUrl: missing manifest field "baseUrl": the document has no absolute http(s) server URL the clients could default to' } }],
  ['only a relative server: the manifest must give one', { given: "info: {title: Test API, version: '1'}\nservers: [{url: /api/v2}]\n", want: { error: /#\/baseUrl: missing manifest field "baseUrl"/ } }],
];

describe('manifest pass, without a manifest baseUrl', () => {
  it.each(WITHOUT_BASE_URL)('%s', async (_name, { given, want }) => {
    await expectPass(manifestSettings, yaml(given), apiContext({ manifest: NO_BASE_URL }), want);
  });
});
