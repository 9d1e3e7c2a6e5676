/**
 * Every item of a paged list operation, fetched page by page as the loop
 * asks for them: `for await (const task of paginate(client.pageTasks,
 * pageTasks, init))`, the second argument from the package's `pages`
 * entry. A module of its own: a consumer that never pages does not bundle it.
 */
import { unwrap, type ApiResult } from './client.js';
import { readPointer } from './errors.js';

/** How one operation pages, as the generator found it in the document (`<package>/pages`). */
export interface Pages<Item> {
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
  /** Never set: carries the item type. */
  readonly item?: Item;
}

export interface PaginateOptions {
  /** Pages fetched at most (default 100): the loop ends there, as at the last page. */
  maxPages?: number;
  /** Aborts the page being fetched, and the listing. */
  signal?: AbortSignal;
}

type PagedInit = { params?: { query?: Record<string, unknown> } } | undefined;

const numberAt = (body: unknown, pointer: string | undefined) => {
  const value = readPointer(body, pointer);
  return typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined;
};

/**
 * Yields the items of each page from the init's page (or 1) on, fetching a
 * page only when the loop has taken every item of the one before, and stops
 * after an empty page, a page shorter than the size asked for, the last page
 * by the body's page count, "has next" flag or total, or `maxPages` pages.
 * A page that fails throws its `ApiError` (unwrap); breaking out of the loop
 * fetches nothing more.
 */
export async function* paginate<Method extends (init: never) => Promise<ApiResult>, Item>(
  method: Method,
  pages: Pages<Item>,
  init?: Parameters<Method>[0],
  { maxPages = 100, signal }: PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const given = init as PagedInit;
  const query = given?.params?.query ?? {};
  // The page size asked for, when the call asks for one: a shorter page is the last.
  const limit = pages.limit !== undefined && query[pages.limit] !== undefined ? Number(query[pages.limit]) : undefined;
  let page = Number(query[pages.page] ?? 1);
  for (let fetched = 0; fetched < maxPages; fetched++, page++) {
    signal?.throwIfAborted();
    const pageInit = { ...given, params: { ...given?.params, query: { ...query, [pages.page]: pages.numeric ? page : String(page) } }, ...(signal ? { signal } : {}) };
    const body = unwrap(await method(pageInit as never));
    const items = readPointer(body, pages.items);
    if (!Array.isArray(items) || items.length === 0) return;
    yield* items as Item[];
    const totalPages = numberAt(body, pages.totalPages);
    const total = numberAt(body, pages.total);
    const last =
      (totalPages !== undefined && page >= totalPages) ||
      readPointer(body, pages.hasNext) === false ||
      (total !== undefined && limit !== undefined && limit > 0 && page * limit >= total) ||
      (limit !== undefined && items.length < limit);
    if (last) return;
  }
}
