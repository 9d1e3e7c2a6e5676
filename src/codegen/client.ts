/**
 * `src/client.ts` of a generated package: the typed factory, one method per
 * operationId and the manifest's waiters, all delegating to the runtime.
 * Built with ts-morph structures, so JSDoc and types are AST, not strings
 * glued together.
 */
import type { SourceFile } from 'ts-morph';
import { tsMorph } from './generators.js';
import type { CodegenPass } from './pass.js';
import { inScratchFile, insertEdit } from './text-edits.js';
import type { ApiModel, CredentialModel, OperationModel, WaiterModel } from '../model/types.js';
import { clientDefinition, memberAccess, senderCall, memberName, waiterBodyType, waiterItemType, waiterNewestExpression } from './client-model.js';
import { docText, identifierOr, indexKey, literal, propertyAccess, propertyKey, stringLiteral } from './escape.js';
import { jsDoc } from './jsdoc.js';
import { exportedRoutes, hasEvents, inlineRoutes, responseParse, routeImports, routeLiteral } from './routes.js';

const { VariableDeclarationKind } = tsMorph;

/** The whole file, printed with ts-morph's structures in a scratch file. */
export const clientPass: CodegenPass = {
  name: 'client',
  edits: (_, { model, project }) => [insertEdit(0, inScratchFile(project, (scratch) => {
    writeClient(scratch, model);
    return scratch.getFullText();
  }), 'client')],
};

