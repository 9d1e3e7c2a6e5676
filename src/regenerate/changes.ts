/**
 * What changed between the previous and the new normalized document of an
 * API, for a client of the previous version. api-smart-diff does the
 * comparison and the breaking / not-breaking classification (removed
 * operation, parameter or response property; new required request field or
 * parameter; request type or enum narrowed; response enum widened; auth
 * changed are all breaking there); this module keeps what a reader needs and
 * writes the CHANGELOG entry. A client calls operations by method name (the
 * operationId), so an added or removed operation names its method, and a
 * method renamed on the same route is breaking. Request values that are
 * no longer accepted are found by reading both documents' values
 * (request-values.ts), where api-smart-diff sees only moved subschemas.
 */
import { apiDiff } from 'api-smart-diff';
import { operations } from '../openapi/operations.js';
import { isObject, type JsonObject } from '../openapi/types.js';
import { toPointer } from '../openapi/pointer.js';
import { describeValues, removedRequestValues } from './request-values.js';
import type { Release } from './version.js';

export interface Change {
  breaking: boolean;
  /** e.g. `[Removed] operation POST /v1/task/run`. */
  description: string;
  /** Where in the new (or, for a removal, the previous) document. */
  pointer: string;
  /** A text a client does not compile against (a description, summary, example): a patch release. */
  documentation?: true;
}

/**
 * Changes at the level a client sees them: per operation (api-smart-diff
 * resolves `$ref`s, so a component change shows under every operation using
 * it) and in security. Component entries themselves are left out: they
 * repeat what the operations already say.
 */
export function compareDocuments(previous: JsonObject, next: JsonObject): Change[] {
  const changes: Change[] = [];
  const routesOf = operationRoutes(next);
  // api-smart-diff rewrites what it is given (it merges a `$ref`'s siblings
  // into the resolved schema and drops them): the next document is still to
  // be printed as types, so it diffs copies.
  for (const diff of apiDiff(structuredClone(previous), structuredClone(next))) {
    const path = diff.path.map(String);
    if (path[0] === 'components' && path[1] !== 'securitySchemes') continue;
    const renamed = methodRename(diff.action, path, diff);
    if (renamed) {
      changes.push({ breaking: true, description: renamed, pointer: toPointer(path) });
      continue;
    }
    const given = (diff as { description?: string }).description;
    // The library names some removals "annotation (…)", and some changes with nothing before
    // " in Request Body…": say what and where instead. with nothing before " in Request Body…".
    const description = given && !given.includes('annotation (') && !/^\s/.test(given) ? given : describe(diff.action, path, diff);
    const breaking = diff.type === 'breaking' || removesResponseProperty(diff.action, path);
    changes.push({ breaking, description: description + methodNote(diff.action, path, diff, routesOf), pointer: toPointer(path), ...(!breaking && diff.type === 'annotation' ? { documentation: true as const } : {}) });
  }
  for (const { route, pointer, values } of removedRequestValues(previous, next)) {
    // api-smart-diff's own enum narrowing says it already.
    if (changes.some((change) => change.breaking && change.pointer.startsWith(pointer) && change.description.includes('possible values'))) continue;
    changes.push({ breaking: true, description: `[Removed] request value${values.length > 1 ? 's' : ''} ${describeValues(values)} no longer accepted (${route})`, pointer });
  }
  // One line per distinct change: a schema used twice in an operation is reported once.
  const seen = new Set<string>();
  return changes
    .filter((change) => !seen.has(`${change.breaking}:${change.description}`) && seen.add(`${change.breaking}:${change.description}`))
    .sort((a, b) => Number(b.breaking) - Number(a.breaking) || a.pointer.localeCompare(b.pointer));
}

/**
 * api-smart-diff calls removing an optional response property
 * non-breaking; for a typed client it is not: code reading the property no
 * longer compiles. Our rule: any removed response property breaks.
 */
