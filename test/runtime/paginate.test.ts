/** paginate(): pages fetched lazily, in order, until the body says the list ended; bounded and abortable. */
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../src/runtime/client.js';
import { paginate, type Pages } from '../../src/runtime/paginate.js';

type Init = { params?: { query?: Record<string, unknown> }; signal?: AbortSignal };

/** A list method over `pages` (each a body), recording the query of each call. */
function listing(bodies: unknown[], status = 200) {
  const calls: Array<Record<string, unknown>> = [];
  const method = async (init: Init): Promise<ApiResult> => {
    calls.push({ ...init.params?.query });
    const page = Number(init.params?.query?.page);
    const body = bodies[page - 1] ?? { items: [] };
    return { data: status < 300 ? body : undefined, error: status < 300 ? undefined : { message: 'no' }, response: new Response(null, { status }) };
  };
  return { method, calls };
}

const PAGES: Pages<string> = { page: 'page', numeric: true, limit: 'limit', items: '/items', totalPages: '/total_pages' };
const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

describe('paginate', () => {
  it('yields every item of every page, page by page, stopping at the page count', async () => {
    const { method, calls } = listing([{ items: ['a', 'b'], total_pages: 2 }, { items: ['c'], total_pages: 2 }, { items: ['never'], total_pages: 2 }]);
    expect(await collect(paginate(method, PAGES, { params: { query: { status: 'done' } } }))).toEqual(['a', 'b', 'c']);
    expect(calls).toEqual([{ status: 'done', page: 1 }, { status: 'done', page: 2 }]);
  });

  it('sends the page as the parameter is typed (a string for Anchor), from the page the init gives', async () => {
    const { method, calls } = listing([{}, { items: ['b'] }, { items: [] }]);
    expect(await collect(paginate(method, { page: 'page', numeric: false, items: '/items' }, { params: { query: { page: '2' } } }))).toEqual(['b']);
    expect(calls).toEqual([{ page: '2' }, { page: '3' }]);
  });

  it('stops on a "has next" flag that is false, a total reached, a short page and an empty page', async () => {
    const ends: Array<[Pages<string>, unknown[], Init | undefined, string[]]> = [
      [{ page: 'page', numeric: true, items: '/data/items', hasNext: '/data/has_next' }, [{ data: { items: ['a'], has_next: true } }, { data: { items: ['b'], has_next: false } }], undefined, ['a', 'b']],
      [{ page: 'page', numeric: true, limit: 'limit', items: '/items', total: '/total' }, [{ items: ['a', 'b'], total: 3 }, { items: ['c', 'd'], total: 3 }, { items: ['e'] }], { params: { query: { limit: 2 } } }, ['a', 'b', 'c', 'd']],
      [{ page: 'page', numeric: true, limit: 'limit', items: '/items' }, [{ items: ['a', 'b'] }, { items: ['c'] }, { items: ['never'] }], { params: { query: { limit: 2 } } }, ['a', 'b', 'c']],
      [{ page: 'page', numeric: true, items: '/items' }, [{ items: ['a'] }, { items: [] }, { items: ['never'] }], undefined, ['a']],
    ];
    for (const [pages, bodies, init, expected] of ends) {
      const { method, calls } = listing(bodies);
      expect(await collect(paginate(method, pages, init))).toEqual(expected);
      expect(calls.length).toBeLessThanOrEqual(bodies.length);
    }
  });

  it('fetches a page only when the loop wants its items: a break fetches nothing more', async () => {
    const { method, calls } = listing([{ items: ['a', 'b'], total_pages: 9 }, { items: ['c'], total_pages: 9 }]);
    for await (const item of paginate(method, PAGES)) if (item === 'a') break;
    expect(calls).toHaveLength(1);
  });

  it('is bounded by maxPages, default 100, on a list that never ends', async () => {
    const endless = { items: ['x'], total_pages: 1e9 };
    const { method, calls } = listing(Array.from({ length: 200 }, () => endless));
    expect(await collect(paginate(method, PAGES, undefined, { maxPages: 3 }))).toEqual(['x', 'x', 'x']);
    expect(calls).toHaveLength(3);
    const unbounded = listing(Array.from({ length: 200 }, () => endless));
    expect(await collect(paginate(unbounded.method, PAGES))).toHaveLength(100);
  });

  it('is abortable: an aborted listing throws before it fetches the next page', async () => {
    const controller = new AbortController();
    const { method, calls } = listing([{ items: ['a'], total_pages: 3 }, { items: ['b'], total_pages: 3 }]);
    const seen: string[] = [];
    await expect(async () => {
      for await (const item of paginate(method, PAGES, undefined, { signal: controller.signal })) {
        seen.push(item);
        controller.abort(new Error('enough'));
      }
    }).rejects.toThrow('enough');
    expect(seen).toEqual(['a']);
    expect(calls).toHaveLength(1);
  });

  it('throws the ApiError of a page that fails', async () => {
    const { method } = listing([{ items: ['a'] }], 404);
    await expect(collect(paginate(method, PAGES))).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
  });
});
