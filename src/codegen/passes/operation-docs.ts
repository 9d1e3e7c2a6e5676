/**
 * JSDoc on each member of the `operations` interface. openapi-typescript
 * documents the `paths` entries, schema properties and parameters, but not
 * `operations["createTask"]`, which is what hovering a named operation type
 * or a client method leads to.
 */
import type { SourceFile } from 'ts-morph';
import type { JsonObject } from '../../ingest/source.js';
import { operations } from '../../normalize/schema-walk.js';
import { jsDoc } from '../jsdoc.js';

export function addOperationDocs(file: SourceFile, document: JsonObject): void {
  const members = file.getInterfaceOrThrow('operations');
  for (const { path, method, operation } of operations(document)) {
    const id = operation.operationId as string;
    const member = members.getProperty((property) => [id, JSON.stringify(id)].includes(property.getName()));
    if (!member) throw new Error(`openapi-typescript emitted no operations[${JSON.stringify(id)}]`);
    const docs = jsDoc({
      summary: typeof operation.summary === 'string' ? operation.summary : undefined,
      description: typeof operation.description === 'string' ? operation.description : undefined,
      deprecated: operation.deprecated === true,
      notes: [`\`${method.toUpperCase()} ${path}\``],
    });
    if (docs) member.addJsDoc(docs);
  }
}
