/**
 * The package's README for npm: installing, creating the client and its
 * options, calling, errors, retries, and (only where the API has them)
 * waiters, pagination, uploads, downloads and event streams, then an index
 * of the operations; each operation's smallest call is in API.md
 * (api-reference.ts). Every example is a whole program, checked by strict
 * tsc against the built package (test/codegen/package-docs.test.ts).
 *
 * Spec and manifest text reaches the Markdown only through escape.ts:
 * prose through `markdownProse` (spec text) or `markdownText`, names
 * through `markdownCode`, code blocks through `markdownCodeBlock`, and
 * values inside code through `literal`.
 */
import type { ApiModel, CredentialModel, OperationModel } from '../model/types.js';
import { IDEMPOTENT_METHODS, RETRY_AFTER_LIMIT_MS, RETRY_BASE_DELAY_MS, RETRY_MAX_DELAY_MS } from '../runtime/retry.js';
import { PACKAGE_API_REFERENCE } from './files.js';
import { callExpression, minimalInit, pathParameterValue, valueSource } from './example-calls.js';
import { markdownCode, markdownCodeBlock, markdownProse, markdownText, propertyAccess, propertyKey, stringLiteral } from './escape.js';
import { hasPaginator, pagedOperations } from './pages.js';
import { exportedRoutes, requestForm, responseParse } from './routes.js';

/** The client's defaults, as src/runtime/client.ts sets them (the package-docs test holds the two together). */
export const CLIENT_DEFAULTS = { timeoutMs: 60_000, maxRetries: 2 } as const;
/** A waiter's defaults, as src/runtime/waiter.ts sets them. */
export const WAITER_DEFAULTS = { intervalMs: 2_000, backoffFactor: 1.5, maxIntervalMs: 30_000, timeoutMs: 600_000 } as const;

/** The error class `unwrap` throws per status, as `errorClassOf` in src/runtime/errors.ts decides (the package-docs test checks each). */
export const ERROR_CLASSES: ReadonlyArray<{ name: string; status: string; meaning: string }> = [
  { name: 'BadRequestError', status: '400', meaning: 'the request was malformed or failed validation' },
  { name: 'AuthenticationError', status: '401', meaning: 'no credentials, or credentials the API does not accept' },
  { name: 'PermissionDeniedError', status: '403', meaning: 'the credentials may not do this' },
  { name: 'NotFoundError', status: '404', meaning: 'no such resource' },
  { name: 'ConflictError', status: '409', meaning: "the request conflicts with the resource's state" },
  { name: 'UnprocessableEntityError', status: '422', meaning: 'well-formed, but the API could not process it' },
  { name: 'RateLimitError', status: '429', meaning: 'too many requests (after the retries)' },
  { name: 'InternalServerError', status: '5xx', meaning: 'the API failed (after the retries where they apply)' },
];

export function packageReadme(model: ApiModel): string {
  return [
    intro(model),
    install(model),
    quickStart(model),
    clientOptions(model),
    calling(model),
    errors(model),
    retries(model),
    waiters(model),
    pagination(model),
    uploads(model),
    downloads(model),
    events(model),
    reference(model),
  ].filter((section) => section !== '').join('\n\n') + '\n';
}

/** A whole example program: the package's imports, a client, then `lines`. */
export function program(model: ApiModel, imports: readonly string[], lines: readonly string[]): string {
  const { factory, package: name } = model.names;
  return markdownCodeBlock('ts', [
    `import { ${[factory, ...imports].join(', ')} } from ${stringLiteral(name)};`,
    '',
    `const client = ${factory}();`,
    ...lines,
  ].join('\n'));
}

function intro({ names }: ApiModel): string {
  return [
    `# ${markdownText(names.package)}`,
    '',
    `Typed client for the ${markdownText(names.title)}, generated from ${markdownCode('openapi.yaml')} (shipped in this package) by the openapi-clients toolchain: one method per operation, typed from the document, on [openapi-fetch](https://openapi-ts.dev/openapi-fetch/). Do not edit: regenerate.`,
  ].join('\n');
}

