/**
 * `src/pages.ts` of a generated package (`<package>/pages`): for each list
 * operation of the model (src/model/pagination.ts, corrected by the
 * manifest's client.pagination), how it pages,
 * typed with its item: `paginate(client.pageTasks, pageTasks, init)` yields
 * `PageTasksResponse["items"][number]`s. A module of its own, like the
 * routes: a consumer bundles only the descriptors it imports.
 */
import type { Project } from 'ts-morph';
import type { ApiModel, OperationModel, PaginationModel } from '../model/types.js';
import { toPointer } from '../openapi/pointer.js';
import { docText, indexKey, isIdentifier, literal } from './escape.js';
import { printJsDocs } from './jsdoc.js';
import type { CodegenPass } from './pass.js';
import { insertEdit } from './text-edits.js';

/** The list operations with a descriptor: paged, and named by a binding name. */
export function pagedOperations(model: ApiModel): Array<{ operation: OperationModel; pagination: PaginationModel }> {
  return model.paged.filter(({ operation }) => isIdentifier(operation.methodName));
}

export const pagesPass: CodegenPass = {
  name: 'pages',
  edits: (_, { model, project }) => [insertEdit(0, pagesText(model, project), 'pages')],
};

/** The module's own value names besides the descriptors: an operation so named leaves the helpers out rather than clash. */
const PAGINATOR = 'paginator';
const WITH_PAGINATE = 'withPaginate';
const PAGINATE = 'paginatePages';

/** Whether the pages entry has `paginator(client)` and `withPaginate(client)`: it has list operations, none named like the module's own helpers, and no client method is already called `paginate`. */
export function hasPaginator(model: ApiModel): boolean {
  const names = pagedOperations(model).map(({ operation }) => operation.methodName);
  return names.length > 0 && ![PAGINATOR, WITH_PAGINATE, PAGINATE].some((own) => names.includes(own)) && !model.operations.some((operation) => operation.methodName === 'paginate');
}

function pagesText(model: ApiModel, project: Project): string {
  const paged = pagedOperations(model);
  const names = paged.map(({ operation }) => operation.methodName);
  const withPaginator = hasPaginator(model);
  const docs = printJsDocs(project, paged.map(({ operation, pagination }) => ({
    description: docText(`How \`${operation.methodName}\` (\`${operation.route}\`) pages: by its \`${pagination.style === 'page' ? pagination.page : pagination.cursor}\` query parameter${pagination.style === 'cursor' ? ' (a cursor)' : ''}, the items at \`${toPointer(pagination.items)}\`.`),
  })));
  return [
    ...(paged.length > 0 ? [`import { ${withPaginator ? `paginate as ${PAGINATE}, type ApiResult, type PaginateOptions, ` : ''}type Pages } from "./runtime/index.js";\nimport type { operations } from "./schema.js";`] : []),
    `/** ${docText(`How each list operation of the ${model.names.client} API pages: pass one, with its method, to \`paginate\`.`)} */`,
    ...paged.map(({ operation, pagination }, index) => `${docs[index]}\nexport const ${operation.methodName}: Pages<${itemType(operation, pagination)}> = ${literal(descriptor(pagination))};`),
    ...(paged.length === 0 ? ['export {};'] : withPaginator ? [paginatorText(names)] : []),
    '',
  ].join('\n\n');
}

/**
 * `paginator(client)`: one method per list operation, so a loop reads
 * `for await (const task of pages.pageTasks(init))`. It lives here, not on
 * the client: a consumer that never pages bundles none of it.
 */
function paginatorText(names: string[]): string {
  const [first] = names;
  return [
    '/** A method of the client that lists. */',
    'type Lister = (init: never) => Promise<ApiResult>;',
    '',
    `/** ${docText(`Each list operation of \`client\` as a method yielding every item of every page, lazily: \`for await (const item of paginator(client).${first}(init, { maxPages: 10 }))\`, as \`paginate(client.${first}, ${first}, init, options)\` does.`)} */`,
    `export function ${PAGINATOR}<Client extends { ${names.map((name) => `${name}: Lister`).join('; ')} }>(client: Client) {`,
    '  return {',
    ...names.map((name) => `    ${name}: (init?: Parameters<Client[${literal(name)}]>[0], options?: PaginateOptions) => ${PAGINATE}(client.${name}, ${name}, init, options),`),
    '  };',
    '}',
    '',
    `/** ${docText(`The client itself with \`paginate\`, one method per list operation: \`const client = withPaginate(create…Client())\`, then \`for await (const item of client.paginate.${first}(init))\`. It adds that one property to the object it is given.`)} */`,
    `export function ${WITH_PAGINATE}<Client extends Parameters<typeof ${PAGINATOR}>[0]>(client: Client): Client & { paginate: ReturnType<typeof ${PAGINATOR}<Client>> } {`,
    `  return Object.assign(client, { paginate: ${PAGINATOR}(client) });`,
    '}',
  ].join('\n');
}

/** The runtime's `Pages` (src/runtime/paginate.ts): parameter names, and JSON pointers for the paths. */
function descriptor(pagination: PaginationModel) {
  if (pagination.style === 'cursor') {
    const { cursor, items, next, nextUrl, lastItem, hasMore } = pagination;
    return {
      cursor,
      items: toPointer(items),
      ...(next === undefined ? {} : { next: toPointer(next) }),
      ...(nextUrl === undefined ? {} : { nextUrl: toPointer(nextUrl) }),
      ...(lastItem === undefined ? {} : { lastItem: toPointer(lastItem) }),
      ...(hasMore === undefined ? {} : { hasMore: toPointer(hasMore) }),
    };
  }
  const { page, numeric, limit, items, totalPages, hasNext, total } = pagination;
  return {
    page,
    numeric,
    ...(limit === undefined ? {} : { limit }),
    items: toPointer(items),
    ...(totalPages === undefined ? {} : { totalPages: toPointer(totalPages) }),
    ...(hasNext === undefined ? {} : { hasNext: toPointer(hasNext) }),
    ...(total === undefined ? {} : { total: toPointer(total) }),
  };
}

/** The type of one item: the success body's type, followed down to the list, then its element. */
function itemType(operation: OperationModel, { items }: PaginationModel): string {
  const success = operation.success!;
  const body = `operations${indexKey(operation.id)}["responses"][${success.status}]["content"]${indexKey(success.json!.type)}`;
  return `NonNullable<${items.reduce((type, name) => `NonNullable<${type}>${indexKey(name)}`, body)}>[number]`;
}
