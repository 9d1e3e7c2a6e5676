/**
 * Named type exports, so consumers write `SessionConfig` instead of
 * `components["schemas"]["SessionConfig"]`:
 * - every component schema under its own name;
 * - per operation `<OperationId>RequestBody`, `<OperationId>Parameters` and
 *   `<OperationId>Response` (the JSON body of the first 2xx response).
 * When a component already has an operation type's name, the component keeps
 * it; the operation type is skipped when it is that very component, and
 * otherwise named `<OperationId>Operation<Kind>`. A component whose name
 * another file of the package exports (`ApiError`, the client's names) is
 * exported as `<Name>Schema`.
 */
import type { JSDocStructure, OptionalKind, Project, SourceFile } from 'ts-morph';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { componentSchemas } from '../../openapi/schemas.js';
import { JSON_MEDIA, jsonMedia } from '../../openapi/media.js';
import { firstSuccessStatus, operations } from '../../openapi/operations.js';
import { indexKey, uniqueName } from '../escape.js';
import { pascalCase } from '../../openapi/names.js';
import { jsDoc } from '../jsdoc.js';
import { inScratchFile, insertEdit, type TextEdit } from '../text-edits.js';

/** The aliases, appended to `file` (printed apart: see text-edits.ts). */
export function namedExportEdits(file: SourceFile, document: JsonObject, project: Project, reserved: ReadonlySet<string> = new Set()): TextEdit[] {
  const schemas = componentSchemas(document);
  const taken = new Set<string>(reserved);
  const aliases: Array<{ name: string; type: string; docs?: OptionalKind<JSDocStructure> }> = [];
  for (const [name, schema] of Object.entries(schemas)) {
    // Names that differ only in punctuation (`run-task`, `run_task`) get a number.
    const alias = uniqueName(reserved.has(pascalCase(name)) ? `${pascalCase(name)}Schema` : pascalCase(name), taken);
    const text = (key: string) => (isObject(schema) && typeof schema[key] === 'string' ? (schema[key] as string) : undefined);
    const docs = jsDoc({ summary: text('title'), description: text('description'), deprecated: isObject(schema) && schema.deprecated === true });
    aliases.push({ name: alias, type: `components["schemas"]${indexKey(name)}`, docs });
  }
  for (const { operation, method, path } of operations(document)) {
    const id = operation.operationId as string;
    const base = pascalCase(id);
    const op = `operations${indexKey(id)}`;
    const add = (kind: 'RequestBody' | 'Parameters' | 'Response', type: string, ref: string | undefined) => {
      let name = `${base}${kind}`;
      if (taken.has(name)) {
        if (ref && pascalCase(ref) === name) return;
        name = uniqueName(`${base}Operation${kind}`, taken);
      }
      taken.add(name);
      const what = { RequestBody: 'Request body', Parameters: 'Parameters', Response: 'Success response body' }[kind];
      aliases.push({ name, type, docs: jsDoc({ description: `${what} of \`${id}\` (\`${method.toUpperCase()} ${path}\`).`, deprecated: operation.deprecated === true }) });
    };
    const body = jsonMedia(operation.requestBody);
    if (body) add('RequestBody', `NonNullable<${op}["requestBody"]>["content"]${indexKey(JSON_MEDIA)}`, refName(body.schema));
    add('Parameters', `${op}["parameters"]`, undefined);
    const success = firstSuccessStatus(operation);
    const media = success === undefined ? undefined : jsonMedia(operation.responses?.[success]);
    if (media) add('Response', `${op}["responses"][${success}]["content"]${indexKey(JSON_MEDIA)}`, refName(media.schema));
  }
  const text = inScratchFile(project, (scratch) => {
    scratch.addTypeAliases(aliases.map(({ name, type, docs }) => ({ name, type, isExported: true, docs: docs ? [docs] : undefined })));
    return scratch.getFullText();
  });
  return [insertEdit(file.getEnd(), `\n${text}`, 'named exports')];
}

function refName(schema: unknown): string | undefined {
  return isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
}