function install({ names }: ApiModel): string {
  return ['## Installation', '', markdownCodeBlock('sh', `npm install ${names.package}`), '', 'Node.js 20.19 or later (it loads from CommonJS too), or any runtime with `fetch`. The only dependency is openapi-fetch.', '',
    // The examples await at their top level: TS1378 in a project that is not an ES module.
    'The examples below await at their top level, which needs an ES module: `"type": "module"` in `package.json` with `module` and `moduleResolution` `NodeNext` (Node), or `module` `ESNext` with `moduleResolution` `Bundler` (a bundler), and `target` ES2022. The types need no DOM lib in Node, and no `@types/node` in a browser.'].join('\n');
}

/** The operation the first example calls: the first GET that needs no input, else the first operation. */
function starter(model: ApiModel): OperationModel | undefined {
  return model.operations.find((operation) => operation.method === 'get' && minimalInit(model, operation) === undefined) ?? model.operations[0];
}

/** `option from $VAR` for each credential, as prose. */
function credentialSources(credential: CredentialModel): string {
  return credential.options.map((option, index) => `${markdownCode(option)} (default ${markdownCode(`$${credential.envVars[index]}`)})`).join(' and ');
}

function quickStart(model: ApiModel): string {
  const first = starter(model);
  const credentials = model.auth.credentials;
  const keys = credentials.length === 0
    ? 'The API needs no credentials.'
    : `Credentials come from the environment unless given as options: ${credentials.map(credentialSources).join(', or ')}.`;
  return [
    '## Usage',
    '',
    program(model, ['unwrap'], first ? [`const data = unwrap(await ${callExpression(model, first)});`, 'console.log(data);'] : []),
    '',
    `${keys} The base URL is ${markdownCode(`$${model.names.baseUrlEnv}`)} when set, else ${markdownCode(model.baseUrl)}.`,
  ].join('\n');
}

function clientOptions(model: ApiModel): string {
  const { names } = model;
  const { factory } = names;
  const credentialLines = model.auth.credentials.flatMap((credential) => credential.options.map((option, index) => {
    const how = credential.send.type === 'apiKey' ? `sent in the ${credential.send.in} ${markdownCode(credential.send.name)}` : `sent as HTTP ${credential.send.scheme} auth`;
    const about = credential.description ? ` ${markdownProse(credential.description)}` : '';
    return `- ${markdownCode(option)}: security scheme ${markdownCode(credential.scheme)}, ${how}. Default ${markdownCode(`$${credential.envVars[index]}`)}.${about}`;
  }));
  const credentialValues = model.auth.credentials.flatMap((credential) => credential.options.map((option) => `    ${propertyKey(option)}: ${stringLiteral(`my-${option}`)},`));
  const routes = exportedRoutes(model).slice(0, 2).map((operation) => operation.methodName);
  return [
    '## Client options',
    '',
    `${markdownCode(factory)} takes one options object; every field is optional.`,
    '',
    ...credentialLines,
    `- ${markdownCode('baseUrl')}: where requests go. Default ${markdownCode(`$${names.baseUrlEnv}`)}, else ${markdownCode(model.baseUrl)}. Credentials are only ever sent to this origin.`,
    `- ${markdownCode('timeoutMs')}: time limit of each attempt, in milliseconds (every retry gets a fresh one); ${markdownCode('Infinity')} for none. Default ${CLIENT_DEFAULTS.timeoutMs}.`,
    `- ${markdownCode('maxRetries')}: retries after the first attempt (see Retries). Default ${CLIENT_DEFAULTS.maxRetries}; 0 turns them off.`,
    `- ${markdownCode('headers')}: headers sent with every request (they cannot replace the credentials).`,
    `- ${markdownCode('fetch')}: the fetch to send with, called as ${markdownCode('fetch(url, init)')}. Default: the global ${markdownCode('fetch')}, looked up per request.`,
    '',
    'Options it cannot work with (no credentials for any operation, a bad timeout or header) throw `ClientOptionsError` at once.',
    '',
    markdownCodeBlock('ts', [
      `import { ${factory} } from ${stringLiteral(names.package)};`,
      '',
      `const client = ${factory}({`,
      ...credentialValues,
      `    baseUrl: ${stringLiteral(model.baseUrl)},`,
      '    timeoutMs: 30_000,',
      '    maxRetries: 3,',
      '    headers: { "x-request-source": "docs" },',
      '    fetch: (url, init) => fetch(url, init),',
      '});',
    ].join('\n')),
    ...(routes.length > 0 ? [
      '',
      `For the smallest bundle, ${markdownCode(`${factory}With`)} takes only the routes you import from ${markdownCode(`${names.package}/routes`)}; a bundler leaves the other operations out${model.waiters.length > 0 ? ' (it has no waiters)' : ''}.`,
      '',
      markdownCodeBlock('ts', [
        `import { ${factory}With } from ${stringLiteral(names.package)};`,
        `import { ${routes.join(', ')} } from ${stringLiteral(`${names.package}/routes`)};`,
        '',
        `const client = ${factory}With({ ${routes.join(', ')} });`,
      ].join('\n')),
    ] : []),
  ].join('\n');
}

