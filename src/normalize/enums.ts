/**
 * Fixes `oneOf` constructs that no instance can satisfy, by shape (never by
 * schema name), and warns about the ones that may still be ambiguous.
 *
 * `oneOf` requires exactly one branch to match. Two published quirks break that:
 *  (a) branches that are copies of one enum, each titled for one value: every
 *      value matches every branch, so every value fails. Rewritten as
 *      `oneOf` of `{const, title, description}` branches: nothing lost.
 *  (b) branches that are overlapping enums (country lists sharing `us`):
 *      every shared value fails. Rewritten as `anyOf`, which accepts a value
 *      in any list and still rejects a value in none.
 *  (c) any other `oneOf` whose branches are not provably disjoint is
 *      reported as a warning with its pointer.
 */
import { isObject, type JsonObject, type JsonPrimitive } from '../openapi/types.js';
import { toPointer } from '../openapi/pointer.js';
import type { NormalizationReport } from './report.js';
import { resolveLocal } from '../openapi/refs.js';
import { finiteValues } from '../openapi/values.js';
import { walkDocumentSchemas } from '../openapi/schemas.js';

export function fixEnumOneOfs(document: JsonObject, report: NormalizationReport): void {
  walkDocumentSchemas(document, (schema, path) => {
    if (!Array.isArray(schema.oneOf) || schema.oneOf.length < 2) return;
    const pointer = toPointer(path);
    const branches = schema.oneOf as unknown[];
    const valueSets = branches.map((branch) => finiteValues(document, branch));
    if (valueSets.every((values): values is JsonPrimitive[] => values !== undefined)) {
      if (valueSets.every((values) => sameValues(values, valueSets[0]!)) && valueSets[0]!.length > 1) {
        rewriteIdenticalEnums(schema, valueSets[0]!, pointer, report);
        return;
      }
      if (hasOverlap(valueSets)) {
        schema.anyOf = schema.oneOf;
        delete schema.oneOf;
        report.record({
          kind: 'enum-overlapping-oneof-to-anyof',
          pointer,
          reason: 'oneOf over overlapping enums rejects every shared value; anyOf accepts a value in any list and rejects one in none',
        });
      }
      return;
    }
  });
}

/**
 * Pairs of branches checked for one `oneOf` past its enum values (which are
 * checked together in one pass): a `oneOf` of thousands of schemas would
 * otherwise take quadratic time.
 */
export const MAX_ONEOF_PAIRS = 100_000;

/** A warning for every `oneOf` with two branches that cannot be shown disjoint (the first such pair). */
export function warnAmbiguousOneOfs(document: JsonObject, report: NormalizationReport): void {
  walkDocumentSchemas(document, (schema, path) => {
    if (!Array.isArray(schema.oneOf)) return;
    const pointer = toPointer([...path, 'oneOf']);
    const overlap = firstOverlap(document, schema.oneOf as unknown[]);
    if (overlap === 'too-large') {
      report.warn({ kind: 'oneof-may-overlap', pointer, message: `oneOf of ${schema.oneOf.length} branches is too large to check for overlapping branches` });
    } else if (overlap) {
      report.warn({ kind: 'oneof-may-overlap', pointer, message: `oneOf branches ${overlap[0]} and ${overlap[1]} may both match one instance (oneOf then rejects it)` });
    }
  });
}

/**
 * The first pair of branches not provably disjoint. Branches with finite
 * values are compared through one map of value to branch; every other
 * branch is compared with each branch, up to MAX_ONEOF_PAIRS pairs.
 */
function firstOverlap(document: JsonObject, branches: unknown[]): [number, number] | 'too-large' | undefined {
  const valueSets = branches.map((branch) => finiteValues(document, branch));
  const open = valueSets.flatMap((values, index) => (values ? [] : [index]));
  if (open.length * branches.length > MAX_ONEOF_PAIRS) return 'too-large';
  const pairs: Array<[number, number]> = [];
  const owner = new Map<string, number>();
  valueSets.forEach((values, index) => {
    for (const key of new Set(values?.map((value) => JSON.stringify(value)))) {
      const first = owner.get(key);
      if (first === undefined) owner.set(key, index);
      else if (first !== index) pairs.push([first, index]);
    }
  });
  for (const i of open) {
    for (let j = 0; j < branches.length; j++) {
      if (j !== i && !(valueSets[j] === undefined && j < i) && !provablyDisjoint(document, branches[i], branches[j])) pairs.push([Math.min(i, j), Math.max(i, j)]);
    }
  }
  return pairs.sort(([a, b], [c, d]) => a - c || b - d)[0];
}

