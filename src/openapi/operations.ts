/** The operations of a document, and what is read from one everywhere. */
import { SKIP, visitDocument } from './visit.js';
import { isObject, type HttpMethod, type JsonObject, type Operation, type PathItem } from './types.js';

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

/** The first documented 2xx status of an operation (`"200"`), in document order. */
export function firstSuccessStatus(operation: Operation): string | undefined {
  const responses = isObject(operation.responses) ? operation.responses : {};
  return Object.keys(responses).find((status) => /^2\d\d$/.test(status));
}
