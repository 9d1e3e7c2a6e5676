/**
 * `src/client.ts` of a generated package: the typed factory, one method per
 * operationId and the manifest's waiters, all delegating to the runtime.
 * Built with ts-morph structures, so JSDoc and types are AST, not strings
 * glued together.
 */
import type { SourceFile } from 'ts-morph';
import { tsMorph } from './generators.js';
import { memberAccess, memberName, type ClientModel, type WaiterModel } from './client-model.js';
import { docText, identifierOr, indexKey, literal, propertyKey, stringLiteral } from './escape.js';
import { jsDoc } from './jsdoc.js';

const { VariableDeclarationKind } = tsMorph;

export function addClient(file: SourceFile, model: ClientModel): void {
  const { name, factory } = model;
  const hasWaiters = model.waiters.length > 0;
  file.addImportDeclarations([
    { moduleSpecifier: 'openapi-fetch', isTypeOnly: true, namedImports: ['Client', 'ClientForPath'] },
    {
      moduleSpecifier: './runtime/index.js',
      namedImports: [
        'createApiClient',
        ...(hasWaiters ? ['createWaiter'] : []),
        { name: 'ApiDefinition', isTypeOnly: true },
        { name: 'ClientOptions', isTypeOnly: true },
        ...(hasWaiters ? [{ name: 'WaitOptions', isTypeOnly: true }] : []),
      ],
    },
    {
      moduleSpecifier: './schema.js',
      isTypeOnly: true,
      namedImports: [...(model.waiters.some((waiter) => waiter.itemType.startsWith('components')) ? ['components'] : []), ...(hasWaiters ? ['operations'] : []), 'paths'],
    },
  ]);
  file.addTypeAlias({ name: 'Media', type: '`${string}/${string}`' });

  const first = model.operations[0];
  file.addInterface({
    name: `${name}Operations`,
    isExported: true,
    docs: [docText(`One method per operationId, typed exactly like the path method it calls: \`client${memberAccess(first?.methodName ?? 'operation')}(init)\` is \`client.${first?.method ?? 'GET'}(${stringLiteral(first?.path ?? '/')}, init)\`.`)],
    properties: model.operations.map((operation) => ({
      name: memberName(operation.methodName),
      type: `ClientForPath<paths${indexKey(operation.path)}, Media>${indexKey(operation.method)}`,
      docs: [jsDoc({ ...operation, notes: [`\`${operation.method} ${operation.path}\``, ...(operation.methodName === operation.id ? [] : [`operationId \`${operation.id}\`, renamed: it is one of the client's own names.`])] })!],
    })),
  });

  if (hasWaiters) {
    file.addInterface({
      name: `${name}Waiters`,
      isExported: true,
      docs: ['Helpers that poll until an operation reports a terminal state.'],
      methods: model.waiters.map((waiter) => waiterSignature(waiter, model)),
    });
  }

  file.addTypeAlias({
    name: `${name}Client`,
    isExported: true,
    type: ['Client<paths>', `${name}Operations`, ...(hasWaiters ? [`${name}Waiters`] : [])].join(' & '),
    docs: [docText(`The ${name} client: openapi-fetch's path methods (\`GET\`, \`POST\`…), one method per operationId${hasWaiters ? ' and the waiters' : ''}. Every call returns \`{ data, error, response }\`; pass it to \`unwrap\` to get \`data\` or an \`ApiError\`.`)],
  });
  file.addTypeAlias({
    name: `${name}ClientOptions`,
    isExported: true,
    type: 'ClientOptions',
    docs: [docText(`Options of \`${factory}\`. \`apiKey\` defaults to \`$${model.definition.apiKeyEnv}\`, \`baseUrl\` to \`$${model.definition.baseUrlEnv}\`, else ${model.definition.defaultBaseUrl}.`)],
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'definition', type: 'ApiDefinition', initializer: literal(model.definition) }],
  });

  const create = `createApiClient<paths, ${name}Operations>(definition, options)`;
  file.addFunction({
    name: factory,
    isExported: true,
    parameters: [{ name: 'options', type: `${name}ClientOptions`, initializer: '{}' }],
    returnType: `${name}Client`,
    docs: [docText(`Creates a client for the ${name} API. Throws \`ClientOptionsError\` when there is no API key (neither \`options.apiKey\` nor \`$${model.definition.apiKeyEnv}\`).`)],
    statements: hasWaiters
      ? [
          `const client = ${create};`,
          `return Object.assign(client, {\n${model.waiters.map((waiter) => `${propertyKey(waiter.name)}: ${waiterCall(waiter, model)},`).join('\n')}\n});`,
        ]
      : [`return ${create};`],
  });
  // The JSON literals above were printed without regard to nesting.
  file.formatText({ indentSize: 4, convertTabsToSpaces: true });
}

