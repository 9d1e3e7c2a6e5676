/** The manifest's waiters (client.waiters), checked against the operations they poll. */
import type { WaiterSpec } from '../manifest.js';
import { parsePointer } from '../openapi/pointer.js';
import { referencedComponent, resolveLocal } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import type { Fail } from './fail.js';
import { CLIENT_OWN_NAMES } from './method-names.js';
import { mediaSchema, schemaAt } from './schema-path.js';
import type { OperationModel, WaiterModel } from './types.js';
import { checkFixedQuery } from './waiter-values.js';
import { DocumentValidator } from '../schema-validator.js';

export function waiterModels(waiters: Record<string, WaiterSpec>, operations: readonly OperationModel[], document: JsonObject, fail: Fail): WaiterModel[] {
  for (const name of Object.keys(waiters)) {
    const clash = CLIENT_OWN_NAMES.get(name);
    if (clash !== undefined) fail(`/client/waiters/${name}`, `a waiter cannot be named "${name}": ${clash}`);
  }
  // Built once, and only when a waiter has fixed values to check (it compiles schemas).
  let validator: DocumentValidator | undefined;
  const validators = () => (validator ??= new DocumentValidator(document));
  return Object.entries(waiters).map(([name, waiter]) => waiterModel(name, waiter, operations, document, validators, fail));
}

function waiterModel(name: string, waiter: WaiterSpec, operations: readonly OperationModel[], document: JsonObject, validators: () => DocumentValidator, fail: Fail): WaiterModel {
  const at = `/client/waiters/${name}`;
  const operation = operations.find((candidate) => candidate.id === waiter.operationId);
  if (!operation) return fail(`${at}/operationId`, `no operation "${waiter.operationId}" in the normalized document`);
  if (operation.method !== 'get') fail(`${at}/operationId`, `a waiter polls, so "${waiter.operationId}" must be a GET, not ${operation.method.toUpperCase()}`);
  const has = (location: 'path' | 'query', parameterName: string) => operation.parameters[location].some((parameter) => parameter.name === parameterName);
  if (!has('path', waiter.idParameter)) fail(`${at}/idParameter`, `"${waiter.operationId}" has no path parameter "${waiter.idParameter}"`);
  for (const key of Object.keys(waiter.query)) if (!has('query', key)) fail(`${at}/query/${key}`, `"${waiter.operationId}" has no query parameter "${key}"`);
  waiter.filters.forEach((filter, index) => {
    if (!has('query', filter)) fail(`${at}/filters/${index}`, `"${waiter.operationId}" has no query parameter "${filter}"`);
    // The caller's filter would silently replace the fixed value (or the fixed one the filter).
    if (Object.hasOwn(waiter.query, filter)) fail(`${at}/filters/${index}`, `"${filter}" is also a fixed query value: a parameter is either fixed (query) or the caller's (filters)`);
  });
  checkFixedQuery(waiter, at, operation, document, validators, fail);
  const { success } = operation;
  const body = mediaSchema(document, success?.json);
  const itemsPath = parsePointer(waiter.items);
  const list = body === undefined ? undefined : schemaAt(document, body, itemsPath);
  if (!success?.json || !isObject(list) || list.type !== 'array') return fail(`${at}/items`, `"${waiter.items}" is not an array in the ${success?.status ?? '2xx'} response of "${waiter.operationId}"`);
  const item = resolveLocal(document, list.items);
  const status = isObject(item) ? schemaAt(document, item, [waiter.status]) : undefined;
  if (status === undefined) return fail(`${at}/status`, `the items at "${waiter.items}" have no property "${waiter.status}"`);
  // A terminal status the schema never allows would make the waiter wait until its timeout.
  const allowed = status.enum;
  if (Array.isArray(allowed)) {
    waiter.terminal.forEach((terminal, index) => {
      if (!allowed.includes(terminal)) fail(`${at}/terminal/${index}`, `"${terminal}" is not one of the statuses the schema allows ${JSON.stringify(allowed)}`);
    });
  }
  const itemComponent = referencedComponent(list.items, 'schemas');
  return { ...waiter, name, operation, success: { ...success, json: success.json }, itemsPath, ...(itemComponent === undefined ? {} : { itemComponent }) };
}
