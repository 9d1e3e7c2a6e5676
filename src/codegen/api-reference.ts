/**
 * The package's API.md: every operation in the document's order, with its
 * method name, route, summary, description and its smallest call (required
 * parameters, and the body's required properties when a body is required:
 * example-calls.ts). The README links here and stays readable for an API
 * of 91 operations.
 *
 * The first code block creates the client; each operation's block is one
 * statement run after it (the package-docs test compiles every block so).
 * Spec text reaches the Markdown only through escape.ts.
 */
import type { ApiModel, OperationModel } from '../model/types.js';
import { callExpression } from './example-calls.js';
import { markdownCode, markdownCodeBlock, markdownProse, markdownText, stringLiteral } from './escape.js';
import { PACKAGE_README } from './files.js';

export function apiReference(model: ApiModel): string {
  const { names } = model;
  return [
    [
      `# ${markdownText(names.package)}: API reference`,
      '',
      `Every operation of the ${markdownText(names.title)}, in the order of ${markdownCode('openapi.yaml')}, with its smallest call: the required parameters, and the required properties of the body where a body is required. Values are the document's examples, else sampled from its schemas. Client options, errors, retries and the rest: [${PACKAGE_README}](${PACKAGE_README}).`,
      '',
      'Each call below runs after this setup:',
      '',
      markdownCodeBlock('ts', [
        `import { ${names.factory}, unwrap } from ${stringLiteral(names.package)};`,
        '',
        `const client = ${names.factory}();`,
      ].join('\n')),
    ].join('\n'),
    ...model.operations.map((operation) => entry(model, operation)),
  ].join('\n\n') + '\n';
}

function entry(model: ApiModel, operation: OperationModel): string {
  const renamed = operation.methodName === operation.id ? [] : [`OperationId ${markdownCode(operation.id)}, renamed: it is one of the client's own names.`];
  return [
    `## ${markdownCode(operation.methodName)}`,
    '',
    `${markdownCode(operation.route)}${operation.summary ? `: ${markdownProse(operation.summary)}` : ''}`,
    ...(operation.deprecated ? ['', 'Deprecated.'] : []),
    ...(operation.description ? ['', markdownProse(operation.description)] : []),
    ...renamed.flatMap((line) => ['', line]),
    '',
    markdownCodeBlock('ts', `const data = unwrap(await ${callExpression(model, operation)});`),
  ].join('\n');
}
