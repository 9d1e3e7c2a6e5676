/**
 * Named type exports, so consumers write `SessionConfig` instead of
 * `components["schemas"]["SessionConfig"]`:
 * - every component schema under its own name, documented as schema-docs.ts says;
 * - per operation `<OperationId>RequestBody`, `<OperationId>Parameters` and
 *   `<OperationId>Response` (the JSON body of the first 2xx response).
 * When a component already has an operation type's name, the component keeps
 * it; the operation type is skipped when it is that very component, and
 * otherwise named `<OperationId>Operation<Kind>`. A component whose name
 * another file of the package exports (`ApiError`, the client's names) is
 * exported as `<Name>Schema`.
 */
import type { JSDocStructure, OptionalKind } from 'ts-morph';
import { pascalCase } from '../../openapi/names.js';
import type { MediaModel } from '../../model/types.js';
import { indexKey, uniqueName } from '../escape.js';
import { jsDoc } from '../jsdoc.js';
import type { CodegenPass } from '../pass.js';
import { componentDocs } from '../schema-docs.js';
import { inScratchFile, insertEdit } from '../text-edits.js';

/** The aliases, appended to the file (printed apart: see text-edits.ts). */
export const namedExportsPass: CodegenPass = {
  name: 'named exports',
  edits(file, { model, project, reserved }) {
    const taken = new Set<string>(reserved);
    const aliases: Array<{ name: string; type: string; docs?: OptionalKind<JSDocStructure> }> = [];
    for (const [name, doc] of componentDocs(model.document)) {
      // Names that differ only in punctuation (`run-task`, `run_task`) get a number.
      const alias = uniqueName(reserved.has(pascalCase(name)) ? `${pascalCase(name)}Schema` : pascalCase(name), taken);
      aliases.push({ name: alias, type: `components["schemas"]${indexKey(name)}`, docs: jsDoc(doc) });
    }
    for (const operation of model.operations) {
      const base = pascalCase(operation.id);
      const op = `operations${indexKey(operation.id)}`;
      const add = (kind: 'RequestBody' | 'Parameters' | 'Response', type: string, media: MediaModel | undefined) => {
        let name = `${base}${kind}`;
        if (taken.has(name)) {
          if (media?.component !== undefined && pascalCase(media.component) === name) return;
          name = uniqueName(`${base}Operation${kind}`, taken);
        }
        taken.add(name);
        const what = { RequestBody: 'Request body', Parameters: 'Parameters', Response: 'Success response body' }[kind];
        aliases.push({ name, type, docs: jsDoc({ description: `${what} of \`${operation.id}\` (\`${operation.route}\`).`, deprecated: operation.deprecated }) });
      };
      const body = operation.requestBody?.json;
      if (body) add('RequestBody', `NonNullable<${op}["requestBody"]>["content"]${indexKey(body.type)}`, body);
      add('Parameters', `${op}["parameters"]`, undefined);
      const success = operation.success;
      if (success?.json) add('Response', `${op}["responses"][${success.status}]["content"]${indexKey(success.json.type)}`, success.json);
    }
    const text = inScratchFile(project, (scratch) => {
      scratch.addTypeAliases(aliases.map(({ name, type, docs }) => ({ name, type, isExported: true, docs: docs ? [docs] : undefined })));
      return scratch.getFullText();
    });
    return [insertEdit(file.getEnd(), `\n${text}`, 'named exports')];
  },
};
