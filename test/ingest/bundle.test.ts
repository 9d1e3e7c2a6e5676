/**
 * Multi-file sources: a source's `$ref`s to other files are bundled into one
 * document with local references, every file read only inside the API
 * folder, within bounds, by our YAML loader; a reference that cannot be
 * followed is one line naming the file that holds it, its line and pointer.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleExternalRefs, externalRefs, MAX_BUNDLED_BYTES, type BundledSource } from '../../src/ingest/bundle.js';
import { readableRoots } from '../../src/ingest/input-file.js';
import { loadSource } from '../../src/ingest/source.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { convertSource } from '../../src/normalize/pipeline.js';
import { NormalizationReport } from '../../src/normalize/report.js';
import { manifest } from '../normalize/given.js';
import { writeTree } from '../helpers.js';

const ROOT = 'api/raw/openapi.yaml';
/** A root document whose one operation answers with `schema` (YAML flow). */
const answering = (schema: string) => `openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /things:\n    get:\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema: ${schema}\n`;
const SCHEMA_AT = ['paths', '/things', 'get', 'responses', '200', 'content', 'application/json', 'schema'];

interface Given {
  /** Files under the temporary folder: the API folder is `api/`, the root `api/raw/openapi.yaml`. */
  files: Record<string, string>;
  /** Extra layout (symlinks) made after the files, given the temporary folder. */
  layout?: (dir: string) => void;
}

interface Want {
  /** Parts of the bundled document. */
  document?: JsonObject;
  /** The `$ref` left at the operation's schema. */
  schemaRef?: string;
  /** The one-line error, with the temporary folder's path removed. */
  error?: string | RegExp;
  refs?: Array<Record<string, unknown>>;
}

