/**
 * Every operation gets a stable operationId, and no two share one. The one
 * check, after the merge and the overlays, names the source file and line of
 * a published id (the bad-specs corpus checks the same lines through the CLI).
 */
import { describe, expect, it } from 'vitest';
import { merge } from '../../../src/normalize/assemble/merge.js';
import { operationIds } from '../../../src/normalize/repair/operation-ids.js';
import { apiContext, expectPass, manifest, source, yaml, type Want } from '../given.js';

const ok = "responses: {'200': {description: OK}}";
const derived = (pointer: string, from: 'method and path' | 'the summary' = 'method and path') => ({ kind: 'operation-id-derived', pointer, reason: `no operationId published; derived from ${from}` }) as const;
const qualified = (pointer: string, before: string, after: string) => ({ kind: 'operation-id-qualified', pointer, before, after }) as const;
const named = (pointer: string, after: string, before?: string) => ({ kind: 'operation-id-from-manifest', pointer, after, ...(before === undefined ? {} : { before }) }) as const;
const NAMES = manifest(`operationNames:\n  GET /b: listBees\n  publishedC: createSea\n`);

const CASES: Array<[string, { given: string | Record<string, string>; want: Want }]> = [
  [
    'published ids are kept, missing ones named from the summary, else from method and path',
    {
      given: `paths: {/a: {get: {operationId: listA, ${ok}}, post: {summary: Create an apple, ${ok}}}, '/v1/task/{taskId}/deploy': {post: {${ok}}}, /v2/workflow/run-task: {get: {summary: Workflow, ${ok}}}}\n`,
      want: {
        document: `paths: {/a: {get: {operationId: listA, ${ok}}, post: {summary: Create an apple, ${ok}, operationId: createApple}}, '/v1/task/{taskId}/deploy': {post: {${ok}, operationId: deployTask}}, /v2/workflow/run-task: {get: {summary: Workflow, ${ok}, operationId: getRunTask}}}\n`,
        transformations: [derived('/paths/~1a/post/operationId', 'the summary'), derived('/paths/~1v1~1task~1{taskId}~1deploy/post/operationId'), derived('/paths/~1v2~1workflow~1run-task/get/operationId')],
      },
    },
  ],
  ['an empty id is derived too', { given: `paths: {'/things/{id}': {get: {operationId: '', ${ok}}}}\n`, want: { document: `paths: {'/things/{id}': {get: {operationId: getThing, ${ok}}}}\n`, transformations: [derived('/paths/~1things~1{id}/get/operationId')] } }],
  [
    'a derived name a published id has is qualified with the path, wherever the published one is',
    {
      given: `paths: {'/v1/sessions/{id}/recordings': {get: {summary: List recordings, ${ok}}}, /recordings: {get: {operationId: listRecordings, ${ok}}}}\n`,
      want: {
        document: `paths: {'/v1/sessions/{id}/recordings': {get: {summary: List recordings, ${ok}, operationId: listSessionRecordings}}, /recordings: {get: {operationId: listRecordings, ${ok}}}}\n`,
        transformations: [derived('/paths/~1v1~1sessions~1{id}~1recordings/get/operationId', 'the summary'), qualified('/paths/~1v1~1sessions~1{id}~1recordings/get/operationId', 'listRecordings', 'listSessionRecordings')],
      },
    },
  ],
  [
    'two derived names alike: the first in document order keeps it, the next is qualified (a version is appended)',
    {
      given: `paths: {'/v2/tasks/{id}/run': {post: {summary: Run a task, ${ok}}}, /v1/task/run: {post: {summary: Run task, ${ok}}}}\n`,
      want: {
        document: `paths: {'/v2/tasks/{id}/run': {post: {summary: Run a task, ${ok}, operationId: runTask}}, /v1/task/run: {post: {summary: Run task, ${ok}, operationId: runTaskV1}}}\n`,
        transformations: [derived('/paths/~1v2~1tasks~1{id}~1run/post/operationId', 'the summary'), derived('/paths/~1v1~1task~1run/post/operationId', 'the summary'), qualified('/paths/~1v1~1task~1run/post/operationId', 'runTask', 'runTaskV1')],
      },
    },
  ],
  [
    'when the path gives nothing more, a number, in document order (methods in the visitor’s order)',
    {
      given: `paths: {/jobs: {get: {summary: List jobs, ${ok}}, post: {summary: List jobs, ${ok}}, put: {summary: List jobs, ${ok}}}}\n`,
      want: {
        document: `paths: {/jobs: {get: {summary: List jobs, ${ok}, operationId: listJobs}, post: {summary: List jobs, ${ok}, operationId: listJobs3}, put: {summary: List jobs, ${ok}, operationId: listJobs2}}}\n`,
        transformations: [
          derived('/paths/~1jobs/get/operationId', 'the summary'),
          derived('/paths/~1jobs/put/operationId', 'the summary'),
          qualified('/paths/~1jobs/put/operationId', 'listJobs', 'listJobs2'),
          derived('/paths/~1jobs/post/operationId', 'the summary'),
          qualified('/paths/~1jobs/post/operationId', 'listJobs', 'listJobs3'),
        ],
      },
    },
  ],
  [
    'a duplicate in the document (as an overlay leaves it) names the manifest and both operations',
    { given: `paths: {/a: {get: {operationId: x, ${ok}}}, /b: {get: {operationId: x, ${ok}}}}\n`, want: { error: 'manifest.yaml:#/paths/~1b/get/operationId: duplicate operationId "x" (also GET /a): operationIds must be unique' } },
  ],
  [
    'a duplicate within one source names its line',
    {
      given: { 'openapi.yaml': `openapi: 3.1.0\npaths:\n  /things:\n    get: {operationId: listThings, ${ok}}\n  /things/{id}:\n    get:\n      operationId: listThings\n      ${ok}\n` },
      want: { error: 'openapi.yaml:7:20 #/paths/~1things~1{id}/get/operationId: duplicate operationId "listThings" (also GET /things): operationIds must be unique' },
    },
  ],
  [
    'a duplicate across sources names both files and the line of the second',
    {
      given: {
        'openapi.yaml': `openapi: 3.1.0\npaths:\n  /things:\n    get: {operationId: listThings, ${ok}}\n`,
        'more.yaml': `openapi: 3.1.0\npaths:\n  /widgets:\n    get:\n      operationId: listThings\n      ${ok}\n`,
      },
      want: { error: 'more.yaml:5:20 #/paths/~1widgets/get/operationId: duplicate operationId "listThings" (also GET /things in openapi.yaml): operationIds must be unique' },
    },
  ],
];

