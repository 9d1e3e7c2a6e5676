/**
 * operationIds the generated types would not carry as published. The
 * client names each method and each `operations["…"]` type by operationId,
 * and any string works there (an id that is no identifier becomes a quoted
 * member, `client["meta/root"]`: src/model/method-names.ts). But
 * openapi-typescript writes an id's `#` as `/` (it reads the id as a JSON
 * pointer's fragment), so Box's `post_oauth2_token#refresh` was typed as
 * `operations["post_oauth2_token/refresh"]` and the client, asking for the
 * published id, found no type. The id is rewritten here the same way, once,
 * so the document, the types and the client agree; each rewrite is
 * reported with the published id. Runs before operation-ids.ts, which then
 * refuses a rewritten id that another operation already has.
 */
import { toPointer } from '../../openapi/pointer.js';
import { operations } from '../../openapi/operations.js';
import type { Pass } from '../pass.js';

/** The character openapi-typescript replaces in an operationId, and with what. */
const REWRITTEN = '#';
const REPLACEMENT = '/';

export const operationIdCharacters: Pass = {
  name: 'operation-id-characters',
  run(document, { report }) {
    for (const { path, method, operation } of operations(document)) {
      const id = operation.operationId;
      if (typeof id !== 'string' || !id.includes(REWRITTEN)) continue;
      const after = id.replaceAll(REWRITTEN, REPLACEMENT);
      operation.operationId = after;
      report.record({
        kind: 'operation-id-rewritten',
        pointer: toPointer(['paths', path, method, 'operationId']),
        reason: 'openapi-typescript types an operationId with "#" under "/" instead; the id follows, so the client finds its types',
        before: id,
        after,
      });
    }
    return document;
  },
};
