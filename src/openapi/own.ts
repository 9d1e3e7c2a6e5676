/**
 * Keys from a spec are data: `__proto__`, `constructor` or `hasOwnProperty`
 * can name a property, a component, a media type or a status. Plain
 * `object[key] = value` with `__proto__` replaces the object's prototype
 * instead of adding the key (on a shared object, every object's), and
 * `object[key]` or `key in object` find Object.prototype's members. These
 * helpers only ever see and make own properties.
 */

/** The own property `key` of `object`, or `undefined` (also when `object` is not an object). */
export function getOwn(object: unknown, key: string | number): unknown {
  return object !== null && typeof object === 'object' && Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

/** Sets `key` as an own, enumerable data property, whatever its name. */
export function setOwn(object: object, key: string | number, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The own property `key`, created as `{}` when missing (`object[key] ??= {}` without the prototype). */
export function ownObject(object: object, key: string): Record<string, unknown> {
  if (!Object.hasOwn(object, key) || (object as Record<string, unknown>)[key] == null) setOwn(object, key, {});
  return (object as Record<string, unknown>)[key] as Record<string, unknown>;
}
