/** The client's method names: one per operation, none taking a name the client already has. */
import type { MethodRename } from './types.js';

/**
 * Names a client already has, which no operation method may take. The
 * client is an openapi-fetch client (path methods, `request`, `use`,
 * `eject`) with the manifest's waiters, and an object: a method named
 * `then` would make `await client` call it, and Object.prototype's names
 * (`constructor`, `__proto__`, `hasOwnProperty`…) are read by the language
 * and by libraries.
 */
export const CLIENT_OWN_NAMES: ReadonlyMap<string, string> = new Map([
  ...['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'].map((name): [string, string] => [name, `client.${name} is openapi-fetch's path method`]),
  ...['request', 'use', 'eject'].map((name): [string, string] => [name, `client.${name} is openapi-fetch's own method`]),
  ['then', 'a client with a `then` method would be awaited as a promise'],
  ...Object.getOwnPropertyNames(Object.prototype).map((name): [string, string] => [name, `${name} is a property of every JavaScript object`]),
]);

/**
 * Client methods are named by operationId, as published: ids that are not
 * identifiers (GitHub's `meta/root`) become quoted members,
 * `client["meta/root"]`. An id that is one of the client's own names
 * (`use`, `GET`, `then`, `constructor`…) or a waiter's becomes
 * `<id>Operation` (then `<id>Operation2`…), in document order, so the
 * renaming is deterministic and never takes a name another operation has.
 */
export function clientMethodNames(operationIds: readonly string[], waiterNames: readonly string[]): { names: string[]; renamed: MethodRename[] } {
  const taken = new Set(operationIds);
  const reason = (id: string) => CLIENT_OWN_NAMES.get(id) ?? (waiterNames.includes(id) ? `${id} is a waiter of this client (manifest client.waiters)` : undefined);
  const renamed: MethodRename[] = [];
  const names = operationIds.map((operationId) => {
    const why = reason(operationId);
    if (why === undefined) return operationId;
    let methodName = `${operationId}Operation`;
    for (let suffix = 2; taken.has(methodName) || reason(methodName) !== undefined; suffix++) methodName = `${operationId}Operation${suffix}`;
    taken.add(methodName);
    renamed.push({ operationId, methodName, reason: why });
    return methodName;
  });
  return { names, renamed };
}