function rewriteIdenticalEnums(schema: JsonObject, values: JsonPrimitive[], pointer: string, report: NormalizationReport): void {
  const branches = (schema.oneOf as unknown[]).map((branch) => (isObject(branch) ? branch : {}));
  const titles = branches.map((branch) => branch.title);
  const valueSet = new Set(values);
  const titledOnePerValue =
    branches.length === values.length &&
    new Set(titles).size === titles.length &&
    titles.every((title) => valueSet.has(title as JsonPrimitive));
  if (!titledOnePerValue) {
    // Nothing maps branches to values: keep every branch, stop oneOf from failing.
    schema.anyOf = schema.oneOf;
    delete schema.oneOf;
    report.record({
      kind: 'enum-identical-oneof-to-anyof',
      pointer,
      reason: 'oneOf branches are copies of one enum and their titles do not name one value each; anyOf keeps them all valid',
    });
    return;
  }
  schema.oneOf = branches.map((branch) => {
    const { enum: _enum, title, ...rest } = branch;
    return { const: title, title, ...rest };
  });
  report.record({
    kind: 'enum-identical-oneof-to-const',
    pointer,
    reason: 'oneOf branches were copies of one enum (every value failed); each branch is now the const its title names',
    before: values,
  });
}

/** Same values, by their JSON text (a set lookup per value: enums can have 100,000 of them). */
function sameValues(a: JsonPrimitive[], b: JsonPrimitive[]): boolean {
  const keys = new Set(b.map((value) => JSON.stringify(value)));
  return a.length === b.length && a.every((value) => keys.has(JSON.stringify(value)));
}

function hasOverlap(sets: JsonPrimitive[][]): boolean {
  const seen = new Set<string>();
  for (const set of sets) {
    const keys = new Set(set.map((value) => JSON.stringify(value)));
    for (const key of keys) {
      if (seen.has(key)) return true;
    }
    for (const key of keys) seen.add(key);
  }
  return false;
}


const TYPE_IMPLIES: Record<string, string[]> = { integer: ['integer', 'number'], number: ['number', 'integer'] };

/**
 * A conservative proof that no instance matches both schemas: disjoint value
 * sets, disjoint types, or a property one side requires whose allowed values
 * the other side excludes. `false` means "could not prove it", not "overlaps".
 */
function provablyDisjoint(document: JsonObject, left: unknown, right: unknown): boolean {
  const a = resolveLocal(document, left);
  const b = resolveLocal(document, right);
  if (!isObject(a) || !isObject(b)) return false;
  const valuesA = finiteValues(document, a);
  const valuesB = finiteValues(document, b);
  if (valuesA && valuesB) return !hasOverlap([valuesA, valuesB]);
  const typesA = typeList(a);
  const typesB = typeList(b);
  if (typesA && typesB && !typesA.some((type) => typesB.some((other) => (TYPE_IMPLIES[type] ?? [type]).includes(other)))) {
    return true;
  }
  return requiredPropertyExcluded(document, a, b) || requiredPropertyExcluded(document, b, a);
}

function typeList(schema: JsonObject): string[] | undefined {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type as string[];
  return undefined;
}

function requiredPropertyExcluded(document: JsonObject, requiring: JsonObject, other: JsonObject): boolean {
  const required = Array.isArray(requiring.required) ? (requiring.required as string[]) : [];
  const ownProperties = isObject(requiring.properties) ? requiring.properties : {};
  const otherProperties = isObject(other.properties) ? other.properties : {};
  return required.some((name) => {
    const mine = finiteValues(document, ownProperties[name]);
    const theirs = finiteValues(document, otherProperties[name]);
    if (mine && theirs) return !hasOverlap([mine, theirs]);
    return false;
  });
}

