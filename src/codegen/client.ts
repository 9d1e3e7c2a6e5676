/**
 * `src/client.ts` of a generated package: the typed factory, one method per
 * operationId and the manifest's waiters, all delegating to the runtime.
 * Built with ts-morph structures, so JSDoc and types are AST, not strings
 * glued together.
 */
import type { SourceFile } from 'ts-morph';
import { tsMorph } from './generators.js';
import { memberAccess, memberName, type ClientModel, type WaiterModel } from './client-model.js';
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

  file.addInterface({
    name: `${name}Operations`,
    isExported: true,
    docs: [`One method per operationId, typed exactly like the path method it calls: \`client${memberAccess(model.operations[0]?.id ?? 'operation')}(init)\` is \`client.${model.operations[0]?.method ?? 'GET'}("${model.operations[0]?.path ?? '/'}", init)\`.`],
    properties: model.operations.map((operation) => ({
      name: memberName(operation.id),
      type: `ClientForPath<paths[${JSON.stringify(operation.path)}], Media>[${JSON.stringify(operation.method)}]`,
      docs: [jsDoc({ ...operation, notes: [`\`${operation.method} ${operation.path}\``] })!],
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
    docs: [`The ${name} client: openapi-fetch's path methods (\`GET\`, \`POST\`…), one method per operationId${hasWaiters ? ' and the waiters' : ''}. Every call returns \`{ data, error, response }\`; pass it to \`unwrap\` to get \`data\` or an \`ApiError\`.`],
  });
  file.addTypeAlias({
    name: `${name}ClientOptions`,
    isExported: true,
    type: 'ClientOptions',
    docs: [`Options of \`${factory}\`. \`apiKey\` defaults to \`$${model.definition.apiKeyEnv}\`, \`baseUrl\` to \`$${model.definition.baseUrlEnv}\`, else ${model.definition.defaultBaseUrl}.`],
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'definition', type: 'ApiDefinition', initializer: JSON.stringify(model.definition, null, 4) }],
  });

  const create = `createApiClient<paths, ${name}Operations>(definition, options)`;
  file.addFunction({
    name: factory,
    isExported: true,
    parameters: [{ name: 'options', type: `${name}ClientOptions`, initializer: '{}' }],
    returnType: `${name}Client`,
    docs: [`Creates a client for the ${name} API. Throws \`ClientOptionsError\` when there is no API key (neither \`options.apiKey\` nor \`$${model.definition.apiKeyEnv}\`).`],
    statements: hasWaiters
      ? [
          `const client = ${create};`,
          `return Object.assign(client, {\n${model.waiters.map((waiter) => `${waiter.name}: ${waiterCall(waiter)},`).join('\n')}\n});`,
        ]
      : [`return ${create};`],
  });
  // The JSON literals above were printed without regard to nesting.
  file.formatText({ indentSize: 4, convertTabsToSpaces: true });
}

/** The runtime waiter bound to this API: typed parameter builder and item accessor, generated. */
function waiterCall(waiter: WaiterModel): string {
  const op = `operations[${JSON.stringify(waiter.operationId)}]["parameters"]`;
  const query = [
    ...Object.entries(waiter.query).map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`),
    ...waiter.filters.map((name) => `${JSON.stringify(name)}: options[${JSON.stringify(name)}]`),
  ];
  const params = `(id: ${op}["path"][${JSON.stringify(waiter.idParameter)}], options: ${filterType(waiter)}): ${op} => ({ path: { ${JSON.stringify(waiter.idParameter)}: id }, query: { ${query.join(', ')} } })`;
  return `createWaiter(\n${[
    JSON.stringify(waiter.name),
    `client${memberAccess(waiter.operationId)}`,
    params,
    `(body: ${waiter.bodyType}) => ${waiter.newestExpression}`,
    JSON.stringify(waiter.status),
    JSON.stringify(waiter.terminal),
  ].join(',\n')},\n)`;
}

/** The waiter options that become query parameters, typed from the operation. */
function filterType(waiter: WaiterModel): string {
  if (waiter.filters.length === 0) return 'object';
  return `Pick<NonNullable<operations[${JSON.stringify(waiter.operationId)}]["parameters"]["query"]>, ${waiter.filters.map((filter) => JSON.stringify(filter)).join(' | ')}>`;
}

function waiterSignature(waiter: WaiterModel, model: ClientModel) {
  const operation = model.operations.find((candidate) => candidate.id === waiter.operationId)!;
  const op = `operations[${JSON.stringify(waiter.operationId)}]["parameters"]`;
  const terminal = waiter.terminal.map((status) => `\`${status}\``).join(', ');
  return {
    name: waiter.name,
    parameters: [
      { name: waiter.idParameter, type: `${op}["path"][${JSON.stringify(waiter.idParameter)}]` },
      { name: 'options', hasQuestionToken: true, type: `WaitOptions & ${filterType(waiter)}` },
    ],
    returnType: `Promise<${waiter.itemType}>`,
    docs: [jsDoc({
      description: waiter.description,
      notes: [
        `Calls \`${waiter.operationId}\` (\`${operation.method} ${operation.path}\`) until the newest item's \`${waiter.status}\` is one of ${terminal}, and resolves with that item. Waits \`intervalMs\` (default 2 s) between polls, growing by \`backoffFactor\` (1.5) up to \`maxIntervalMs\` (30 s).`,
        `Rejects with \`TimeoutError\` after \`timeoutMs\` (default 10 minutes), with the signal's reason when \`signal\` aborts, and with \`ApiError\` when a poll fails.`,
      ],
    })!],
  };
}
