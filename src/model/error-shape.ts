/** The manifest's error pointers (client.errors), checked against every documented error body. */
import type { ClientSpec } from '../manifest.js';
import { parsePointer, toPointer } from '../openapi/pointer.js';
import type { JsonObject } from '../openapi/types.js';
import type { Fail } from './fail.js';
import { mediaSchema, schemaAt } from './schema-path.js';
import type { OperationModel } from './types.js';

/** Each error pointer must lead to a property of every documented JSON error body. */
export function checkErrorShape(errors: ClientSpec['errors'], operations: readonly OperationModel[], document: JsonObject, fail: Fail): ClientSpec['errors'] {
  for (const [field, pointer] of Object.entries(errors)) {
    for (const operation of operations) {
      for (const response of operation.errorResponses) {
        const schema = mediaSchema(document, response.json);
        if (schema !== undefined && schemaAt(document, schema, parsePointer(pointer!)) === undefined) {
          fail(`/client/errors/${field}`, `error field ${field} "${pointer}" is not in the response #${operation.pointer}${toPointer(['responses', response.status])}`);
        }
      }
    }
  }
  return errors;
}
