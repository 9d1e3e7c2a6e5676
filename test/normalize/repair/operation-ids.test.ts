/**
 * Every operation gets a stable operationId, and no two share one. The one
 * check, after the merge and the overlays, names the source file and line of
 * a published id (the bad-specs corpus checks the same lines through the CLI).
 */
import { describe, it } from 'vitest';
import { merge } from '../../../src/normalize/assemble/merge.js';
import { operationIds } from '../../../src/normalize/repair/operation-ids.js';
import { apiContext, expectPass, source, yaml, type Want } from '../given.js';

const ok = "responses: {'200': {description: OK}}";
const derived = (pointer: string) => ({ kind: 'operation-id-derived', pointer, reason: 'no operationId published; derived from method and path' }) as const;

const CASES: Array<[string, { given: string | Record<string, string>; want: Want }]> = [
  [
    'published ids are kept, missing ones derived from method and path ("by" for a template)',
    {
      given: `paths: {/a: {get: {operationId: listA, ${ok}}, post: {${ok}}}, '/v1/task/{taskId}/deploy': {post: {${ok}}}, /v2/workflow/run-task: {get: {${ok}}}}\n`,
      want: {
        document: `paths: {/a: {get: {operationId: listA, ${ok}}, post: {${ok}, operationId: postA}}, '/v1/task/{taskId}/deploy': {post: {${ok}, operationId: postV1TaskByTaskIdDeploy}}, /v2/workflow/run-task: {get: {${ok}, operationId: getV2WorkflowRunTask}}}\n`,
        transformations: [derived('/paths/~1a/post/operationId'), derived('/paths/~1v1~1task~1{taskId}~1deploy/post/operationId'), derived('/paths/~1v2~1workflow~1run-task/get/operationId')],
      },
    },
  ],
  ['an empty id is derived too', { given: `paths: {/a: {get: {operationId: '', ${ok}}}}\n`, want: { document: `paths: {/a: {get: {operationId: getA, ${ok}}}}\n`, transformations: [derived('/paths/~1a/get/operationId')] } }],
  [
    'a duplicate in the document (as an overlay leaves it) names the manifest and both operations',
    { given: `paths: {/a: {get: {operationId: x, ${ok}}}, /b: {get: {operationId: x, ${ok}}}}\n`, want: { error: 'manifest.yaml:#/paths/~1b/get/operationId: duplicate operationId "x" (also GET /a): operationIds must be unique' } },
  ],
  [
    'a derived id that collides with a published one is a duplicate',
    { given: `paths: {/a: {get: {${ok}}}, /b: {get: {operationId: getA, ${ok}}}}\n`, want: { error: 'manifest.yaml:#/paths/~1b/get/operationId: duplicate operationId "getA" (also GET /a): operationIds must be unique' } },
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

describe('operation-ids pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    if (typeof given === 'string') return void (await expectPass(operationIds, yaml(given), apiContext(), want));
    // Sources: merged first, as the pipeline does.
    const context = apiContext({ sources: Object.entries(given).map(([file, text]) => source(file, text)) });
    await expectPass(operationIds, await merge.run({}, context), context, want);
  });
});
