/**
 * The list operations of an API: those recognised by shape
 * (pagination.ts), with the manifest's `client.pagination` applied on top.
 * A declaration adds pagination the shape missed, replaces what it got
 * wrong, or (`false`) removes it. A declaration is checked against the
 * normalized document, so a misspelt method, parameter or pointer fails
 * here naming the manifest line, not in a consumer's loop.
 */
import type { PaginationSpec } from '../manifest.js';
import { parsePointer } from '../openapi/pointer.js';
import { resolveLocal } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import type { Fail } from './fail.js';
import { paginationOf } from './pagination.js';
import { mediaSchema, schemaAt } from './schema-path.js';
import type { OperationModel, PagedOperation, PaginationModel } from './types.js';

export function pagedOperations(declared: Record<string, PaginationSpec | false>, operations: readonly OperationModel[], document: JsonObject, fail: Fail): PagedOperation[] {
  for (const method of Object.keys(declared)) {
    if (!operations.some((operation) => operation.methodName === method)) fail(`/client/pagination/${method}`, `no client method "${method}" in the normalized document`);
  }
  return operations.flatMap((operation) => {
    const spec = declared[operation.methodName];
    const pagination = spec === undefined ? paginationOf(operation, document) : spec === false ? undefined : declaredPagination(spec, operation, document, fail);
    return pagination ? [{ operation, pagination }] : [];
  });
}

function declaredPagination(spec: PaginationSpec, operation: OperationModel, document: JsonObject, fail: Fail): PaginationModel {
  const at = `/client/pagination/${operation.methodName}`;
  const query = (key: string, name: string | undefined) => {
    if (name === undefined) return undefined;
    const parameter = operation.parameters.query.find((candidate) => candidate.name === name);
    if (!parameter) fail(`${at}/${key}`, `"${operation.methodName}" has no query parameter "${name}"`);
    return parameter!;
  };
  const body = mediaSchema(document, operation.success?.json);
  if (!body) return fail(at, `"${operation.methodName}" has no JSON success body to read pages from`);
  // Each pointer must reach the body's schema; the items one an array.
  const pointer = (key: string, value: string | undefined, within = body) => {
    if (value === undefined) return undefined;
    const path = parsePointer(value);
    const schema = schemaAt(document, within, path);
    if (!schema) fail(`${at}/${key}`, `"${value}" is not a property of the ${within === body ? `${operation.success!.status} response` : 'items'} of "${operation.methodName}"`);
    return { path, schema: schema! };
  };
  const items = pointer('items', spec.items)!;
  if (![items.schema.type].flat().includes('array')) fail(`${at}/items`, `"${spec.items}" is not an array in the ${operation.success!.status} response of "${operation.methodName}"`);
  if (spec.style === 'page') {
    const page = query('page', spec.page)!;
    const pageSchema = resolveLocal(document, page.schema);
    const numeric = spec.numeric ?? (isObject(pageSchema) && (pageSchema.type === 'integer' || pageSchema.type === 'number'));
    return {
      style: 'page',
      page: spec.page,
      numeric,
      ...(spec.limit === undefined ? {} : { limit: query('limit', spec.limit)!.name }),
      items: items.path,
      ...paths({ totalPages: pointer('totalPages', spec.totalPages), hasNext: pointer('hasNext', spec.hasNext), total: pointer('total', spec.total) }),
    };
  }
  query('cursor', spec.cursor);
  const item = resolveLocal(document, items.schema.items);
  return {
    style: 'cursor',
    cursor: spec.cursor,
    items: items.path,
    ...paths({
      next: pointer('next', spec.next),
      nextUrl: pointer('nextUrl', spec.nextUrl),
      lastItem: pointer('lastItem', spec.lastItem, isObject(item) ? item : {}),
      hasMore: pointer('hasMore', spec.hasMore),
    }),
  };
}

/** The paths of the pointers given. */
function paths<Key extends string>(found: Record<Key, { path: string[] } | undefined>): Partial<Record<Key, string[]>> {
  return Object.fromEntries(Object.entries<{ path: string[] } | undefined>(found).flatMap(([key, value]) => (value ? [[key, value.path]] : []))) as Partial<Record<Key, string[]>>;
}
