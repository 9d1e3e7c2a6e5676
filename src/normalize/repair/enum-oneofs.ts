/**
 * Fixes `oneOf` constructs that no instance can satisfy, by shape (never by
 * schema name).
 *
 * `oneOf` requires exactly one branch to match. Two published quirks break that:
 *  (a) branches that are copies of one enum, each titled for one value: every
 *      value matches every branch, so every value fails. Rewritten as
 *      `oneOf` of `{const, title, description}` branches: nothing lost.
 *  (b) branches that are overlapping enums (country lists sharing `us`):
 *      every shared value fails. Rewritten as `anyOf`, which accepts a value
 *      in any list and still rejects a value in none.
 * Any other `oneOf` whose branches are not provably disjoint is warned about
 * by ambiguous-oneofs.ts.
 */
import { isObject, type JsonObject, type JsonPrimitive } from '../../openapi/types.js';
import { toPointer } from '../../openapi/pointer.js';
import type { Pass } from '../pass.js';
import type { NormalizationReport } from '../report.js';
import { finiteValues } from '../../openapi/values.js';
import { walkDocumentSchemas } from '../../openapi/schemas.js';

export const enumOneOfs: Pass = {
  name: 'enum-oneofs',
  run(document, { report }) {
    fixEnumOneOfs(document, report);
    return document;
  },
};

function fixEnumOneOfs(document: JsonObject, report: NormalizationReport): void {
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

/** Whether a value is in two of the sets. */
export function hasOverlap(sets: JsonPrimitive[][]): boolean {
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
