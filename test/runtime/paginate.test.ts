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

/** A list method answering each call with the next of `bodies`, recording the query of each call. */
function answering(bodies: unknown[]) {
  const calls: Array<Record<string, unknown>> = [];
  const method = async (init: Init): Promise<ApiResult> => {
    calls.push({ ...init.params?.query });
    return { data: bodies[calls.length - 1] ?? { data: [] }, response: new Response(null, { status: 200 }) };
  };
  return { method, calls };
}

describe('paginate by cursor', () => {
  it('sends the cursor each page gives, from the one the init gives, and stops when none is given', async () => {
    const { method, calls } = answering([{ data: ['a', 'b'], next_cursor: 'c2' }, { data: ['c'], next_cursor: 'c3' }, { data: ['d'], next_cursor: null }, { data: ['never'] }]);
    const pages: Pages<string> = { cursor: 'cursor', items: '/data', next: '/next_cursor' };
    expect(await collect(paginate(method, pages, { params: { query: { cursor: 'c1', limit: 2 } } }))).toEqual(['a', 'b', 'c', 'd']);
    expect(calls).toEqual([{ cursor: 'c1', limit: 2 }, { cursor: 'c2', limit: 2 }, { cursor: 'c3', limit: 2 }]);
  });

  it('stops on an empty cursor, a cursor it was given before, a "has more" that is false and an empty page', async () => {
    const pages: Pages<string> = { cursor: 'after', items: '/data', next: '/next', hasMore: '/has_more' };
    const ends: Array<[unknown[], string[], number]> = [
      [[{ data: ['a'], next: 'x' }, { data: ['b'], next: '' }, { data: ['never'], next: 'y' }], ['a', 'b'], 2],
      [[{ data: ['a'], next: 'x' }, { data: ['b'], next: 'y' }, { data: ['c'], next: 'x' }, { data: ['never'], next: 'z' }], ['a', 'b', 'c'], 3],
      [[{ data: ['a'], next: 'x', has_more: true }, { data: ['b'], next: 'y', has_more: false }, { data: ['never'] }], ['a', 'b'], 2],
      [[{ data: ['a'], next: 'x' }, { data: [], next: 'y' }, { data: ['never'] }], ['a'], 2],
    ];
    for (const [bodies, expected, fetched] of ends) {
      const { method, calls } = answering(bodies);
      expect(await collect(paginate(method, pages))).toEqual(expected);
      expect(calls).toHaveLength(fetched);
    }
  });

  it("takes the next cursor from the last item (starting_after) or the next page's URL's query", async () => {
    const byItem = answering([{ data: [{ id: 'a' }, { id: 'b' }], has_more: true }, { data: [{ id: 'c' }], has_more: false }]);
    expect(await collect(paginate(byItem.method, { cursor: 'starting_after', items: '/data', lastItem: '/id', hasMore: '/has_more' }))).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(byItem.calls).toEqual([{}, { starting_after: 'b' }]);

    const byUrl = answering([{ runs: ['a'], links: { next: '/api/v2/runs?after=r1&limit=1' } }, { runs: ['b'], links: { next: 'https://elsewhere.example/api/v2/runs?after=r2&limit=1' } }, { runs: ['c'], links: {} }]);
    expect(await collect(paginate(byUrl.method, { cursor: 'after', items: '/runs', nextUrl: '/links/next' }, { params: { query: { org: 'o' } } }))).toEqual(['a', 'b', 'c']);
    expect(byUrl.calls).toEqual([{ org: 'o' }, { org: 'o', after: 'r1', limit: '1' }, { org: 'o', after: 'r2', limit: '1' }]);
  });

  it('is bounded by maxPages and abortable', async () => {
    let n = 0;
    const endless = async (): Promise<ApiResult> => ({ data: { data: [n], next: `c${++n}` }, response: new Response(null, { status: 200 }) });
    const pages: Pages<number> = { cursor: 'cursor', items: '/data', next: '/next' };
    expect(await collect(paginate(endless, pages, undefined, { maxPages: 4 }))).toEqual([0, 1, 2, 3]);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(collect(paginate(endless, pages, undefined, { signal: controller.signal }))).rejects.toThrow('stop');
    expect(n).toBe(4);
  });
});