function writeClient(file: SourceFile, model: ApiModel): void {
  const { client: name, factory, baseUrlEnv } = model.names;
  const hasWaiters = model.waiters.length > 0;
  file.addImportDeclarations([
    { moduleSpecifier: 'openapi-fetch', isTypeOnly: true, namedImports: ['Client', 'ClientForPath'] },
    {
      moduleSpecifier: './runtime/index.js',
      namedImports: [
        'createApiClient',
        ...(hasWaiters ? ['createWaiter'] : []),
        ...[...new Set(model.auth.credentials.map((credential) => senderCall(credential.send).name))].sort(),
        { name: 'ApiDefinition', isTypeOnly: true },
        { name: 'ClientOptions', isTypeOnly: true },
        ...(hasEvents(model) ? ['readStreamed'] : []),
        ...routeImports(inlineRoutes(model)),
        ...(model.operations.length > 0 ? [{ name: 'ExactInit', isTypeOnly: true }] : []),
        ...(hasWaiters ? [{ name: 'WaitOptions', isTypeOnly: true }] : []),
      ],
    },
    { moduleSpecifier: './routes.js', namespaceImport: 'routes' },
    {
      moduleSpecifier: './schema.js',
      isTypeOnly: true,
      namedImports: [...(model.waiters.some((waiter) => waiter.itemComponent !== undefined) ? ['components'] : []), ...(model.operations.length > 0 || hasWaiters ? ['operations'] : []), 'paths'],
    },
  ]);
  file.addTypeAlias({ name: 'Media', type: '`${string}/${string}`' });

  const first = model.operations[0];
  file.addInterface({
    name: `${name}Operations`,
    isExported: true,
    docs: [docText(`One method per operationId, calling its path method:\n\`client${memberAccess(first?.methodName ?? 'operation')}(init)\` is \`client.${first?.method.toUpperCase() ?? 'GET'}(${stringLiteral(first?.path ?? '/')}, init)\`,\nwith a concrete init type, so a misspelt or unknown key in \`body\` or \`params\` is a compile error.`)],
    properties: model.operations.map((operation) => ({
      name: memberName(operation.methodName),
      type: methodType(operation),
      docs: [jsDoc({ ...operation, notes: [`\`${operation.route}\``, ...(operation.methodName === operation.id ? [] : [`operationId \`${operation.id}\`, renamed: it is one of the client's own names.`])] })!],
    })),
  });

  if (hasWaiters) {
    file.addInterface({
      name: `${name}Waiters`,
      isExported: true,
      docs: ['Helpers that poll until an operation reports a terminal state.'],
      methods: model.waiters.map(waiterSignature),
    });
  }

  file.addTypeAlias({
    name: `${name}Client`,
    isExported: true,
    type: ['Client<paths>', `${name}Operations`, ...(hasWaiters ? [`${name}Waiters`] : [])].join(' & '),
    docs: [docText(`The ${name} client: openapi-fetch's path methods (\`GET\`, \`POST\`…), one method per operationId${hasWaiters ? ' and the waiters' : ''}.\nEvery call returns \`{ data, error, response }\`; pass it to \`unwrap\` to get \`data\` or an \`ApiError\`.`)],
  });
  const credentialOptions = model.auth.credentials.flatMap(({ options, envVars }) => options.map((option, index) => ({ option, envVar: envVars[index]! })));
  file.addInterface({
    name: `${name}ClientOptions`,
    isExported: true,
    extends: ['ClientOptions'],
    docs: [docText(`Options of \`${factory}\`.\n${credentialOptions.map(({ option, envVar }) => `\`${option}\` defaults to \`$${envVar}\`, `).join('')}\`baseUrl\` to \`$${baseUrlEnv}\`, else ${model.baseUrl}.`)],
    properties: model.auth.credentials.flatMap((credential) => credential.options.map((option, index) => ({
      name: propertyKey(option),
      hasQuestionToken: true,
      type: 'string',
      docs: [docText(credentialDoc(credential, index))],
    }))),
  });
  file.addTypeAlias({
    name: `${name}Routes`,
    isExported: true,
    type: 'typeof routes',
    docs: [docText(`Each operation's route under its method name, as \`${model.names.package}/routes\` exports them.`)],
  });
  // The route map is not in the definition: the full client takes every route, the picking one only those given.
  const inline = inlineRoutes(model).map((operation) => `${propertyKey(operation.methodName)}: ${routeLiteral(operation)}`);
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'definition', type: 'Omit<ApiDefinition, "operations">', initializer: literal(clientDefinition(model)) }],
  });
  const allRoutes = inline.length === 0 ? 'routes' : `{ ...routes, ${inline.join(', ')} }`;
  const create = `createApiClient<paths, ${name}Operations, ${name}ClientOptions>({ ...definition, operations: ${allRoutes} }, options)`;
  file.addFunction({
    name: factory,
    isExported: true,
    parameters: [{ name: 'options', type: `${name}ClientOptions`, initializer: '{}' }],
    returnType: `${name}Client`,
    docs: [docText(`Creates a client for the ${name} API.\n${factoryThrows(model)}`)],
    statements: hasWaiters
      ? [
          `const client = ${create};`,
          `return Object.assign(client, {\n${model.waiters.map((waiter) => `${propertyKey(waiter.name)}: ${waiterCall(waiter)},`).join('\n')}\n});`,
        ]
      : [`return ${create};`],
  });
  file.addFunction({
    name: `${factory}With`,
    isExported: true,
    typeParameters: [{ name: 'const Picked', constraint: `Partial<${name}Routes>` }],
    parameters: [{ name: 'operations', type: 'Picked' }, { name: 'options', type: `${name}ClientOptions`, initializer: '{}' }],
    returnType: `Client<paths> & Pick<${name}Operations, keyof Picked & keyof ${name}Operations>`,
    docs: [docText(`Creates a client with only the given operations, for the smallest bundle: import their routes from \`${model.names.package}/routes\` and pass them${exampleRoutes(model) ? `, \`${factory}With({ ${exampleRoutes(model)} })\`` : ''}; a bundler leaves out every operation not imported. No waiters; the path methods (\`GET\`, \`POST\`…) reach every route.\n${factoryThrows(model)}`)],
    statements: [`return createApiClient<paths, Pick<${name}Operations, keyof Picked & keyof ${name}Operations>, ${name}ClientOptions>({ ...definition, operations }, options);`],
  });
  // The JSON literals above were printed without regard to nesting.
  file.formatText({ indentSize: 4, convertTabsToSpaces: true });
}

/**
 * The operation's method: the path method it calls with a concrete init (so
 * a misspelt key is an error), its success body a Blob or text where the
 * client reads it so.
 */
function methodType(operation: OperationModel): string {
  const pathMethod = `ClientForPath<paths${indexKey(operation.path)}, Media>${indexKey(operation.method.toUpperCase())}`;
  const parse = responseParse(operation);
  const responses = `operations${indexKey(operation.id)}["responses"]`;
  // An event stream's type comes from its media (ResultByStatus reads text/event-stream as events).
  if (parse === undefined || parse === 'events') return `ExactInit<${pathMethod}, ${responses}>`;
  return `ExactInit<${pathMethod}, ${responses}, ${parse === 'text' ? 'string' : 'Blob'}>`;
}