function removesResponseProperty(action: string, path: string[]): boolean {
  return action === 'remove' && path.includes('responses') && path.at(-2) === 'properties';
}

/**
 * A client calls an operation by its method, named by the operationId: a
 * new operationId on the same route renames the method, which breaks every
 * caller (api-smart-diff calls it an annotation change).
 */
function methodRename(action: string, path: string[], diff: { before?: unknown; after?: unknown }): string | undefined {
  if (action !== 'replace' || path[0] !== 'paths' || path.length !== 4 || path[3] !== 'operationId') return undefined;
  return `[Renamed] method ${String(diff.before)} → ${String(diff.after)} (${path[2]!.toUpperCase()} ${path[1]})`;
}

/** An added or removed operation names its method; a removed method that lives on at another route says where. */
function methodNote(action: string, path: string[], diff: { before?: unknown; after?: unknown }, routesOf: ReadonlyMap<string, string>): string {
  if (path[0] !== 'paths' || path.length !== 3 || (action !== 'add' && action !== 'remove')) return '';
  const operation = action === 'add' ? diff.after : diff.before;
  const id = isObject(operation) && typeof operation.operationId === 'string' ? operation.operationId : undefined;
  if (id === undefined) return '';
  const movedTo = action === 'remove' ? routesOf.get(id) : undefined;
  return movedTo === undefined ? ` (method ${id})` : ` (method ${id}, now ${movedTo})`;
}

/** Each operationId of a document and its route (`GET /tasks`). */
function operationRoutes(document: JsonObject): Map<string, string> {
  return new Map(operations(document).flatMap(({ method, path, operation }) => (typeof operation.operationId === 'string' ? [[operation.operationId, `${method.toUpperCase()} ${path}`] as const] : [])));
}

function describe(action: string, path: string[], diff: { before?: unknown; after?: unknown }): string {
  const verb = { add: 'Added', remove: 'Removed', replace: 'Changed', rename: 'Renamed' }[action] ?? action;
  const values = action === 'replace' ? ` from ${JSON.stringify(diff.before)} to ${JSON.stringify(diff.after)}` : '';
  return `[${verb}] ${path.join(' › ')}${values}`;
}

/**
 * A CHANGELOG section, headed by the release it makes and why
 * (`## 0.2.0 — breaking: [Removed] operation …`), then the two documents'
 * hashes: deterministic, no dates. `previousSha` is absent when the
 * previous document could not be compared (`unreadable` says why).
 */
export function changelogEntry({ previousSha, nextSha, changes, release, unreadable }: { previousSha?: string; nextSha: string; changes: Change[]; release: Release; unreadable?: string }): string {
  const breaking = changes.filter((change) => change.breaking);
  const other = changes.filter((change) => !change.breaking);
  const list = (items: Change[]) => items.map((change) => `- ${change.description} (\`#${change.pointer}\`)`).join('\n');
  const heading = `## ${release.version}${release.reason === undefined ? '' : ` — ${release.reason}`}`;
  const documents = `openapi.yaml ${previousSha === undefined ? '(unreadable)' : previousSha.slice(0, 12)} → ${nextSha.slice(0, 12)}`;
  if (unreadable !== undefined) return [heading, '', documents, '', `The previous document could not be compared (${unreadable}); it was replaced.`, ''].join('\n');
  return [
    heading,
    '',
    documents,
    '',
    ...(breaking.length > 0 ? [`Breaking for clients of the previous version (${breaking.length}):`, '', list(breaking), ''] : []),
    ...(other.length > 0 ? [`Not breaking (${other.length}):`, '', list(other), ''] : []),
    ...(changes.length === 0 ? ['No change a client can see (descriptions, examples or order only).', ''] : []),
  ].join('\n');
}

export const CHANGELOG_HEADER = '# Changes to the normalized document\n\nAppended by `npm run generate` each time `openapi.yaml` changes, headed by the package version it released; newest last.\n';