/** The runtime waiter bound to this API: typed parameter builder and item accessor, generated. */
function waiterCall(waiter: WaiterModel, model: ClientModel): string {
  const op = `operations${indexKey(waiter.operationId)}["parameters"]`;
  const query = [
    ...Object.entries(waiter.query).map(([name, value]) => `${propertyKey(name)}: ${literal(value)}`),
    ...waiter.filters.map((name) => `${propertyKey(name)}: options${indexKey(name)}`),
  ];
  const params = `(id: ${op}["path"]${indexKey(waiter.idParameter)}, options: ${filterType(waiter)}): ${op} => ({ path: { ${propertyKey(waiter.idParameter)}: id }, query: { ${query.join(', ')} } })`;
  return `createWaiter(\n${[
    stringLiteral(waiter.name),
    `client${memberAccess(methodOf(waiter, model).methodName)}`,
    params,
    `(body: ${waiter.bodyType}) => ${waiter.newestExpression}`,
    stringLiteral(waiter.status),
    literal(waiter.terminal),
  ].join(',\n')},\n)`;
}

/** The operation a waiter polls (checked to exist when the model was built). */
function methodOf(waiter: WaiterModel, model: ClientModel) {
  return model.operations.find((candidate) => candidate.id === waiter.operationId)!;
}

/** The waiter options that become query parameters, typed from the operation. */
function filterType(waiter: WaiterModel): string {
  if (waiter.filters.length === 0) return 'object';
  return `Pick<NonNullable<operations${indexKey(waiter.operationId)}["parameters"]["query"]>, ${waiter.filters.map(stringLiteral).join(' | ')}>`;
}

function waiterSignature(waiter: WaiterModel, model: ClientModel) {
  const operation = methodOf(waiter, model);
  const op = `operations${indexKey(waiter.operationId)}["parameters"]`;
  const terminal = waiter.terminal.map((status) => `\`${status}\``).join(', ');
  return {
    name: propertyKey(waiter.name),
    parameters: [
      // The path parameter's own name reads best (`taskId`), when it can be a parameter name at all.
      { name: identifierOr(waiter.idParameter, 'id'), type: `${op}["path"]${indexKey(waiter.idParameter)}` },
      { name: 'options', hasQuestionToken: true, type: `WaitOptions & ${filterType(waiter)}` },
    ],
    returnType: `Promise<${waiter.itemType}>`,
    docs: [jsDoc({
      description: waiter.description,
      notes: [
        `Calls \`${operation.methodName}\` (\`${operation.method} ${operation.path}\`) until the newest item's \`${waiter.status}\` is one of ${terminal}, and resolves with that item. Waits \`intervalMs\` (default 2 s) between polls, growing by \`backoffFactor\` (1.5) up to \`maxIntervalMs\` (30 s).`,
        `Rejects with \`TimeoutError\` after \`timeoutMs\` (default 10 minutes), with the signal's reason when \`signal\` aborts, and with \`ApiError\` when a poll fails.`,
      ],
    })!],
  };
}
