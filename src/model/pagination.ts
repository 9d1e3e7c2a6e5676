/**
 * List operations, recognised by shape: a GET whose JSON success body holds
 * one list of items, within two objects of its top (`items`,
 * `data.results`, `data.tasks`), and a query parameter saying which page
 * to send. Two styles:
 *
 * - by page number (`page`, `page_number`, `pageNumber`). What ends the
 *   listing is read from the body where it says so: a page count
 *   (`total_pages`), a "has next" flag (`has_next`, `has_more`), or a total
 *   count with the page size (`total`, `total_count`); and always an empty
 *   page, or one shorter than the page size asked for. Anchor's `listTasks`
 *   and BrowserAct's `pageTasks` are found this way.
 * - by cursor (`cursor`, `after`, `starting_after`, `page_token`, `marker`,
 *   `next_token`…), when the body says where the next page starts: a next
 *   cursor (`next_cursor`, `next_page_token`, Box's `next_marker`,
 *   Supabase's `cursor`), a next page's URL (`next_url`, `links.next`), or,
 *   for `starting_after`/`after` with a `has_more` flag, the last item's
 *   `id` (Stripe's way).
 *
 * A body with several lists takes the one whose name says so (`items`,
 * `results`, `data`, `records`, `entries`); with several such, none is
 * chosen and the operation is not paged. The manifest's `client.pagination`
 * adds, corrects or removes what is found here (declared-pagination.ts).
 */
import { resolveLocal } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import { mediaSchema } from './schema-path.js';
import type { OperationModel, PaginationModel } from './types.js';

const PAGE = ['page', 'page_number', 'pageNumber'];
const LIMIT = ['limit', 'page_size', 'pageSize', 'per_page', 'perPage', 'size'];
const CURSOR = ['cursor', 'after', 'starting_after', 'startingAfter', 'page_token', 'pageToken', 'marker', 'next_token', 'nextToken', 'continuation_token', 'continuationToken'];
/** Cursor parameters that take an item's id, when the body gives no next cursor (Stripe's `starting_after`). */
const AFTER_ITEM = ['starting_after', 'startingAfter', 'after'];
const LIST_NAMES = ['items', 'results', 'data', 'records', 'entries', 'list'];
const TOTAL_PAGES = ['total_pages', 'totalPages', 'page_count', 'pageCount', 'pages'];
const HAS_NEXT = ['has_next', 'hasNext', 'has_more', 'hasMore'];
const TOTAL = ['total', 'total_count', 'totalCount', 'total_records', 'totalRecords', 'count'];
const NEXT_CURSOR = ['next_cursor', 'nextCursor', 'next_page_token', 'nextPageToken', 'next_token', 'nextToken', 'next_marker', 'nextMarker', 'continuation_token', 'continuationToken'];
const NEXT_URL = ['next_url', 'nextUrl', 'next_page_url', 'nextPageUrl', 'next_link', 'nextLink'];
/** Objects whose `next` is the next page's URL (InfluxDB's `links.next`). */
const LINKS = ['links', '_links'];
/** Objects searched below the body's top: `data.pagination.total_pages` is two down. */
const MAX_DEPTH = 2;

interface Found {
  path: string[];
  schema: JsonObject;
}

