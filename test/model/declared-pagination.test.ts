/**
 * The manifest's client.pagination over what the shape finds: a declaration
 * adds pagination the shape missed, corrects what it got wrong, or removes
 * it; one that the document contradicts fails naming the manifest field.
 */
import { describe, expect, it } from 'vitest';
import type { PaginationSpec } from '../../src/manifest.js';
import { buildApiModel } from '../../src/model/build.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { manifestOf } from './manifest-of.js';

const object = (properties: JsonObject) => ({ type: 'object', properties });
const list = { type: 'array', items: object({ id: { type: 'string' } }) };
const ok = (schema: JsonObject) => ({ '200': { description: 'OK', content: { 'application/json': { schema } } } });
const query = (name: string, type = 'string') => ({ name, in: 'query', schema: { type } });

/** Three GETs: one paged by shape, one whose shape the recogniser misses, one it gets wrong. */
const document: JsonObject = {
  openapi: '3.1.0',
  info: { title: 'Lists', version: '1' },
  paths: {
    '/tasks': { get: { operationId: 'listTasks', parameters: [query('page', 'integer')], responses: ok(object({ items: list, total_pages: { type: 'integer' } })) } },
    // Two lists, neither named as one: not recognised.
    '/workflows': { get: { operationId: 'listWorkflows', parameters: [query('cursor')], responses: ok(object({ workflows: list, versions: list, next_cursor: { type: 'string' } })) } },
    // Recognised by its page parameter, but the API pages by its token.
    '/runs': { get: { operationId: 'listRuns', parameters: [query('page', 'integer'), query('token')], responses: ok(object({ items: list, next: object({ token: { type: 'string' } }) })) } },
  },
};

const pagedWith = (pagination: Record<string, PaginationSpec | false>) =>
  Object.fromEntries(buildApiModel(manifestOf({ pagination }), document).paged.map(({ operation, pagination: found }) => [operation.methodName, found]));

describe('client.pagination', () => {
  it('leaves the shape alone without a declaration', () => {
    expect(pagedWith({})).toEqual({
      listTasks: { style: 'page', page: 'page', numeric: true, items: ['items'], totalPages: ['total_pages'] },
      listRuns: { style: 'page', page: 'page', numeric: true, items: ['items'] },
    });
  });

  it('adds, corrects and removes the pagination of an operation', () => {
    expect(
      pagedWith({
        listWorkflows: { style: 'cursor', cursor: 'cursor', items: '/workflows', next: '/next_cursor' },
        listRuns: { style: 'cursor', cursor: 'token', items: '/items', next: '/next/token', lastItem: '/id' },
        listTasks: false,
      }),
    ).toEqual({
      listWorkflows: { style: 'cursor', cursor: 'cursor', items: ['workflows'], next: ['next_cursor'] },
      listRuns: { style: 'cursor', cursor: 'token', items: ['items'], next: ['next', 'token'], lastItem: ['id'] },
    });
  });

  it('takes a page style, the number typed as declared or as its parameter', () => {
    expect(pagedWith({ listRuns: { style: 'page', page: 'page', items: '/items', numeric: false } }).listRuns).toEqual({ style: 'page', page: 'page', numeric: false, items: ['items'] });
    expect(pagedWith({ listTasks: { style: 'page', page: 'page', items: '/items' } }).listTasks).toEqual({ style: 'page', page: 'page', numeric: true, items: ['items'] });
  });

  it.each<[string, Record<string, PaginationSpec | false>, string]>([
    ['a method the client does not have', { listThings: false }, '/client/pagination/listThings: no client method "listThings" in the normalized document'],
    ['a parameter the operation does not have', { listRuns: { style: 'cursor', cursor: 'after', items: '/items', next: '/next/token' } }, '/client/pagination/listRuns/cursor: "listRuns" has no query parameter "after"'],
    ['a pointer outside the body', { listRuns: { style: 'cursor', cursor: 'token', items: '/items', next: '/next_token' } }, '/client/pagination/listRuns/next: "/next_token" is not a property of the 200 response of "listRuns"'],
    ['items that are not a list', { listRuns: { style: 'cursor', cursor: 'token', items: '/next', next: '/next/token' } }, '/client/pagination/listRuns/items: "/next" is not an array in the 200 response of "listRuns"'],
    ['a last item pointer the items lack', { listRuns: { style: 'cursor', cursor: 'token', items: '/items', lastItem: '/name' } }, '/client/pagination/listRuns/lastItem: "/name" is not a property of the items of "listRuns"'],
  ])('refuses %s, naming the field', (_name, pagination, message) => {
    expect(() => pagedWith(pagination)).toThrow(message);
  });
});
