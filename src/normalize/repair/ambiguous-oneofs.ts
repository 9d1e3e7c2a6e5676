/**
 * A warning for every `oneOf` with two branches that cannot be shown
 * disjoint (the first such pair): `oneOf` rejects an instance both match.
 * The enum repair (enum-oneofs.ts) runs first, so what it fixed is not
 * reported; this pass changes nothing.
 */
import { isObject, type JsonObject } from '../../openapi/types.js';
import { toPointer } from '../../openapi/pointer.js';
import { resolveLocal } from '../../openapi/refs.js';
import { finiteValues } from '../../openapi/values.js';
import { walkDocumentSchemas } from '../../openapi/schemas.js';
import type { Pass } from '../pass.js';
import { hasOverlap } from './enum-oneofs.js';

/**
 * Pairs of branches checked for one `oneOf` past its enum values (which are
 * checked together in one pass): a `oneOf` of thousands of schemas would
 * otherwise take quadratic time.
 */
const MAX_ONEOF_PAIRS = 100_000;

export const ambiguousOneOfs: Pass = {
  name: 'ambiguous-oneofs',
  run(document, { report }) {
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
    return document;
  },
};

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

