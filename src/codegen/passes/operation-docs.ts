/**
 * JSDoc on each member of the `operations` interface. openapi-typescript
 * documents the `paths` entries, schema properties and parameters, but not
 * `operations["createTask"]`, which is what hovering a named operation type
 * or a client method leads to.
 */
import type { Project, SourceFile } from 'ts-morph';
import type { JsonObject } from '../../openapi/types.js';
import { operations } from '../../openapi/operations.js';
import { declaredName } from '../ast.js';
import { indexKey } from '../escape.js';
import { jsDoc, printJsDocs } from '../jsdoc.js';
import { insertEdit, type TextEdit } from '../text-edits.js';

export function operationDocEdits(file: SourceFile, document: JsonObject, project: Project): TextEdit[] {
  // Without operations openapi-typescript prints `type operations = Record<string, never>`.
  const members = new Map(file.getInterface('operations')?.getProperties().map((property) => [declaredName(property), property]));
  const documented = [...operations(document)].flatMap(({ path, method, operation }) => {
    const id = operation.operationId as string;
    const member = members.get(id);
    if (!member) throw new Error(`openapi-typescript emitted no operations${indexKey(id)}`);
    const docs = jsDoc({
      summary: typeof operation.summary === 'string' ? operation.summary : undefined,
      description: typeof operation.description === 'string' ? operation.description : undefined,
      deprecated: operation.deprecated === true,
      notes: [`\`${method.toUpperCase()} ${path}\``],
    });
    return docs ? [{ member, docs }] : [];
  });
  const texts = printJsDocs(project, documented.map(({ docs }) => docs));
  return documented.map(({ member }, index) => {
    const indentation = member.getIndentationText();
    return insertEdit(member.getStart(), `${texts[index]!.split('\n').join(`\n${indentation}`)}\n${indentation}`, 'operation docs');
  });
}