const CASES: Array<[string, { given: Given; want: Want }]> = [
  [
    'a $ref to a file: its schema becomes a component named after the file',
    {
      given: { files: { [ROOT]: answering("{$ref: 'schemas/thing.yaml'}"), 'api/raw/schemas/thing.yaml': 'type: object\nproperties: {id: {type: string}}\n' } },
      want: {
        schemaRef: '#/components/schemas/thing',
        document: { components: { schemas: { thing: { type: 'object', properties: { id: { type: 'string' } } } } } },
        refs: [{ file: ROOT, pointer: `/paths/~1things/get/responses/200/content/application~1json/schema/$ref`, ref: 'schemas/thing.yaml', placed: '#/components/schemas/thing', contentMap: false }],
      },
    },
  ],
  [
    'a $ref to a pointer inside a file: the component takes the last token',
    {
      given: { files: { [ROOT]: answering("{$ref: 'common.yaml#/Thing'}"), 'api/raw/common.yaml': 'Thing: {type: string}\nOther: {type: integer}\n' } },
      want: { schemaRef: '#/components/schemas/Thing', document: { components: { schemas: { Thing: { type: 'string' } } } } },
    },
  ],
  [
    'nested references across three files, each relative to the file holding it',
    {
      given: {
        files: {
          [ROOT]: answering("{$ref: 'models/a.yaml'}"),
          'api/raw/models/a.yaml': 'properties: {b: {$ref: "../shared/b.yaml"}}\n',
          'api/raw/shared/b.yaml': 'properties: {c: {$ref: "deeper/c.yaml"}}\n',
          'api/raw/shared/deeper/c.yaml': 'type: boolean\n',
        },
      },
      want: {
        schemaRef: '#/components/schemas/a',
        document: {
          components: {
            schemas: {
              a: { properties: { b: { $ref: '#/components/schemas/b' } } },
              b: { properties: { c: { $ref: '#/components/schemas/c' } } },
              c: { type: 'boolean' },
            },
          },
        },
      },
    },
  ],
  [
    'a cycle across files (a recursive schema) bundles into components that name each other',
    {
      given: {
        files: {
          [ROOT]: answering("{$ref: 'a.yaml'}"),
          'api/raw/a.yaml': 'properties: {b: {$ref: "b.yaml"}}\n',
          'api/raw/b.yaml': 'properties: {a: {$ref: "a.yaml"}}\n',
        },
      },
      want: {
        schemaRef: '#/components/schemas/a',
        document: { components: { schemas: { a: { properties: { b: { $ref: '#/components/schemas/b' } } }, b: { properties: { a: { $ref: '#/components/schemas/a' } } } } } },
      },
    },
  ],
  [
    'two files named alike get distinct names',
    {
      given: {
        files: {
          [ROOT]: answering("{properties: {x: {$ref: 'one/thing.yaml'}, y: {$ref: 'two/thing.yaml'}}}"),
          'api/raw/one/thing.yaml': 'type: string\n',
          'api/raw/two/thing.yaml': 'type: integer\n',
        },
      },
      want: { document: { components: { schemas: { thing: { type: 'string' }, 'thing-2': { type: 'integer' } } } } },
    },
  ],
  [
    'content: {$ref} stands for a whole Content map: written in place, and marked',
    {
      given: {
        files: {
          [ROOT]: "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /things:\n    get:\n      responses:\n        '200':\n          description: OK\n          content:\n            $ref: 'content.yaml'\n",
          'api/raw/content.yaml': 'application/json:\n  schema: {type: string}\n',
        },
      },
      want: {
        document: { paths: { '/things': { get: { responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'string' } } } } } } } } },
        refs: [{ file: ROOT, pointer: '/paths/~1things/get/responses/200/content/$ref', ref: 'content.yaml', placed: 'inlined', contentMap: true }],
      },
    },
  ],
  [
    'a path item in another file is written in place; its own references are relative to it',
    {
      given: {
        files: {
          [ROOT]: "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /things:\n    $ref: 'paths/things.yaml'\n",
          'api/raw/paths/things.yaml': "get:\n  parameters: [{$ref: '../parameters/limit.yaml'}]\n  responses: {'200': {description: OK}}\n",
          'api/raw/parameters/limit.yaml': 'name: limit\nin: query\nschema: {type: integer}\n',
        },
      },
      want: {
        document: {
          paths: { '/things': { get: { parameters: [{ $ref: '#/components/parameters/limit' }], responses: { '200': { description: 'OK' } } } } },
          components: { parameters: { limit: { name: 'limit', in: 'query', schema: { type: 'integer' } } } },
        },
      },
    },
  ],
  [
    'a discriminator mapping into a list (`#/oneOf/0`) names its component by the title, not "0"',
    {
      given: {
        files: {
          [ROOT]: answering("{$ref: 'proof.yaml'}"),
          'api/raw/proof.yaml': "oneOf:\n  - {title: Postcard Proof, type: object, properties: {kind: {const: postcard}}}\n  - {type: object, properties: {kind: {const: letter}}}\ndiscriminator:\n  propertyName: kind\n  mapping: {postcard: '#/oneOf/0', letter: '#/oneOf/1'}\n",
        },
      },
      want: { document: { components: { schemas: expect.objectContaining({ proof: expect.objectContaining({ discriminator: { propertyName: 'kind', mapping: { postcard: '#/components/schemas/postcard_proof', letter: '#/components/schemas/schemas_1' } } }) }) } } },
    },
  ],
  [
    'a $ref key in example data is data: not followed, not refused',
    {
      given: { files: { [ROOT]: answering("{$ref: 'thing.yaml'}"), 'api/raw/thing.yaml': "type: object\nexample: {$ref: '../../../outside.yaml'}\n" } },
      want: { document: { components: { schemas: { thing: { type: 'object', example: { $ref: '../../../outside.yaml' } } } } } },
    },
  ],
  // Refused: each names the file holding the $ref, the line and the pointer.
  ['a $ref leaving the API folder by ../', { given: { files: { [ROOT]: answering("{$ref: '../../outside.yaml'}"), 'outside.yaml': 'type: string\n' } }, want: { error: `${ROOT}:11:30 #/paths/~1things/get/responses/200/content/application~1json/schema/$ref: $ref "../../outside.yaml" leads outside the API folder (api): references are read only from there` } }],
  ['a $ref given as an absolute path', { given: { files: { [ROOT]: answering("{$ref: '/etc/passwd'}") } }, want: { error: /openapi\.yaml:11:30 #\/paths\/.*\/schema\/\$ref: \$ref "\/etc\/passwd" is an absolute path: write it relative to the file that holds it$/ } }],
  [
    'a $ref through a symlink that leaves the folder',
    { given: { files: { [ROOT]: answering("{$ref: 'link.yaml'}"), 'outside.yaml': 'type: string\n' }, layout: (dir) => symlinkSync(join(dir, 'outside.yaml'), join(dir, 'api/raw/link.yaml')) }, want: { error: /openapi\.yaml:11:30 #\/paths\/.*\$ref: \$ref "link\.yaml" names a file that leads outside the API folder \(api\) through a symlink$/ } },
  ],
  ['an http:// $ref: never fetched', { given: { files: { [ROOT]: answering("{$ref: 'http://127.0.0.1:9/thing.yaml'}") } }, want: { error: /openapi\.yaml:11:30 #\/paths\/.*\$ref: \$ref "http:\/\/127\.0\.0\.1:9\/thing\.yaml" names a URL: references are read only from files in the API folder, never from the network$/ } }],
  ['a $ref to a missing file', { given: { files: { [ROOT]: answering("{$ref: 'nope.yaml'}") } }, want: { error: /openapi\.yaml:11:30 #\/paths\/.*\$ref: \$ref "nope\.yaml" names a file that does not exist$/ } }],
  ['a $ref to a pointer that is not in the file', { given: { files: { [ROOT]: answering("{$ref: 'common.yaml#/Nope'}"), 'api/raw/common.yaml': 'Thing: {type: string}\n' } }, want: { error: /openapi\.yaml:11:30 #\/paths\/.*\$ref: \$ref "common\.yaml#\/Nope" leads nowhere: nothing at "#\/Nope" in api\/raw\/common\.yaml$/ } }],
  [
    'a $ref in a referenced file is named in that file',
    { given: { files: { [ROOT]: answering("{$ref: 'a.yaml'}"), 'api/raw/a.yaml': "type: object\nproperties:\n  b:\n    $ref: 'missing.yaml'\n" } }, want: { error: 'api/raw/a.yaml:4:11 #/properties/b/$ref: $ref "missing.yaml" names a file that does not exist' } },
  ],
  ['bad YAML in a referenced file names that file and its line', { given: { files: { [ROOT]: answering("{$ref: 'bad.yaml'}"), 'api/raw/bad.yaml': 'type: object\nproperties:\n  a: [unclosed\n' } }, want: { error: /^api\/raw\/bad\.yaml:4:1: invalid YAML: / } }],
  ['a duplicate key in a referenced file names that file and its line', { given: { files: { [ROOT]: answering("{$ref: 'dup.yaml'}"), 'api/raw/dup.yaml': 'type: object\ntype: string\n' } }, want: { error: 'api/raw/dup.yaml:2:1: invalid YAML: duplicate key "type" (map keys must be unique)' } }],
  ['an empty referenced file', { given: { files: { [ROOT]: answering("{$ref: 'empty.yaml'}"), 'api/raw/empty.yaml': '\n' } }, want: { error: 'api/raw/empty.yaml:1: file is empty: a $ref names it, so it should hold the referenced value' } }],
  [
    'references that only lead to each other fail, without hanging',
    { given: { files: { [ROOT]: answering("{$ref: 'a.yaml'}"), 'api/raw/a.yaml': "$ref: 'b.yaml'\n", 'api/raw/b.yaml': "$ref: 'a.yaml'\n" } }, want: { error: /^api\/raw\/openapi\.yaml: cannot bundle its referenced files: / } },
  ],
];

/** Bundles the root of `given`, errors and paths relative to its temporary folder. */
async function bundleGiven({ files, layout }: Given): Promise<BundledSource> {
  const dir = writeTree(files);
  layout?.(dir);
  const show = (path: string) => relative(dir, path);
  try {
    return await bundleExternalRefs(loadSource(join(dir, ROOT)), readableRoots([join(dir, 'api')], show), show).then((bundled) => ({ ...bundled, file: show(bundled.file) }));
  } catch (error) {
    (error as Error).message = (error as Error).message.replaceAll(`${dir}/`, '');
    throw error;
  }
}

describe('bundling a multi-file source', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    if (want.error !== undefined) {
      await expect(bundleGiven(given)).rejects.toThrow(want.error);
      return;
    }
    const bundled = await bundleGiven(given);
    if (want.document) expect(bundled.value).toMatchObject(want.document);
    if (want.schemaRef) expect(SCHEMA_AT.reduce<unknown>((node, key) => (node as JsonObject)[key], bundled.value)).toEqual({ $ref: want.schemaRef });
    if (want.refs) expect(bundled.bundle?.refs.map((ref) => ({ ...ref, file: ref.file.replace(/^.*?(api\/)/, '$1') }))).toEqual(want.refs);
    // No external reference is left (example data is data).
    expect(externalRefs(bundled.value, '')).toEqual([]);
  });

  it('a single-file source is returned as it is, without bundling', async () => {
    const dir = writeTree({ [ROOT]: answering('{type: string}') });
    const root = loadSource(join(dir, ROOT));
    expect(await bundleExternalRefs(root, readableRoots([join(dir, 'api')], String), String)).toBe(root);
  });

  it('a referenced file that takes the files over the byte limit is refused before it is read', async () => {
    const dir = writeTree({ [ROOT]: answering("{$ref: 'huge.yaml'}") });
    writeFileSync(join(dir, 'api/raw/huge.yaml'), Buffer.alloc(MAX_BUNDLED_BYTES + 1, 0x20));
    const show = (path: string) => relative(dir, path);
    await expect(bundleExternalRefs(loadSource(join(dir, ROOT)), readableRoots([join(dir, 'api')], show), show)).rejects.toThrow(
      `api/raw/huge.yaml: file takes the source's files over 32 MB together: a source and the files it references may hold at most that much`,
    );
  });

  it('the files as read are kept for the lossless proof, untouched by bundling', async () => {
    const bundled = await bundleGiven({ files: { [ROOT]: answering("{$ref: 'a.yaml'}"), 'api/raw/a.yaml': "properties: {b: {$ref: 'b.yaml'}}\n", 'api/raw/b.yaml': 'type: string\n' } });
    expect(bundled.bundle?.files.map(({ file, value }) => [file.replace(/^.*?(api\/)/, '$1'), value])).toEqual([
      ['api/raw/a.yaml', { properties: { b: { $ref: 'b.yaml' } } }],
      ['api/raw/b.yaml', { type: 'string' }],
    ]);
    expect(SCHEMA_AT.reduce<unknown>((node, key) => (node as JsonObject)[key], bundled.bundle?.root)).toEqual({ $ref: 'a.yaml' });
  });

  it('is deterministic: the same files bundle to the same document', async () => {
    const files = {
      [ROOT]: answering("{properties: {x: {$ref: 'one/thing.yaml'}, y: {$ref: 'two/thing.yaml'}, z: {$ref: 'a.yaml'}}}"),
      'api/raw/one/thing.yaml': 'type: string\n',
      'api/raw/two/thing.yaml': 'type: integer\n',
      'api/raw/a.yaml': "properties: {t: {$ref: 'two/thing.yaml'}}\n",
    };
    const first = await bundleGiven({ files });
    const second = await bundleGiven({ files });
    expect(JSON.stringify(second.value)).toBe(JSON.stringify(first.value));
  });

  it('a pointer into a component made from another file is located in that file; others in the root', async () => {
    const bundled = await bundleGiven({ files: { [ROOT]: answering("{$ref: 'schemas/thing.yaml'}"), 'api/raw/schemas/thing.yaml': 'type: object\nproperties:\n  id: {type: string, pattern: "(?<=a)b"}\n' } });
    expect(bundled.locateFile?.('/components/schemas/thing/properties/id/pattern')).toEqual({ file: expect.stringMatching(/api\/raw\/schemas\/thing\.yaml$/), location: { line: 3, column: 31, pointer: '/properties/id/pattern' } });
    expect(bundled.locateFile?.('/paths/~1things/get')).toEqual({ file: expect.stringMatching(/api\/raw\/openapi\.yaml$/), location: { line: 6, column: 7, pointer: '/paths/~1things/get' } });
  });

  it('a source pass failing on a referenced schema names that file and line', async () => {
    const bundled = await bundleGiven({ files: { [ROOT]: answering("{$ref: 'schemas/thing.yaml'}"), 'api/raw/schemas/thing.yaml': 'type: object\nproperties:\n  id: {type: string, pattern: "(unclosed"}\n' } });
    await expect(convertSource({ file: 'raw/openapi.yaml', loaded: bundled }, manifest(), new NormalizationReport())).rejects.toThrow(/api\/raw\/schemas\/thing\.yaml:3:\d+ #\/properties\/id\/pattern: /);
  });
});
