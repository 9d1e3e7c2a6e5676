/** List operations recognised by shape, from small inline documents and on both APIs under test. */
import { describe, expect, it } from 'vitest';
import { buildApiModel } from '../../src/model/build.js';
import { paginationOf } from '../../src/model/pagination.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { apisUnderTest } from '../apis/under-test.js';
import { manifestOf } from './manifest-of.js';

const query = (name: string, type = 'integer') => ({ name, in: 'query', schema: { type } });
const listing = (parameters: object[], body: JsonObject, method = 'get'): JsonObject => ({
  openapi: '3.1.0',
  info: { title: 'Lists', version: '1' },
  paths: { '/things': { [method]: { operationId: 'listThings', parameters, responses: { '200': { description: 'OK', content: { 'application/json': { schema: body } } } } } } },
});
const object = (properties: JsonObject) => ({ type: 'object', properties });
const list = { type: 'array', items: object({ id: { type: 'string' } }) };

function recognised(document: JsonObject) {
  const model = buildApiModel(manifestOf(), document);
  return paginationOf(model.operations[0]!, document);
}

describe('list operations by shape', () => {
  it.each([
    ['a page and a limit, items and a page count at the top', listing([query('page'), query('limit')], object({ items: list, total_pages: { type: 'integer' } })), { style: 'page', page: 'page', numeric: true, limit: 'limit', items: ['items'], totalPages: ['total_pages'] }],
    ['a string page, the list and its total two objects down', listing([query('page', 'string'), query('page_size', 'string')], object({ data: object({ tasks: list, meta: object({ total: { type: 'integer' }, has_more: { type: 'boolean' } }) }) })), { style: 'page', page: 'page', numeric: false, limit: 'page_size', items: ['data', 'tasks'], hasNext: ['data', 'meta', 'has_more'], total: ['data', 'meta', 'total'] }],
    ['two lists, one named as a list', listing([query('page')], object({ results: list, tags: { type: 'array', items: { type: 'string' } } })), { style: 'page', page: 'page', numeric: true, items: ['results'] }],
  ])('%s', (_name, document, expected) => {
    expect(recognised(document)).toEqual(expected);
  });

  it.each([
    ['no page parameter', listing([query('offset')], object({ items: list }))],
    ['no list in the body', listing([query('page')], object({ total: { type: 'integer' } }))],
    ['two lists, neither or both named as one', listing([query('page')], object({ a: list, b: list }))],
    ['not a GET', listing([query('page')], object({ items: list }), 'post')],
  ])('not with %s', (_name, document) => {
    expect(recognised(document)).toBeUndefined();
  });
});

describe('list operations of the APIs under test', async () => {
  const apis = await apisUnderTest();
  it.each(apis.map((api) => [api.name, api] as const))('%s: every operation with a page parameter and a list in its body is paged', (_name, api) => {
    for (const operation of api.model.operations) {
      const paged = paginationOf(operation, api.document);
      const hasPage = operation.method === 'get' && operation.parameters.query.some((parameter) => parameter.name === 'page');
      if (paged) expect(hasPage, operation.id).toBe(true);
      if (hasPage) expect(paged, operation.id).toBeDefined();
    }
  });
});
