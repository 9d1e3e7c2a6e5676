/**
 * Everything the client generator needs about one API, read from the
 * manifest and checked against the normalized document: a manifest that
 * names an operation, parameter or error field the spec does not have
 * fails here, with the manifest line, rather than in a consumer's program.
 */
import { SpecError } from '../errors.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import type { Manifest, WaiterSpec } from '../manifest.js';
import { JSON_MEDIA, jsonMedia } from '../openapi/media.js';
import { firstSuccessStatus, operations } from '../openapi/operations.js';
import { referencedComponent, resolveLocal } from '../openapi/refs.js';
import { parsePointer, toPointer } from '../openapi/pointer.js';
import type { ApiDefinition } from '../runtime/client.js';
import { indexKey, propertyAccess, propertyKey } from './escape.js';

export interface OperationModel {
  id: string;
  /** The client's method for it: the operationId, unless that is one of the client's own names (see `clientMethodNames`). */
  methodName: string;
  method: string;
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
}

export interface WaiterModel extends WaiterSpec {
  name: string;
  /** TypeScript type of one polled item. */
  itemType: string;
  /** TypeScript type of the polled operation's success body. */
  bodyType: string;
  /** The newest item of `body`, as an optional-chained expression. */
  newestExpression: string;
}

export interface ClientModel {
  name: string;
  factory: string;
  packageName: string;
  version: string;
  definition: ApiDefinition;
  operations: OperationModel[];
  waiters: WaiterModel[];
  /** Operations whose method is not named by their operationId, and why: reported at generation time. */
  renamedMethods: MethodRename[];
}

export interface MethodRename {
  operationId: string;
  methodName: string;
  reason: string;
}

/**
 * Names a client already has, which no operation method may take. The
 * client is an openapi-fetch client (path methods, `request`, `use`,
 * `eject`) with the manifest's waiters, and an object: a method named
 * `then` would make `await client` call it, and Object.prototype's names
 * (`constructor`, `__proto__`, `hasOwnProperty`…) are read by the language
 * and by libraries.
 */
const CLIENT_OWN_NAMES: ReadonlyMap<string, string> = new Map([
  ...['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'].map((name): [string, string] => [name, `client.${name} is openapi-fetch's path method`]),
  ...['request', 'use', 'eject'].map((name): [string, string] => [name, `client.${name} is openapi-fetch's own method`]),
  ['then', 'a client with a `then` method would be awaited as a promise'],
  ...Object.getOwnPropertyNames(Object.prototype).map((name): [string, string] => [name, `${name} is a property of every JavaScript object`]),
]);

/**
 * Client methods are named by operationId, as published: ids that are not
 * identifiers (GitHub's `meta/root`) become quoted members,
 * `client["meta/root"]`. An id that is one of the client's own names
 * (`use`, `GET`, `then`, `constructor`…) or a waiter's becomes
 * `<id>Operation` (then `<id>Operation2`…), in document order, so the
 * renaming is deterministic and never takes a name another operation has.
 */
export function clientMethodNames(operationIds: readonly string[], waiterNames: readonly string[]): { names: string[]; renamed: MethodRename[] } {
  const taken = new Set(operationIds);
  const reason = (id: string) => CLIENT_OWN_NAMES.get(id) ?? (waiterNames.includes(id) ? `${id} is a waiter of this client (manifest client.waiters)` : undefined);
  const renamed: MethodRename[] = [];
  const names = operationIds.map((operationId) => {
    const why = reason(operationId);
    if (why === undefined) return operationId;
    let methodName = `${operationId}Operation`;
    for (let suffix = 2; taken.has(methodName) || reason(methodName) !== undefined; suffix++) methodName = `${operationId}Operation${suffix}`;
    taken.add(methodName);
    renamed.push({ operationId, methodName, reason: why });
    return methodName;
  });
  return { names, renamed };
}

/** The member as declared in an interface: `id` or `"meta/root"`. */
export function memberName(id: string): string {
  return propertyKey(id);
}

/** `.id` or `["id"]`, to follow an expression. */
export function memberAccess(id: string): string {
  return propertyAccess(id);
}

export function buildClientModel(manifest: Manifest, document: JsonObject): ClientModel {
  const fail = (pointer: string, reason: string): never => {
    throw new SpecError(manifest.file, manifest.locate(pointer), reason);
  };
  const { client } = manifest;
  const factory = `create${client.name}Client`;
  const found = [...operations(document)];
  const methods = clientMethodNames(found.map(({ operation }) => operation.operationId as string), Object.keys(client.waiters));
  const operationModels = found.map(({ method, path, operation }, index) => ({
    id: operation.operationId as string,
    methodName: methods.names[index]!,
    method: method.toUpperCase(),
    path,
    ...(typeof operation.summary === 'string' ? { summary: operation.summary } : {}),
    ...(typeof operation.description === 'string' ? { description: operation.description } : {}),
    deprecated: operation.deprecated === true,
  }));
  checkErrorShape(manifest, document, fail);
  const definition: ApiDefinition = {
    name: client.name,
    defaultBaseUrl: manifest.baseUrl,
    apiKeyEnv: manifest.auth.envVar,
    baseUrlEnv: client.baseUrlEnvVar,
    auth: clientAuth(manifest, fail),
    operations: Object.fromEntries(operationModels.map((operation) => [operation.methodName, `${operation.method} ${operation.path}`])),
    errors: client.errors,
  };
  for (const name of Object.keys(client.waiters)) {
    const clash = CLIENT_OWN_NAMES.get(name);
    if (clash !== undefined) fail(`/client/waiters/${name}`, `a waiter cannot be named "${name}": ${clash}`);
  }
  const waiters = Object.entries(client.waiters).map(([name, waiter]) => waiterModel(name, waiter, document, fail));
  return { name: client.name, factory, packageName: client.package, version: client.version, definition, operations: operationModels, waiters, renamedMethods: methods.renamed };
}