/** The operation the calling and error examples use: the first GET whose smallest call takes parameters, else the first operation that takes any input. */
function withInput(model: ApiModel): OperationModel | undefined {
  const takesParams = (operation: OperationModel) => minimalInit(model, operation)?.params !== undefined;
  return model.operations.find((operation) => operation.method === 'get' && takesParams(operation)) ?? model.operations.find((operation) => minimalInit(model, operation) !== undefined);
}

function calling(model: ApiModel): string {
  const operation = withInput(model) ?? starter(model);
  if (!operation) return '';
  return [
    '## Calling operations',
    '',
    `Each operation is a method named by its operationId (the API reference below lists them), taking ${markdownCode('{ params: { path, query, header }, body }')} as the document types them: a misspelt or unknown key is a compile error. It resolves to openapi-fetch's ${markdownCode('{ data, error, response }')} plus ${markdownCode('status')}, typed by documented status, so checking ${markdownCode('status')} or ${markdownCode('error')} narrows the rest. It rejects only when no response came (see Errors). The path methods (${markdownCode('client.GET')}, ${markdownCode('client.POST')}…) reach every route too.`,
    '',
    program(model, [], [
      `const result = await ${callExpression(model, operation)};`,
      'if (result.error !== undefined) {',
      '    console.error(result.status, result.error);',
      '} else {',
      '    console.log(result.data);',
      '}',
    ]),
    '',
    `${markdownCode('unwrap(result)')} returns ${markdownCode('data')} of a success and throws the error of anything else.`,
  ].join('\n');
}

function errorShapes(model: ApiModel): string {
  const { shapes, derived } = model.errors;
  if (shapes.length === 0) return 'The document gives no error body shape: the message is the body text, else the status text.';
  const fields = (shape: (typeof shapes)[number]) => (['code', 'message', 'traceId'] as const).filter((field) => shape[field] !== undefined).map((field) => `${field} at ${markdownCode(shape[field]!)}`).join(', ');
  return [
    `Where this API puts them in an error body (${derived ? 'found in its documented error responses' : 'as its manifest gives them'}), tried in order until one has a message:`,
    '',
    ...shapes.map((shape) => `- ${fields(shape)}`),
    ...(model.errors.unmatched.length > 0 ? ['', `No shape fits the documented error bodies at ${model.errors.unmatched.map((pointer) => markdownCode(pointer)).join(', ')} in ${markdownCode('openapi.yaml')}: their errors carry the body's text, else the status text, as the message.`] : []),
  ].join('\n');
}

function errors(model: ApiModel): string {
  const operation = withInput(model) ?? starter(model);
  return [
    '## Errors',
    '',
    `${markdownCode('unwrap')} throws an ${markdownCode('ApiError')} for a response outside 2xx, with ${markdownCode('status')}, the API's ${markdownCode('code')}, ${markdownCode('message')} and ${markdownCode('traceId')}, the ${markdownCode('operationId')}, ${markdownCode('method')}, ${markdownCode('url')} and the parsed ${markdownCode('body')}. It is an instance of the class of its status, each a subclass of ${markdownCode('ApiError')}:`,
    '',
    ...ERROR_CLASSES.map(({ name, status, meaning }) => `- ${markdownCode(name)}: ${status}, ${meaning}.`),
    '',
    errorShapes(model),
    '',
    `A call rejects, without a result, with ${markdownCode('ConnectionError')} when no response came (refused, DNS, reset, TLS, or a redirect to another origin: ${markdownCode('code')} says which) and ${markdownCode('TimeoutError')} when an attempt outlived ${markdownCode('timeoutMs')}. A success body that contradicts the document (HTML where JSON is documented) is an ${markdownCode('ApiError')} too. No error, message or body ever holds the credentials: they are redacted.`,
    ...(operation ? [
      '',
      program(model, ['ApiError', 'NotFoundError', 'unwrap'], [
        'try {',
        `    const data = unwrap(await ${callExpression(model, operation, '    ')});`,
        '    console.log(data);',
        '} catch (error) {',
        '    if (error instanceof NotFoundError) console.error("not found:", error.message);',
        '    else if (error instanceof ApiError) console.error(error.status, error.code, error.traceId);',
        '    else throw error;',
        '}',
      ]),
    ] : []),
  ].join('\n');
}

