/**
 * What a page says that the complete document, which wins, says otherwise:
 * documentation drift. When a manifest source is `wins: true` and another
 * source describes the same operation or component, the winner's
 * definition is kept and every disagreement between the two is listed, so
 * nothing the page said is dropped silently: a field given differently, an
 * enum value only one of them allows, a property only one requires, a
 * description that differs, a part only one of them has.
 *
 * Both definitions are compared as their readers see them: local `$ref`s
 * are followed within each source (a page writes a schema inline that the
 * document names as a component), parameters are matched by location and
 * name, `enum` and `required` as sets. Pointers are relative to the
 * operation or component; values are the raw ones at that place.
 */
import { isDeepStrictEqual } from 'node:util';
import { toPointer } from '../../openapi/pointer.js';
import { resolveLocal } from '../../openapi/refs.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { canonicalJson } from '../canonical.js';

export type DriftAspect = 'description' | 'enum' | 'required' | 'field';

export interface Disagreement {
  /** Under the operation or component, e.g. `/requestBody/content/application~1json/schema/properties/name`. */
  at: string;
  aspect: DriftAspect;
  /** What the superseded source says there (absent: it says nothing). */
  page?: unknown;
  /** What the winning source says there (absent: it says nothing). */
  document?: unknown;
}

/** Texts: their differences are documentation, not contract. */
const TEXT_KEYS = new Set(['description', 'summary', 'title']);
/** `$ref`s followed at most this deep, and a cycle stops at its first repeat: schemas may be recursive. */
const MAX_REF_DEPTH = 64;
/** Disagreements listed per definition at most; the count stays exact. */
export const MAX_LISTED = 200;

/** Every disagreement between `page` (in `pageDocument`) and `winner` (in `winnerDocument`). */
export function disagreements(page: unknown, pageDocument: JsonObject, winner: unknown, winnerDocument: JsonObject): { listed: Disagreement[]; count: number } {
  const listed: Disagreement[] = [];
  let count = 0;
  const add = (disagreement: Disagreement) => {
    count++;
    if (listed.length < MAX_LISTED) listed.push(disagreement);
  };
  const compare = (a: unknown, b: unknown, path: Array<string | number>, seenA: ReadonlySet<unknown>, seenB: ReadonlySet<unknown>): void => {
    // One component named by both: compared where the two definitions of it meet, not under every use.
    if (isObject(a) && isObject(b) && typeof a.$ref === 'string' && isDeepStrictEqual(a, b)) return;
    const [left, nextA] = follow(a, pageDocument, seenA);
    const [right, nextB] = follow(b, winnerDocument, seenB);
    if (left === CYCLE || right === CYCLE || isDeepStrictEqual(left, right)) return;
    const key = path.at(-1);
    const at = toPointer(path);
    if (left === undefined || right === undefined) {
      add({ at, aspect: typeof key === 'string' && TEXT_KEYS.has(key) ? 'description' : 'field', ...(left === undefined ? {} : { page: left }), ...(right === undefined ? {} : { document: right }) });
      return;
    }
    if ((key === 'enum' || key === 'required') && Array.isArray(left) && Array.isArray(right)) {
      const onlyPage = left.filter((value) => !right.some((other) => isDeepStrictEqual(value, other)));
      const onlyDocument = right.filter((value) => !left.some((other) => isDeepStrictEqual(value, other)));
      if (onlyPage.length > 0 || onlyDocument.length > 0) add({ at, aspect: key, page: onlyPage, document: onlyDocument });
      return;
    }
    if (key === 'parameters' && Array.isArray(left) && Array.isArray(right)) {
      const byName = (list: unknown[], document: JsonObject) => new Map(list.map((parameter) => {
        const resolved = resolveLocal(document, parameter);
        return [isObject(resolved) ? `${String(resolved.in)}:${String(resolved.name)}` : canonicalJson(parameter), parameter] as const;
      }));
      const leftByName = byName(left, pageDocument);
      const rightByName = byName(right, winnerDocument);
      for (const name of [...new Set([...leftByName.keys(), ...rightByName.keys()])].sort()) compare(leftByName.get(name), rightByName.get(name), [...path, name], nextA, nextB);
      return;
    }
    if (Array.isArray(left) && Array.isArray(right)) {
      for (let index = 0; index < Math.max(left.length, right.length); index++) compare(left[index], right[index], [...path, index], nextA, nextB);
      return;
    }
    if (isObject(left) && isObject(right)) {
      for (const name of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
        compare(Object.hasOwn(left, name) ? left[name] : undefined, Object.hasOwn(right, name) ? right[name] : undefined, [...path, name], nextA, nextB);
      }
      return;
    }
    add({ at, aspect: typeof key === 'string' && TEXT_KEYS.has(key) ? 'description' : 'field', page: left, document: right });
  };
  compare(page, winner, [], new Set(), new Set());
  return { listed, count };
}

const CYCLE = Symbol('cycle');

/** `value` with its local `$ref` followed (a chain too), and the refs seen on this branch; CYCLE where one repeats or the chain is too deep. */
function follow(value: unknown, document: JsonObject, seen: ReadonlySet<unknown>): [unknown, ReadonlySet<unknown>] {
  let current = value;
  const next = new Set(seen);
  while (isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#')) {
    if (next.has(current.$ref) || next.size >= MAX_REF_DEPTH) return [CYCLE, next];
    next.add(current.$ref);
    const { $ref: _ref, ...siblings } = current;
    const target = resolveLocal(document, current);
    // 3.1 allows siblings beside $ref: they read as part of what it says.
    current = isObject(target) ? { ...target, ...siblings } : target;
  }
  return [current, next];
}
