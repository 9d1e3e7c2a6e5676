/**
 * What changed between the previous and the new normalized document of an
 * API, for code written against the previous client: the change report's
 * entries (change-entry.ts), each naming the operation or the component
 * type, what happened to it, its kind and why, once.
 *
 * api-smart-diff finds the differences, per operation (it resolves
 * `$ref`s, so a component's change shows under every operation using it)
 * and in security schemes; describe-change.ts words and classifies each;
 * entries saying the same of the same subject are merged here, listing
 * every operation the type was seen through. Request values that are no
 * longer accepted are found by reading both documents' values
 * (request-values.ts), where api-smart-diff sees only moved subschemas.
 */
import { apiDiff } from 'api-smart-diff';
import { operations } from '../openapi/operations.js';
import { toPointer } from '../openapi/pointer.js';
import type { JsonObject } from '../openapi/types.js';
import { CHANGE_KINDS, compareChanges, operationName, type Change, type Subject } from './change-entry.js';
import { describeDiff, type Diff, type Documents, type Draft } from './describe-change.js';
import { describeValues, removedRequestValues } from './request-values.js';

export { changeLine, type Change, type ChangeKind, type Subject, type Use } from './change-entry.js';

export interface CompareOptions {
  /** The generated client's method for an operationId, when the operation model renamed it (default: the operationId). */
  clientMethod?: (operationId: string) => string | undefined;
}

export function compareDocuments(previous: JsonObject, next: JsonObject, options: CompareOptions = {}): Change[] {
  const documents: Documents = { previous, next, clientMethod: options.clientMethod ?? ((id) => (id === '' ? undefined : id)), movedTo: movedOperations(previous, next) };
  const drafts: Draft[] = [];
  // api-smart-diff rewrites what it is given (it merges a `$ref`'s siblings
  // into the resolved schema and drops them): the next document is still to
  // be printed as types, so it diffs copies.
  for (const found of apiDiff(structuredClone(previous), structuredClone(next)) as Diff[]) {
    const diff = asAddOrRemove(found);
    const path = diff.path.map(String);
    // Component schemas are reported through the operations using them (with their type named); an unused one changes no call.
    if (path[0] === 'components' && path[1] !== 'securitySchemes') continue;
    // The route an operation moved to is said by the removal at its old route.
    if (path[0] === 'paths' && path.length === 3 && diff.action === 'add' && movedHere(diff.after, documents.movedTo, path)) continue;
    drafts.push(...describeDiff(diff, documents));
  }
  drafts.push(...removedValueDrafts(previous, next, drafts, documents));
  return merge(drafts).sort(compareChanges);
}

/**
 * api-smart-diff reports a property named like an Object.prototype key
 * (`constructor`, `toString`) removed twice: removed, and replaced by
 * nothing. A replacement with nothing on one side is an addition or a
 * removal; merged with its twin, it is said once.
 */
function asAddOrRemove(diff: Diff): Diff {
  if (diff.action !== 'replace') return diff;
  if (diff.after === undefined) return { ...diff, action: 'remove' };
  return diff.before === undefined ? { ...diff, action: 'add' } : diff;
}

/** operationId → its new route, for each operationId both documents have on different routes (the previous route gone). */
function movedOperations(previous: JsonObject, next: JsonObject): Map<string, string> {
  const routes = (document: JsonObject) => new Map(operations(document).flatMap(({ method, path, operation }) => (typeof operation.operationId === 'string' ? [[operation.operationId, `${method.toUpperCase()} ${path}`] as const] : [])));
  const [before, after] = [routes(previous), routes(next)];
  const nextRoutes = new Set(after.values());
  return new Map([...after].filter(([id, route]) => before.has(id) && before.get(id) !== route && !nextRoutes.has(before.get(id)!)).map(([id, route]) => [id, route]));
}

function movedHere(operation: unknown, movedTo: ReadonlyMap<string, string>, path: readonly string[]): boolean {
  const id = (operation as { operationId?: unknown } | undefined)?.operationId;
  return typeof id === 'string' && movedTo.get(id) === `${path[2]!.toUpperCase()} ${path[1]}`;
}

/** Request body values only the previous document accepted, other than those an enum entry already names. */
function removedValueDrafts(previous: JsonObject, next: JsonObject, drafts: readonly Draft[], documents: Documents): Draft[] {
  const named = new Set(drafts.flatMap((draft) => (draft.lostRequestValue ? [`${draft.lostRequestValue.route}\0${draft.lostRequestValue.value}`] : [])));
  const byRoute = new Map(operations(previous).map(({ method, path, operation }) => [`${method.toUpperCase()} ${path}`, { method: method.toUpperCase(), path, operationId: operation.operationId }]));
  return removedRequestValues(previous, next).flatMap(({ route, pointer, values }) => {
    const left = values.filter((value) => !named.has(`${route}\0${value}`));
    const found = byRoute.get(route);
    if (left.length === 0 || found === undefined) return [];
    const clientMethod = typeof found.operationId === 'string' ? documents.clientMethod(found.operationId) : undefined;
    const subject: Subject = { type: 'operation', method: found.method, path: found.path, ...(typeof found.operationId === 'string' ? { operationId: found.operationId } : {}), ...(clientMethod === undefined ? {} : { clientMethod }) };
    const plural = left.length > 1;
    return [{ kind: 'breaking' as const, subject, what: `request body of ${operationName(subject)} no longer accepts ${describeValues(left)}`, why: `a caller sending ${plural ? 'one of them' : 'it'} gets a compile error`, pointer }];
  });
}

/** One entry per subject and what happened to it: the strongest kind (and its why), every operation it was seen through. */
function merge(drafts: readonly Draft[]): Change[] {
  const merged = new Map<string, Change>();
  for (const { use, lostRequestValue: _, ...draft } of drafts) {
    const key = `${subjectKey(draft.subject)}\0${draft.what}`;
    const seen = merged.get(key);
    if (seen === undefined) {
      merged.set(key, { ...draft, usedBy: use === undefined ? [] : [use] });
      continue;
    }
    if (CHANGE_KINDS.indexOf(draft.kind) < CHANGE_KINDS.indexOf(seen.kind)) Object.assign(seen, { kind: draft.kind, why: draft.why });
    if (use !== undefined && !seen.usedBy.some((known) => known.method === use.method && known.path === use.path && known.part === use.part)) seen.usedBy.push(use);
  }
  return [...merged.values()];
}

function subjectKey(subject: Subject): string {
  if (subject.type === 'operation') return toPointer(['paths', subject.path, subject.method]);
  return subject.type === 'document' ? 'document' : `${subject.type}:${subject.name}`;
}