export function paginationOf(operation: OperationModel, document: JsonObject): PaginationModel | undefined {
  if (operation.method !== 'get') return undefined;
  const body = mediaSchema(document, operation.success?.json);
  if (!body) return undefined;
  const properties = walk(document, body);
  const lists = properties.filter(({ schema }) => typesOf(document, schema).has('array'));
  const named = lists.filter(({ path }) => LIST_NAMES.includes(last(path)));
  const list = lists.length === 1 ? lists[0] : named.length === 1 ? named[0] : undefined;
  if (!list) return undefined;
  // A property outside the list, by its name (or, given a test, by its whole path) and type.
  const field = (names: readonly string[] | ((path: string[]) => boolean), types: readonly string[]) =>
    properties.find(({ path, schema }) => (typeof names === 'function' ? names(path) : names.includes(last(path))) && types.some((type) => typesOf(document, schema).has(type)) && !startsWith(path, list.path))?.path;
  const query = operation.parameters.query;
  const page = query.find((parameter) => PAGE.includes(parameter.name));
  if (page) {
    const pageSchema = resolveLocal(document, page.schema);
    const limit = query.find((parameter) => LIMIT.includes(parameter.name));
    const totalPages = field(TOTAL_PAGES, ['integer', 'number']);
    const hasNext = field(HAS_NEXT, ['boolean']);
    const total = field(TOTAL, ['integer', 'number']);
    return {
      style: 'page',
      page: page.name,
      numeric: isObject(pageSchema) && (pageSchema.type === 'integer' || pageSchema.type === 'number'),
      ...(limit ? { limit: limit.name } : {}),
      items: list.path,
      ...(totalPages ? { totalPages } : {}),
      ...(hasNext ? { hasNext } : {}),
      ...(total ? { total } : {}),
    };
  }
  const cursor = query.find((parameter) => CURSOR.includes(parameter.name));
  if (!cursor) return undefined;
  // A body property named as the parameter is the cursor to send next (Supabase's `cursor`).
  const next = field([...NEXT_CURSOR, cursor.name], ['string', 'integer']);
  const nextUrl = next ? undefined : field((path) => NEXT_URL.includes(last(path)) || (last(path) === 'next' && LINKS.includes(path[path.length - 2] ?? '')), ['string']);
  const hasMore = field(HAS_NEXT, ['boolean']);
  const itemId = AFTER_ITEM.includes(cursor.name) && hasMore && !next && !nextUrl && itemHasId(document, list.schema);
  if (!next && !nextUrl && !itemId) return undefined;
  return {
    style: 'cursor',
    cursor: cursor.name,
    items: list.path,
    ...(next ? { next } : {}),
    ...(nextUrl ? { nextUrl } : {}),
    ...(itemId ? { lastItem: ['id'] } : {}),
    ...(hasMore ? { hasMore } : {}),
  };
}

/** Whether the list's items have an `id` property. */
function itemHasId(document: JsonObject, list: JsonObject): boolean {
  const item = resolveLocal(document, list.items);
  return isObject(item) && Object.hasOwn(objectProperties(document, item), 'id');
}

/**
 * The JSON types a schema allows: its `type` (one or a list) and those of
 * its `anyOf`/`oneOf` members, as a 3.1 document writes a nullable value
 * (`anyOf: [{type: string}, {type: 'null'}]`).
 */
function typesOf(document: JsonObject, schema: JsonObject): Set<string> {
  const types = new Set<string>([schema.type].flat().filter((type): type is string => typeof type === 'string'));
  for (const member of [schema.anyOf, schema.oneOf].flatMap((members) => (Array.isArray(members) ? members : []))) {
    const resolved = resolveLocal(document, member);
    if (isObject(resolved)) for (const type of [resolved.type].flat()) if (typeof type === 'string') types.add(type);
  }
  return types;
}

/** Every property of the body's objects, down to MAX_DEPTH objects below its top, breadth first. */
function walk(document: JsonObject, schema: JsonObject): Found[] {
  const found: Found[] = [];
  let level: Found[] = [{ path: [], schema }];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: Found[] = [];
    for (const { path, schema: object } of level) {
      for (const [name, property] of Object.entries(objectProperties(document, object))) {
        const resolved = resolveLocal(document, property);
        if (!isObject(resolved)) continue;
        const child = { path: [...path, name], schema: resolved };
        found.push(child);
        if (resolved.type === 'object' || isObject(resolved.properties)) next.push(child);
      }
    }
    level = next;
  }
  return found;
}

/** Own properties, and those of `allOf` members, of an object schema. */
function objectProperties(document: JsonObject, schema: JsonObject, seen = new Set<JsonObject>()): Record<string, unknown> {
  const resolved = resolveLocal(document, schema);
  if (!isObject(resolved) || seen.has(resolved)) return {};
  seen.add(resolved);
  const own = isObject(resolved.properties) ? resolved.properties : {};
  const members = Array.isArray(resolved.allOf) ? resolved.allOf.filter(isObject).map((member) => objectProperties(document, member, seen)) : [];
  return Object.assign({}, ...members, own) as Record<string, unknown>;
}

const last = (path: readonly string[]) => path[path.length - 1]!;
const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((name, index) => path[index] === name);
