/**
 * The manifest's `client.pagination`: a map of method name to false or a
 * style with its parameter and JSON pointers; each mistake one line naming
 * the key. (Whether the document has the method, parameter and properties
 * is checked with the model: test/model/declared-pagination.test.ts.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../src/manifest.js';
import { writeTree } from './helpers.js';

/** An API folder whose manifest's client.pagination is the YAML given. */
function load(pagination: string) {
  const manifest = ['title: Test API', 'baseUrl: https://api.example.test', 'client:', `  pagination: ${pagination}`, 'sources:', '  - file: raw/a.yaml', ''].join('\n');
  return loadManifest(join(writeTree({ 'my-api/manifest.yaml': manifest, 'my-api/raw/a.yaml': 'openapi: 3.1.0\n' }), 'my-api'));
}

describe('manifest client.pagination', () => {
  it('reads false and both styles as written', () => {
    const manifest = load('{listA: false, listB: {style: cursor, cursor: after, items: /data, next: /meta/next, hasMore: /has_more}, listC: {style: page, page: p, numeric: false, limit: size, items: /items, totalPages: /pages}}');
    expect(manifest.client.pagination).toEqual({
      listA: false,
      listB: { style: 'cursor', cursor: 'after', items: '/data', next: '/meta/next', hasMore: '/has_more' },
      listC: { style: 'page', page: 'p', numeric: false, limit: 'size', items: '/items', totalPages: '/pages' },
    });
  });

  it('is empty without one', () => {
    expect(load('{}').client.pagination).toEqual({});
  });

  it.each([
    ['a list', '[listA]', /#\/client\/pagination: expected a map of method name to false or/],
    ['a key that is no method name', '{"list-a": false}', /#\/client\/pagination\/list-a: expected a camelCase method name as the key, got "list-a"$/],
    ['true', '{listA: true}', /#\/client\/pagination\/listA: expected false \(not paged\) or \{style: page \| cursor, items, \.\.\.\}$/],
    ['an unknown style', '{listA: {style: offset, items: /a}}', /#\/client\/pagination\/listA\/style: expected page or cursor, got "offset"$/],
    ['a field of the other style', '{listA: {style: page, page: p, items: /a, next: /n}}', /#\/client\/pagination\/listA\/next: unknown field "next" for style page: expected page, limit, items, totalPages, hasNext, total, numeric$/],
    ['a pointer that is not one', '{listA: {style: cursor, cursor: c, items: data, next: /n}}', /#\/client\/pagination\/listA\/items: expected a JSON pointer such as "\/data\/items", got "data"$/],
    ['a parameter that is not a name', '{listA: {style: page, page: 3, items: /a}}', /#\/client\/pagination\/listA\/page: expected a query parameter name, got 3$/],
    ['numeric that is not a flag', '{listA: {style: page, page: p, items: /a, numeric: "yes"}}', /#\/client\/pagination\/listA\/numeric: expected true or false, got "yes"$/],
    ['no items', '{listA: {style: page, page: p}}', /#\/client\/pagination\/listA: missing field "items" for style page$/],
    ['a cursor without where the next page starts', '{listA: {style: cursor, cursor: c, items: /a, hasMore: /m}}', /#\/client\/pagination\/listA: a cursor listing needs where the next page starts: next, nextUrl or lastItem$/],
  ])('refuses %s, in one line naming the key and its line', (_, pagination, message) => {
    let thrown: unknown;
    try {
      load(pagination);
    } catch (error) {
      thrown = error;
    }
    expect(String((thrown as Error).message)).toMatch(message);
    expect((thrown as Error).message).toMatch(/my-api\/manifest\.yaml:4:\d+ #\/client\/pagination/);
    expect((thrown as Error).message).not.toContain('\n');
  });
});
