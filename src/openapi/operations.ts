/** The operations of a document (what each holds is read once, by the operation model: src/model/). */
import { SKIP, visitDocument } from './visit.js';
import type { HttpMethod, JsonObject, Operation, PathItem } from './types.js';

export interface PathOperation {
  /** The path template, e.g. `/v1/task/{taskId}`. */
  path: string;
  method: HttpMethod;
  operation: Operation;
  pathItem: PathItem;
}

/** Every operation under `paths`, in document order (webhooks and callbacks are not the API's own operations). */
export function operations(document: JsonObject): PathOperation[] {
  const found: PathOperation[] = [];
  visitDocument(document, {
    Operation: (operation, { path: [root, path, method, ...below], parent }) => {
      if (root === 'paths' && below.length === 0) {
        found.push({ path: path as string, method: method as HttpMethod, operation, pathItem: parent as PathItem });
      }
      return SKIP;
    },
  });
  return found;
}