const MANIFEST_CASES: Array<[string, { manifest: string; given: string; want: Want }]> = [
  [
    'the manifest names an operation by route and another by its published id; the manifest name wins over a derived one',
    {
      manifest: `operationNames:\n  GET /b: listBees\n  publishedC: createSea\n`,
      given: `paths: {/b: {get: {summary: Get bees, ${ok}}}, /c: {post: {operationId: publishedC, ${ok}}}}\n`,
      want: {
        document: `paths: {/b: {get: {summary: Get bees, ${ok}, operationId: listBees}}, /c: {post: {operationId: createSea, ${ok}}}}\n`,
        transformations: [named('/paths/~1b/get/operationId', 'listBees'), named('/paths/~1c/post/operationId', 'createSea', 'publishedC')],
      },
    },
  ],
  [
    'a key naming no operation fails at its manifest line',
    { manifest: `operationNames:\n  GET /nope: listNope\n`, given: `paths: {/b: {get: {${ok}}}}\n`, want: { error: /^manifest\.yaml:13:\d+ #\/operationNames\/GET ~1nope: operationNames "GET \/nope" names no operation of the document/ } },
  ],
  [
    'a manifest name another operation publishes fails at the manifest line',
    { manifest: `operationNames:\n  GET /b: listA\n`, given: `paths: {/a: {get: {operationId: listA, ${ok}}}, /b: {get: {${ok}}}}\n`, want: { error: 'manifest.yaml:13:11 #/operationNames/GET ~1b: duplicate operationId "listA" (also GET /a)' } },
  ],
];

describe('operation-ids pass', () => {
  it.each(MANIFEST_CASES)('%s', async (_name, { manifest: extra, given, want }) => {
    await expectPass(operationIds, yaml(given), apiContext({ manifest: manifest(extra) }), want);
  });

  it('is idempotent: ids it gave are published ids the next time', async () => {
    const given = `paths: {/jobs: {get: {summary: List jobs, ${ok}}, post: {summary: List jobs, ${ok}}}, /b: {get: {${ok}}}, /c: {post: {operationId: publishedC, ${ok}}}}\n`;
    const context = apiContext({ manifest: NAMES });
    const once = await operationIds.run(yaml(given), context);
    const again = apiContext({ manifest: manifest() });
    expect(await operationIds.run(structuredClone(once), again)).toEqual(once);
    expect(again.report.transformations).toEqual([]);
  });

  it.each(CASES)('%s', async (_name, { given, want }) => {
    if (typeof given === 'string') return void (await expectPass(operationIds, yaml(given), apiContext(), want));
    // Sources: merged first, as the pipeline does.
    const context = apiContext({ sources: Object.entries(given).map(([file, text]) => source(file, text)) });
    await expectPass(operationIds, await merge.run({}, context), context, want);
  });
});

describe('manifest operationNames', () => {
  it.each([
    ['a list', 'operationNames: [listA]', /manifest\.yaml:\d+:\d+ #\/operationNames: expected a map of "<METHOD> <path>" or an operationId to a method name$/],
    ['a lower-case method', "operationNames: {'get /a': listA}", /#\/operationNames\/get ~1a: expected "<METHOD> <path>" with an upper-case HTTP method and a path starting with "\/", got "get \/a"$/],
    ['a path not starting with /', "operationNames: {'GET a': listA}", /#\/operationNames\/GET a: expected "<METHOD> <path>"/],
    ['a name that is no identifier', "operationNames: {'GET /a': 'list-a'}", /#\/operationNames\/GET ~1a: expected a camelCase method name \(a letter, then letters and digits, at most 64\), got "list-a"$/],
    ['a name starting with a capital', "operationNames: {'GET /a': ListA}", /got "ListA"$/],
    ['a name that would break out of code', "operationNames: {'GET /a': 'a(){};evil'}", /got "a\(\)\{\};evil"$/],
    ['a name too long', `operationNames: {'GET /a': a${'b'.repeat(64)}}`, /at most 64\), got "ab+"$/],
    ['a name given twice', "operationNames: {'GET /a': listA, 'GET /b': listA}", /manifest\.yaml:\d+:\d+ #\/operationNames\/GET ~1b: method name "listA" is also given to "GET \/a": each operation needs its own$/],
  ])('refuses %s, at its line', (_name, extra, error) => {
    expect(() => manifest(extra)).toThrow(error);
  });
});
