/**
 * paginate() through each list operation's method, against the API's Prism:
 * pages asked for in order, each page's items yielded, the listing ended by
 * the body or by maxPages. Every API under test, every list operation its
 * package's `pages` entry describes.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { exampleRequest } from '../../src/contract/requests.js';
import { pagedOperations } from '../../src/codegen/pages.js';
import { contractApisUnderTest, loadClient, type LoadedClient } from './client.js';

describe.each(contractApisUnderTest())('$name: paginate', (api) => {
  const paged = pagedOperations(api.model);
  const pagesAsked: string[] = [];
  let loaded: LoadedClient;
  let pages: Record<string, object>;
  let paginate: (method: unknown, pages: object, init: object, options: object) => AsyncIterable<unknown>;

  beforeAll(async () => {
    loaded = await loadClient(api, inject('prism')[api.name]!, {
      fetch: (url: string, init: RequestInit) => (pagesAsked.push(new URL(url).searchParams.get('page') ?? ''), fetch(url, init)),
    });
    pages = (await import(pathToFileURL(join(dirname(api.packageEntry), 'pages.ts')).href)) as Record<string, object>;
    paginate = ((await import(pathToFileURL(api.packageEntry).href)) as { paginate: typeof paginate }).paginate;
  });

  /** The operation's example request without its page (or cursor): the listing starts at the first page. */
  function firstPageInit(operation: (typeof paged)[number]['operation']) {
    const { parseAs: _parseAs, ...request } = exampleRequest(api.document, operation);
    const query = { ...(request.params.query ?? {}) } as Record<string, unknown>;
    const { pagination } = paged.find((entry) => entry.operation === operation)!;
    delete query[pagination.style === 'page' ? pagination.page : pagination.cursor];
    return { ...request, params: { ...request.params, query } };
  }

  it('describes exactly the list operations the model recognises, and paginator(client) gives each as a method', () => {
    const names = paged.map(({ operation }) => operation.methodName).sort();
    expect(Object.keys(pages).filter((name) => name !== 'paginator' && name !== 'withPaginate').sort()).toEqual(names);
    if (names.length === 0) return;
    const paginator = (pages as { paginator: (client: unknown) => Record<string, unknown> }).paginator;
    expect(Object.keys(paginator(loaded.client)).sort()).toEqual(names);
  });

  // The same listing through paginator(client).<operation>(init, options): the same pages asked, the same items.
  it.each(paged.map(({ operation }) => [operation.methodName, operation] as const))('paginator(client).%s, and the same through withPaginate(client).paginate, yield what paginate does', async (name, operation) => {
    const init = firstPageInit(operation);
    const listing = async (iterable: AsyncIterable<unknown>) => {
      pagesAsked.length = 0;
      const items: unknown[] = [];
      for await (const item of iterable) items.push(item);
      return { items, asked: [...pagesAsked] };
    };
    const direct = await listing(paginate(loaded.client[name], pages[name]!, init, { maxPages: 2 }));
    const paginator = (pages as { paginator: (client: unknown) => Record<string, (init: object, options: object) => AsyncIterable<unknown>> }).paginator;
    const viaPaginator = await listing(paginator(loaded.client)[name]!(init, { maxPages: 2 }));
    expect(viaPaginator).toEqual(direct);
    // withPaginate(client): the same client object, with `paginate.<operation>`.
    const withPaginate = (pages as { withPaginate: (client: object) => { paginate: Record<string, (init: object, options: object) => AsyncIterable<unknown>> } }).withPaginate;
    const client = { ...loaded.client };
    const extended = withPaginate(client);
    expect(extended).toBe(client);
    expect(await listing(extended.paginate[name]!(init, { maxPages: 2 }))).toEqual(direct);
    expect(direct.asked.length).toBeGreaterThan(0);
  });

  it.each(paged.map(({ operation }) => [operation.methodName, operation] as const))('%s pages through its method in order, within maxPages', async (name, operation) => {
    pagesAsked.length = 0;
    const items: unknown[] = [];
    for await (const item of paginate(loaded.client[name], pages[name]!, firstPageInit(operation), { maxPages: 3 })) items.push(item);
    expect(pagesAsked.length).toBeGreaterThan(0);
    expect(pagesAsked.length).toBeLessThanOrEqual(3);
    expect(pagesAsked).toEqual(pagesAsked.map((_, index) => String(index + 1)));
    // Prism answers every page with the documented example: the same items each page, and an empty page ends the listing.
    expect(items.length % pagesAsked.length).toBe(0);
    if (items.length === 0) expect(pagesAsked).toEqual(['1']);
  });
});