function retries(model: ApiModel): string {
  const idempotent = model.operations.filter((operation) => IDEMPOTENT_METHODS.has(operation.method.toUpperCase())).length;
  const seconds = (ms: number) => `${ms / 1000} s`;
  return [
    '## Retries and timeouts',
    '',
    `Each attempt gets ${markdownCode('timeoutMs')}, and a failed one is retried up to ${markdownCode('maxRetries')} times:`,
    '',
    `- GET, HEAD, OPTIONS, PUT, DELETE and TRACE (${idempotent} of the ${model.operations.length} operations here) repeat harmlessly: retried on 408, 429, any 5xx, a network error or a timeout.`,
    `- POST and PATCH (the other ${model.operations.length - idempotent}) may start work that must not run twice: retried only when the server cannot have acted, on 408, 429 and connections refused before anything was sent. One that timed out or got a 5xx is returned or thrown, never repeated.`,
    `- The wait is ${RETRY_BASE_DELAY_MS} ms, doubling each time up to ${seconds(RETRY_MAX_DELAY_MS)}, less a random quarter so that clients failing together do not retry together. A ${markdownCode('Retry-After')} header is honoured up to ${seconds(RETRY_AFTER_LIMIT_MS)}; a longer one returns the response at once.`,
    `- A call's ${markdownCode('signal')} aborts the attempt and the waits. Redirects are followed within the base URL's origin only.`,
  ].join('\n');
}

function waiters(model: ApiModel): string {
  if (model.waiters.length === 0) return '';
  const [first] = model.waiters;
  const id = pathParameterValue(model, first!.operation, first!.idParameter);
  return [
    '## Waiters',
    '',
    'Methods that poll an operation until it reports a terminal state, with backoff, a deadline and an abort signal:',
    '',
    ...model.waiters.map((waiter) => `- ${markdownCode(waiter.name)}: calls ${markdownCode(waiter.operation.methodName)} (${markdownCode(waiter.operation.route)}) until the newest item's ${markdownCode(waiter.status)} is one of ${waiter.terminal.map((value) => markdownCode(typeof value === 'string' ? value : JSON.stringify(value))).join(', ')}, and resolves with that item.${waiter.description ? ` ${markdownProse(waiter.description)}` : ''}`),
    '',
    `Options: ${markdownCode('intervalMs')} (first wait, default ${WAITER_DEFAULTS.intervalMs} ms), ${markdownCode('backoffFactor')} (default ${WAITER_DEFAULTS.backoffFactor}), ${markdownCode('maxIntervalMs')} (default ${WAITER_DEFAULTS.maxIntervalMs} ms), ${markdownCode('timeoutMs')} (default ${WAITER_DEFAULTS.timeoutMs / 60_000} minutes, then ${markdownCode('TimeoutError')}) and ${markdownCode('signal')}. A poll that fails rejects with its ${markdownCode('ApiError')}.`,
    ...(id !== undefined ? [
      '',
      program(model, [], [
        `const item = await client${propertyAccess(first!.name)}(${valueSource(id)}, { timeoutMs: 300_000 });`,
        'console.log(item);',
      ]),
    ] : []),
  ].join('\n');
}