type Fail = (pointer: string, reason: string) => never;

function clientAuth(manifest: Manifest, fail: Fail): ApiDefinition['auth'] {
  const scheme = manifest.auth.securityScheme;
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { type: 'apiKey', name: scheme.name };
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') return { type: 'http', scheme: 'bearer' };
  return fail('/auth/securityScheme', 'the generated client supports an apiKey in a header or http bearer auth');
}

/** Each error pointer must lead to a property of every documented JSON error body. */
function checkErrorShape(manifest: Manifest, document: JsonObject, fail: Fail): void {
  for (const [field, pointer] of Object.entries(manifest.client.errors)) {
    for (const { path, method, operation } of operations(document)) {
      const responses = isObject(operation.responses) ? operation.responses : {};
      for (const [status, response] of Object.entries(responses)) {
        if (!/^[45]|^default$/.test(status)) continue;
        const schema = jsonSchemaOf(document, response);
        if (schema === undefined) continue;
        if (schemaAt(document, schema, parsePointer(pointer!)) === undefined) {
          const where = toPointer(['paths', path, method, 'responses', status]);
          fail(`/client/errors/${field}`, `error field ${field} "${pointer}" is not in the response #${where}`);
        }
      }
    }
  }
}

function waiterModel(name: string, waiter: WaiterSpec, document: JsonObject, fail: Fail): WaiterModel {
  const at = `/client/waiters/${name}`;
  const found = [...operations(document)].find(({ operation }) => operation.operationId === waiter.operationId);
  if (!found) return fail(`${at}/operationId`, `no operation "${waiter.operationId}" in the normalized document`);
  if (found.method !== 'get') fail(`${at}/operationId`, `a waiter polls, so "${waiter.operationId}" must be a GET, not ${found.method.toUpperCase()}`);
  const parameters = [...asList(found.pathItem.parameters), ...asList(found.operation.parameters)]
    .map((parameter) => resolveLocal(document, parameter))
    .filter(isObject);
  const has = (location: string, parameterName: string) => parameters.some((parameter) => parameter.in === location && parameter.name === parameterName);
  if (!has('path', waiter.idParameter)) fail(`${at}/idParameter`, `"${waiter.operationId}" has no path parameter "${waiter.idParameter}"`);
  for (const key of Object.keys(waiter.query)) if (!has('query', key)) fail(`${at}/query/${key}`, `"${waiter.operationId}" has no query parameter "${key}"`);
  waiter.filters.forEach((filter, index) => {
    if (!has('query', filter)) fail(`${at}/filters/${index}`, `"${waiter.operationId}" has no query parameter "${filter}"`);
  });
  const success = firstSuccessStatus(found.operation);
  const body = success === undefined ? undefined : jsonSchemaOf(document, found.operation.responses?.[success]);
  const segments = parsePointer(waiter.items);
  const list = body === undefined ? undefined : schemaAt(document, body, segments);
  if (!isObject(list) || list.type !== 'array') return fail(`${at}/items`, `"${waiter.items}" is not an array in the ${success ?? '2xx'} response of "${waiter.operationId}"`);
  const item = resolveLocal(document, list.items);
  if (!isObject(item) || schemaAt(document, item, [waiter.status]) === undefined) fail(`${at}/status`, `the items at "${waiter.items}" have no property "${waiter.status}"`);
  const itemComponent = referencedComponent(list.items, 'schemas');
  const bodyType = `operations${indexKey(waiter.operationId)}["responses"][${success}]["content"]${indexKey(JSON_MEDIA)}`;
  const itemType = itemComponent !== undefined
    ? `components["schemas"]${indexKey(itemComponent)}`
    : `${segments.reduce((type, segment) => `NonNullable<${type}>${indexKey(segment)}`, bodyType)}[number]`;
  const newestExpression = `body${segments.map((segment) => propertyAccess(segment, true)).join('')}?.[0]`;
  return { ...waiter, name, itemType, bodyType, newestExpression };
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function jsonSchemaOf(document: JsonObject, response: unknown): JsonObject | undefined {
  const media = jsonMedia(resolveLocal(document, response));
  const schema = media ? resolveLocal(document, media.schema) : undefined;
  return isObject(schema) ? schema : undefined;
}

/** The subschema reached by following property names (through `$ref` and `allOf`). */
function schemaAt(document: JsonObject, schema: JsonObject, names: string[]): JsonObject | undefined {
  let current: JsonObject | undefined = schema;
  for (const name of names) {
    current = propertySchema(document, current, name);
    if (!current) return undefined;
  }
  return current;
}

/** `allOf` members may form a cycle (A: allOf [B], B: allOf [A]): each schema is searched once. */
function propertySchema(document: JsonObject, schema: JsonObject, name: string, searched = new Set<JsonObject>()): JsonObject | undefined {
  const resolved = resolveLocal(document, schema);
  if (!isObject(resolved) || searched.has(resolved)) return undefined;
  searched.add(resolved);
  // Own properties only: a property named `constructor` is not Object.prototype's.
  const direct = isObject(resolved.properties) && Object.hasOwn(resolved.properties, name) ? resolveLocal(document, resolved.properties[name]) : undefined;
  if (isObject(direct)) return direct;
  for (const member of asList(resolved.allOf)) {
    const found = isObject(member) ? propertySchema(document, member, name, searched) : undefined;
    if (found) return found;
  }
  return undefined;
}
