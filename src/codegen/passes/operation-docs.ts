/**
 * JSDoc on each member of the `operations` interface. openapi-typescript
 * documents the `paths` entries, schema properties and parameters, but not
 * `operations["createTask"]`, which is what hovering a named operation type
 * or a client method leads to.
 */
import { declaredName } from '../ast.js';
import { indexKey } from '../escape.js';
import { jsDoc, printJsDocs } from '../jsdoc.js';
import type { CodegenPass } from '../pass.js';
import { insertEdit } from '../text-edits.js';

export const operationDocsPass: CodegenPass = {
  name: 'operation docs',
  edits(file, { model, project }) {
    // Without operations openapi-typescript prints `type operations = Record<string, never>`.
    const members = new Map(file.getInterface('operations')?.getProperties().map((property) => [declaredName(property), property]));
    const documented = model.operations.flatMap((operation) => {
      const member = members.get(operation.id);
      if (!member) throw new Error(`openapi-typescript emitted no operations${indexKey(operation.id)}`);
      const docs = jsDoc({ summary: operation.summary, description: operation.description, deprecated: operation.deprecated, notes: [`\`${operation.route}\``] });
      return docs ? [{ member, docs }] : [];
    });
    const texts = printJsDocs(project, documented.map(({ docs }) => docs));
    return documented.map(({ member }, index) => {
      const indentation = member.getIndentationText();
      return insertEdit(member.getStart(), `${texts[index]!.split('\n').join(`\n${indentation}`)}\n${indentation}`, 'operation docs');
    });
  },
};
