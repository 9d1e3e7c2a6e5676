/**
 * List operations, recognised by shape: a GET with a page parameter in its
 * query (`page`, `page_number`, `pageNumber`) whose JSON success body holds
 * one list of items, within two objects of its top (`items`,
 * `data.results`, `data.tasks`). What ends the listing is read from the
 * same body where it says so: a page count (`total_pages`, `totalPages`), a
 * "has next" flag (`has_next`, `has_more`), or a total count with the page
 * size (`total`, `total_count`, `total_records`); and always an empty page,
 * or one shorter than the page size asked for.
 *
 * A body with several lists takes the one whose name says so (`items`,
 * `results`, `data`, `records`, `entries`); with several such, none is
 * chosen and the operation is not paged. Anchor's `listTasks`
 * (`data.tasks`, `data.total`) and BrowserAct's `pageTasks` (`items`,
 * `total_pages`) are found this way.
 */
import { resolveLocal } from '../openapi/refs.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import { mediaSchema } from './schema-path.js';
import type { OperationModel } from './types.js';

export interface PaginationModel {
  /** The query parameter holding the page number. */
  page: string;
  /** Whether the page parameter is a number (else it is sent as a string: Anchor's `"1"`). */
  numeric: boolean;
  /** The query parameter holding the page size, when there is one. */
  limit?: string;
  /** Property names from the body to the list of items. */
  items: string[];
  totalPages?: string[];
  hasNext?: string[];
  total?: string[];
}

const PAGE = ['page', 'page_number', 'pageNumber'];
const LIMIT = ['limit', 'page_size', 'pageSize', 'per_page', 'perPage', 'size'];
const LIST_NAMES = ['items', 'results', 'data', 'records', 'entries', 'list'];
const TOTAL_PAGES = ['total_pages', 'totalPages', 'page_count', 'pageCount', 'pages'];
const HAS_NEXT = ['has_next', 'hasNext', 'has_more', 'hasMore'];
const TOTAL = ['total', 'total_count', 'totalCount', 'total_records', 'totalRecords', 'count'];
/** Objects searched below the body's top: `data.pagination.total_pages` is two down. */
const MAX_DEPTH = 2;

interface Found {
  path: string[];
  schema: JsonObject;
}

export function paginationOf(operation: OperationModel, document: JsonObject): PaginationModel | undefined {
  if (operation.method !== 'get') return undefined;
  const query = operation.parameters.query;
  const page = query.find((parameter) => PAGE.includes(parameter.name));
  const body = mediaSchema(document, operation.success?.json);
  if (!page || !body) return undefined;
  const properties = walk(document, body);
  const lists = properties.filter(({ schema }) => schema.type === 'array');
  const named = lists.filter(({ path }) => LIST_NAMES.includes(path[path.length - 1]!));
  const list = lists.length === 1 ? lists[0] : named.length === 1 ? named[0] : undefined;
  if (!list) return undefined;
  const field = (names: readonly string[], types: readonly string[]) =>
    properties.find(({ path, schema }) => names.includes(path[path.length - 1]!) && types.includes(String(schema.type)) && !startsWith(path, list.path))?.path;
  const pageSchema = resolveLocal(document, page.schema);
  const limit = query.find((parameter) => LIMIT.includes(parameter.name));
  const totalPages = field(TOTAL_PAGES, ['integer', 'number']);
  const hasNext = field(HAS_NEXT, ['boolean']);
  const total = field(TOTAL, ['integer', 'number']);
  return {
    page: page.name,
    numeric: isObject(pageSchema) && (pageSchema.type === 'integer' || pageSchema.type === 'number'),
    ...(limit ? { limit: limit.name } : {}),
    items: list.path,
    ...(totalPages ? { totalPages } : {}),
    ...(hasNext ? { hasNext } : {}),
    ...(total ? { total } : {}),
  };
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

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((name, index) => path[index] === name);