function pagination(model: ApiModel): string {
  const paged = pagedOperations(model);
  if (paged.length === 0) return '';
  const { operation } = paged[0]!;
  const init = minimalInit(model, operation);
  return [
    '## Pagination',
    '',
    `${markdownCode('paginate')} yields every item of a list operation, fetching the next page only when the loop has taken every item of the one before, and stops at the last page (by the body's count, "has next" flag or total, or a short or empty page), or after ${markdownCode('maxPages')} (default 100). How each operation pages is in ${markdownCode(`${model.names.package}/pages`)}, under its method name, and ${markdownCode('paginator(client)')} there gives each as a method: ${paged.map(({ operation: listed }) => markdownCode(listed.methodName)).join(', ')}. A page that fails throws its ${markdownCode('ApiError')}; breaking out of the loop fetches nothing more.`,
    '',
    markdownCodeBlock('ts', hasPaginator(model)
      ? [
          `import { ${model.names.factory} } from ${stringLiteral(model.names.package)};`,
          `import { paginator } from ${stringLiteral(`${model.names.package}/pages`)};`,
          '',
          `const client = ${model.names.factory}();`,
          `for await (const item of paginator(client)${propertyAccess(operation.methodName)}(${init === undefined ? 'undefined' : valueSource(init)}, { maxPages: 5 })) {`,
          '    console.log(item);',
          '}',
        ].join('\n')
      : [
          `import { ${model.names.factory}, paginate } from ${stringLiteral(model.names.package)};`,
          `import * as pages from ${stringLiteral(`${model.names.package}/pages`)};`,
          '',
          `const client = ${model.names.factory}();`,
          `for await (const item of paginate(client${propertyAccess(operation.methodName)}, pages${propertyAccess(operation.methodName)}, ${init === undefined ? 'undefined' : valueSource(init)}, { maxPages: 5 })) {`,
          '    console.log(item);',
          '}',
        ].join('\n')),
  ].join('\n');
}

function uploads(model: ApiModel): string {
  const forms = model.operations.filter((operation) => requestForm(operation) === 'multipart/form-data');
  if (forms.length === 0) return '';
  const first = forms[0]!;
  return [
    '## Uploads',
    '',
    `${forms.map((operation) => markdownCode(operation.methodName)).join(', ')} send a multipart form. Pass the body as a plain object: the client builds the form, a ${markdownCode('Blob')} (or a ${markdownCode('File')}, which keeps its name) or bytes as a file part, an array as repeated parts, other values as JSON. Retries send the same bytes.`,
    '',
    program(model, ['unwrap'], [`const uploaded = unwrap(await ${callExpression(model, first)});`, 'console.log(uploaded);']),
  ].join('\n');
}

function downloads(model: ApiModel): string {
  const read = model.operations.flatMap((operation) => {
    const parse = responseParse(operation);
    return parse === 'blob' || parse === 'text' ? [{ operation, parse }] : [];
  });
  if (read.length === 0) return '';
  const blob = read.find(({ parse }) => parse === 'blob');
  const text = read.find(({ parse }) => parse === 'text');
  return [
    '## Downloads',
    '',
    `Where the document gives a success body that is not JSON, ${markdownCode('data')} is a ${markdownCode('Blob')} (bytes: ${read.filter(({ parse }) => parse === 'blob').map(({ operation }) => markdownCode(operation.methodName)).join(', ') || 'none'}) or a ${markdownCode('string')} (text: ${read.filter(({ parse }) => parse === 'text').map(({ operation }) => markdownCode(operation.methodName)).join(', ') || 'none'}). A JSON answer where bytes are documented is an ${markdownCode('ApiError')}, not a corrupt file.`,
    '',
    program(model, ['unwrap'], [
      ...(blob ? [`const file: Blob = unwrap(await ${callExpression(model, blob.operation)});`, 'console.log(file.size, file.type);'] : []),
      ...(text ? [`const text: string = unwrap(await ${callExpression(model, text.operation)});`, 'console.log(text.length);'] : []),
    ]),
  ].join('\n');
}

function events(model: ApiModel): string {
  const streaming = model.operations.filter((operation) => responseParse(operation) === 'events');
  if (streaming.length === 0) return '';
  return [
    '## Server-sent events',
    '',
    `${streaming.map((operation) => markdownCode(operation.methodName)).join(', ')} may answer with an event stream. When the response is ${markdownCode('text/event-stream')}, ${markdownCode('data')} is an async iterable of ${markdownCode('{ event, data, id, retry }')}, each ${markdownCode('data')} parsed as JSON where it is JSON; otherwise it is the body as documented. Leaving the loop early, or aborting the call's ${markdownCode('signal')}, closes the connection; a ${markdownCode('[DONE]')} event ends the stream.`,
  ].join('\n');
}

function reference(model: ApiModel): string {
  return [
    '## API reference',
    '',
    `Every operation with its route, summary and smallest call: [${PACKAGE_API_REFERENCE}](${PACKAGE_API_REFERENCE}).`,
    '',
    ...model.operations.map((operation) => `- ${markdownCode(operation.methodName)}: ${markdownCode(operation.route)}${operation.summary ? `, ${markdownProse(operation.summary)}` : ''}${operation.deprecated ? ' (deprecated)' : ''}`),
  ].join('\n');
}
