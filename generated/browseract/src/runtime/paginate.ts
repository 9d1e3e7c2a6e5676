/**
 * This file was generated. Do not edit it by hand: run `npm run generate`.
 * Source: the toolchain's src/runtime/paginate.ts, copied verbatim
 * Source sha256: b3979ebb5c3d5d1192aa6432d2d6b112cef2a685b62fd28f75b7d6b6d099b4f4
 * Generators: openapi-typescript 7.13.0, ts-morph 28.0.0
 */
/**
 * Every item of a paged list operation, fetched page by page as the loop
 * asks for them: `for await (const task of paginate(client.pageTasks,
 * pageTasks, init))`, the second argument from the package's `pages`
 * entry. A module of its own: a consumer that never pages does not bundle it.
 */
import { unwrap, type ApiResult } from './client.js';
import { readPointer } from './errors.js';

/** How one operation pages, as the generator found it in the document (`<package>/pages`). */
export type Pages<Item> = PageNumbers<Item> | Cursors<Item>;

/** Paged by a page number. */
export interface PageNumbers<Item> {
  /** The page number's query parameter. */
  readonly page: string;
  /** Whether the page number is sent as a number (else as a string). */
  readonly numeric: boolean;
  /** The page size's query parameter. */
  readonly limit?: string;
  /** JSON pointers into the body: the items, and what says the list ended. */
  readonly items: string;
  readonly totalPages?: string;
  readonly hasNext?: string;
  readonly total?: string;
  readonly cursor?: never;
  /** Never set: carries the item type. */
  readonly item?: Item;
}

/** Paged by a cursor the body gives for the next page. */
export interface Cursors<Item> {
  /** The cursor's query parameter. */
  readonly cursor: string;
  /** JSON pointers into the body: the items, and the next cursor, the next page's URL (its query is sent next) or a "has more" flag. */
  readonly items: string;
  readonly next?: string;
  readonly nextUrl?: string;
  readonly hasMore?: string;
  /** A JSON pointer into the last item: its value is the next cursor (Stripe's `starting_after`). */
  readonly lastItem?: string;
  readonly page?: never;
  /** Never set: carries the item type. */
  readonly item?: Item;
}

export interface PaginateOptions {
  /** Pages fetched at most (default 100): the loop ends there, as at the last page. */
  maxPages?: number;
  /** Aborts the page being fetched, and the listing. */
  signal?: AbortSignal;
}

type Query = Record<string, unknown>;
type PagedInit = { params?: { query?: Query } } | undefined;

const numberAt = (body: unknown, pointer: string | undefined) => {
  const value = readPointer(body, pointer);
  return typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined;
};

/**
 * Yields the items of each page from the init's page (or cursor) on,
 * fetching a page only when the loop has taken every item of the one
 * before, and stops after an empty page or `maxPages` pages. By page
 * number: after a page shorter than the size asked for, or the last page by
 * the body's page count, "has next" flag or total. By cursor: when the body
 * says there is no more, or gives no next cursor, an empty one or one it
 * gave before (a server that repeats itself never loops). A page that fails
 * throws its `ApiError` (unwrap); breaking out of the loop fetches nothing more.
 */
export async function* paginate<Method extends (init: never) => Promise<ApiResult>, Item>(
  method: Method,
  pages: Pages<Item>,
  init?: Parameters<Method>[0],
  { maxPages = 100, signal }: PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const given = init as PagedInit;
  const asked: Query = given?.params?.query ?? {};
  const [first, step] = pages.cursor === undefined ? byPageNumber(pages, asked) : byCursor(pages, asked);
  let query = first;
  for (let fetched = 0; fetched < maxPages; fetched++) {
    signal?.throwIfAborted();
    const pageInit = { ...given, params: { ...given?.params, query }, ...(signal ? { signal } : {}) };
    const body = unwrap(await method(pageInit as never));
    const items = readPointer(body, pages.items);
    if (!Array.isArray(items) || items.length === 0) return;
    yield* items as Item[];
    const next = step(body, items);
    if (!next) return;
    query = next;
  }
}

/** From one page's body and items, the query of the next page, or undefined at the end. */
type Step = (body: unknown, items: unknown[]) => Query | undefined;

/** The first page's query, and the step to each next one. */
function byPageNumber(pages: PageNumbers<unknown>, asked: Query): [Query, Step] {
  // The page size asked for, when the call asks for one: a shorter page is the last.
  const limit = pages.limit !== undefined && asked[pages.limit] !== undefined ? Number(asked[pages.limit]) : undefined;
  let page = Number(asked[pages.page] ?? 1);
  // Each page number is sent as the parameter is typed, the first one too.
  const withPage = () => ({ ...asked, [pages.page]: pages.numeric ? page : String(page) });
  return [withPage(), (body, items) => {
    const totalPages = numberAt(body, pages.totalPages);
    const total = numberAt(body, pages.total);
    const last =
      (totalPages !== undefined && page >= totalPages) ||
      readPointer(body, pages.hasNext) === false ||
      (total !== undefined && limit !== undefined && limit > 0 && page * limit >= total) ||
      (limit !== undefined && items.length < limit);
    if (last) return undefined;
    page++;
    return withPage();
  }];
}

/** The first page's query (the cursor the init gives, if any), and the step to each next one. */
function byCursor(pages: Cursors<unknown>, asked: Query): [Query, Step] {
  const seen = new Set<string>();
  if (asked[pages.cursor] !== undefined) seen.add(String(asked[pages.cursor]));
  let query = asked;
  return [asked, (body, items) => {
    if (readPointer(body, pages.hasMore) === false) return undefined;
    let next: Query | undefined;
    let cursor: unknown;
    if (pages.nextUrl !== undefined) {
      // The next page's URL as the body gives it; only its query is sent, to the same operation.
      const url = readPointer(body, pages.nextUrl);
      cursor = url;
      if (typeof url === 'string' && url !== '' && URL.canParse(url, 'http://next.invalid')) {
        next = { ...query };
        new URL(url, 'http://next.invalid').searchParams.forEach((value, name) => (next![name] = value));
      }
    } else {
      cursor = pages.next !== undefined ? readPointer(body, pages.next) : readPointer(items[items.length - 1], pages.lastItem);
      if ((typeof cursor === 'string' || typeof cursor === 'number') && cursor !== '') next = { ...query, [pages.cursor]: cursor };
    }
    if (!next || seen.has(String(cursor))) return undefined;
    seen.add(String(cursor));
    return (query = next);
  }];
}