/** Up to two method names with route constants, as a shorthand object's keys. */
function exampleRoutes(model: ApiModel): string {
  return exportedRoutes(model).slice(0, 2).map((operation) => operation.methodName).join(', ');
}

/** What a credential option holds, how it is sent, and its variable. */
function credentialDoc({ scheme, send, envVars, description }: CredentialModel, index: number): string {
  const sent = send.type === 'apiKey'
    ? `sent in the ${send.in} \`${send.name}\``
    : send.scheme === 'bearer' ? 'sent as `Authorization: Bearer <token>`' : `the ${index === 0 ? 'username' : 'password'} of HTTP basic auth`;
  return `${description ? `${description}\n` : ''}Security scheme \`${scheme}\`: ${sent}. Default: \`$${envVars[index]}\`.`;
}

/** When the factory throws: the credentials it needs, said as for today's single-key clients. */
function factoryThrows(model: ApiModel): string {
  const [only] = model.auth.credentials;
  if (model.auth.credentials.length === 1 && only!.options.length === 1) {
    return `Throws \`ClientOptionsError\` when there is no ${only!.options[0] === 'apiKey' ? 'API key' : 'credential'} (neither \`options.${only!.options[0]}\` nor \`$${only!.envVars[0]}\`).`;
  }
  return 'Throws `ClientOptionsError` when a credential is invalid, or none is configured and every operation needs one; a call whose requirements no configured credential meets throws it before anything is sent.';
}

/** The runtime waiter bound to this API: typed parameter builder and item accessor, generated. */
function waiterCall(waiter: WaiterModel): string {
  const op = `operations${indexKey(waiter.operationId)}["parameters"]`;
  const query = [
    ...Object.entries(waiter.query).map(([name, value]) => `${propertyKey(name)}: ${literal(value)}`),
    ...waiter.filters.map((name) => `${propertyKey(name)}: options${propertyAccess(name)}`),
  ];
  // The query's line names the operation, so that a value its schema refuses (checked in src/model/waiter-values.ts) would still be reported against it.
  const params = `(id: ${op}["path"]${indexKey(waiter.idParameter)}, options: ${filterType(waiter)}): ${op} => ({\npath: { ${propertyKey(waiter.idParameter)}: id },\nquery: { ${query.join(', ')} } satisfies ${op}["query"],\n})`;
  return `createWaiter(\n${[
    stringLiteral(waiter.name),
    `client${memberAccess(waiter.operation.methodName)}`,
    params,
    `(body: ${waiterBodyType(waiter)}) => ${waiterNewestExpression(waiter)}`,
    stringLiteral(waiter.status),
    literal(waiter.terminal),
  ].join(',\n')},\n)`;
}

/** The waiter options that become query parameters, typed from the operation. */
function filterType(waiter: WaiterModel): string {
  if (waiter.filters.length === 0) return 'object';
  return `Pick<NonNullable<operations${indexKey(waiter.operationId)}["parameters"]["query"]>, ${waiter.filters.map(stringLiteral).join(' | ')}>`;
}

function waiterSignature(waiter: WaiterModel) {
  const { operation } = waiter;
  const op = `operations${indexKey(waiter.operationId)}["parameters"]`;
  const terminal = waiter.terminal.map((status) => `\`${status}\``).join(', ');
  return {
    name: propertyKey(waiter.name),
    parameters: [
      // The path parameter's own name reads best (`taskId`), when it can be a parameter name at all.
      { name: identifierOr(waiter.idParameter, 'id'), type: `${op}["path"]${indexKey(waiter.idParameter)}` },
      { name: 'options', hasQuestionToken: true, type: `WaitOptions & ${filterType(waiter)}` },
    ],
    returnType: `Promise<${waiterItemType(waiter)}>`,
    docs: [jsDoc({
      description: waiter.description,
      notes: [
        `Calls \`${operation.methodName}\` (\`${operation.route}\`) until the newest item's \`${waiter.status}\` is one of ${terminal}, and resolves with that item.\nWaits \`intervalMs\` (default 2 s) between polls, growing by \`backoffFactor\` (1.5) up to \`maxIntervalMs\` (30 s).`,
        `Rejects with \`TimeoutError\` after \`timeoutMs\` (default 10 minutes), with the signal's reason when \`signal\` aborts, and with \`ApiError\` when a poll fails.`,
      ],
    })!],
  };
}
