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
    ['a cursor and a nullable next cursor (3.1 anyOf)', listing([query('cursor', 'string'), query('limit')], object({ events: list, next_cursor: { anyOf: [{ type: 'string' }, { type: 'null' }] } })), { style: 'cursor', cursor: 'cursor', items: ['events'], next: ['next_cursor'] }],
    ['a page token, its next one and a has-more flag one object down', listing([query('page_token', 'string')], object({ data: list, meta: object({ next_page_token: { type: ['string', 'null'] }, has_more: { type: 'boolean' } }) })), { style: 'cursor', cursor: 'page_token', items: ['data'], next: ['meta', 'next_page_token'], hasMore: ['meta', 'has_more'] }],
    ["a cursor the body gives back under the parameter's name (Supabase)", listing([query('cursor', 'string')], object({ data: list, cursor: { type: 'string' } })), { style: 'cursor', cursor: 'cursor', items: ['data'], next: ['cursor'] }],
    ["Box's marker and next_marker", listing([query('marker', 'string'), query('limit')], object({ entries: list, next_marker: { type: 'string' }, limit: { type: 'integer' } })), { style: 'cursor', cursor: 'marker', items: ['entries'], next: ['next_marker'] }],
    ["a next page's URL under links (InfluxDB)", listing([query('after', 'string')], object({ buckets: list, links: object({ self: { type: 'string' }, next: { type: 'string', format: 'uri' } }) })), { style: 'cursor', cursor: 'after', items: ['buckets'], nextUrl: ['links', 'next'] }],
    ["starting_after, has_more and the items' id (Stripe)", listing([query('starting_after', 'string')], object({ data: list, has_more: { type: 'boolean' } })), { style: 'cursor', cursor: 'starting_after', items: ['data'], lastItem: ['id'], hasMore: ['has_more'] }],
  ])('%s', (_name, document, expected) => {
    expect(recognised(document)).toEqual(expected);
  });

  it.each([
    ['no page parameter', listing([query('offset')], object({ items: list }))],
    ['no list in the body', listing([query('page')], object({ total: { type: 'integer' } }))],
    ['two lists, neither or both named as one', listing([query('page')], object({ a: list, b: list }))],
    ['not a GET', listing([query('page')], object({ items: list }), 'post')],
    ['a cursor parameter, but nothing in the body saying where the next page starts', listing([query('cursor', 'string')], object({ items: list, total: { type: 'integer' } }))],
    ['a marker whose next one sits inside the items', listing([query('marker', 'string')], object({ entries: { type: 'array', items: object({ next_marker: { type: 'string' } }) } }))],
    ['starting_after and has_more, but items without an id', listing([query('starting_after', 'string')], object({ data: { type: 'array', items: object({ name: { type: 'string' } }) }, has_more: { type: 'boolean' } }))],
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
