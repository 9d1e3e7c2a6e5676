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
import { type ApiResult } from './client.js';
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
export declare function paginate<Method extends (init: never) => Promise<ApiResult>, Item>(method: Method, pages: Pages<Item>, init?: Parameters<Method>[0], { maxPages, signal }?: PaginateOptions): AsyncGenerator<Item, void, undefined>;
