/**
 * operationIds with `#` (Box's `post_oauth2_token#refresh`) are rewritten as
 * openapi-typescript types them (`/`), so the client finds its types; every
 * other id is left as published.
 */
import { describe, expect, it } from 'vitest';
import { operationIdCharacters } from '../../../src/normalize/repair/operation-id-characters.js';
import { operationIds } from '../../../src/normalize/repair/operation-ids.js';
import { apiContext, expectPass, yaml, type Want } from '../given.js';

const ok = "responses: {'200': {description: OK}}";
const rewritten = (pointer: string, before: string, after: string) => ({ kind: 'operation-id-rewritten', pointer, before, after }) as const;

const CASES: Array<[string, { given: string; want: Want }]> = [
  [
    "Box's ids: each '#' becomes '/', reported with the published id",
    {
      given: `paths: {/oauth2/token: {post: {operationId: 'post_oauth2_token#refresh', ${ok}}}, /a: {put: {operationId: 'a#b#c', ${ok}}}}\n`,
      want: {
        document: `paths: {/oauth2/token: {post: {operationId: post_oauth2_token/refresh, ${ok}}}, /a: {put: {operationId: a/b/c, ${ok}}}}\n`,
        transformations: [rewritten('/paths/~1oauth2~1token/post/operationId', 'post_oauth2_token#refresh', 'post_oauth2_token/refresh'), rewritten('/paths/~1a/put/operationId', 'a#b#c', 'a/b/c')],
      },
    },
  ],
  [
    'ids that are no identifiers but carry no "#" (the client quotes them) and missing ids are left alone',
    { given: `paths: {/a: {get: {operationId: 'meta/root', ${ok}}, post: {operationId: 'kebab-case id', ${ok}}, put: {${ok}}}}\n`, want: { document: `paths: {/a: {get: {operationId: 'meta/root', ${ok}}, post: {operationId: 'kebab-case id', ${ok}}, put: {${ok}}}}\n` } },
  ],
];

describe('operation-id-characters pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const result = await expectPass(operationIdCharacters, yaml(`openapi: 3.1.0\n${given}`), apiContext(), { ...want, ...(typeof want.document === 'string' ? { document: `openapi: 3.1.0\n${want.document}` } : {}) });
    if (!result) return;
    const again = apiContext();
    expect(await operationIdCharacters.run(structuredClone(result), again)).toEqual(result);
    expect(again.report.transformations).toEqual([]);
  });

  it('a rewritten id that another operation already has is refused by the operation-ids pass after it', async () => {
    const document = await operationIdCharacters.run(yaml(`openapi: 3.1.0\npaths: {/a: {get: {operationId: 'x#y', ${ok}}}, /b: {get: {operationId: x/y, ${ok}}}}\n`), apiContext());
    expect(() => operationIds.run(document, apiContext())).toThrow(/duplicate operationId "x\/y"/);
  });
});
