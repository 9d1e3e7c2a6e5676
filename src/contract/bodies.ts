/**
 * Random request bodies for property tests: fast-check draws a seed,
 * json-schema-faker turns it into a body from the schema (so a failing run
 * is reproducible from fast-check's seed and path), and Ajv keeps only the
 * bodies the schema accepts. Mutations then break a valid body in one place.
 */
import fc from 'fast-check';
import { generateSync, type JsonSchema } from 'json-schema-faker';
import { isObject, type JsonObject } from '../openapi/types.js';
import { escapePointerToken, resolvePointer } from '../openapi/pointer.js';
import type { DocumentValidator } from '../schema-validator.js';

/** Bodies valid against the schema at `pointer` of the document. */
export function validBodies(document: JsonObject, pointer: string, validator: DocumentValidator): fc.Arbitrary<unknown> {
  // json-schema-faker resolves `#/components/...` against the root it is given.
  const root = { $ref: '#/body', body: resolvePointer(document, pointer), components: document.components } as JsonSchema;
  return fc
    .integer({ min: 1, max: 2 ** 31 - 1 })
    .map((seed) => generateSync(root, { seed }))
    .filter((body) => validator.validate(pointer, body).length === 0);
}

export interface Mutation {
  /** JSON pointer of the changed value, `""` for the body itself. */
  at: string;
  kind: 'removed' | 'wrong type' | 'unexpected value';
  body: unknown;
}

/**
 * Every one-place change of a body: each property removed, each value
 * replaced by one of another JSON type, each string replaced by a value no
 * enum, pattern or format would accept. Whether a change breaks the schema
 * is for Ajv to say; callers keep the ones that do.
 */
export function mutations(body: unknown): Mutation[] {
  const found: Mutation[] = [];
  const visit = (value: unknown, at: string, replace: (next: unknown) => unknown, remove?: () => unknown) => {
    if (remove) found.push({ at, kind: 'removed', body: remove() });
    found.push({ at, kind: 'wrong type', body: replace(otherType(value)) });
    if (typeof value === 'string') found.push({ at, kind: 'unexpected value', body: replace('#not-in-any-enum#') });
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${at}/${index}`, (next) => replace(value.map((old, i) => (i === index ? next : old)))));
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        visit(
          value[key],
          `${at}/${escapePointerToken(key)}`,
          (next) => replace({ ...value, [key]: next }),
          () => {
            const { [key]: _, ...rest } = value;
            return replace(rest);
          },
        );
      }
    }
  };
  visit(body, '', (next) => next);
  return found;
}

function otherType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'not-a-number';
  if (typeof value === 'boolean') return 'not-a-boolean';
  if (Array.isArray(value) || isObject(value)) return 'not-a-container';
  return { unexpected: true };
}

/** A valid body and one of its mutations that the schema rejects. */
export function invalidBodies(document: JsonObject, pointer: string, validator: DocumentValidator): fc.Arbitrary<Mutation> {
  return fc
    .tuple(validBodies(document, pointer, validator), fc.nat())
    .map(([body, pick]) => {
      const candidates = mutations(body).filter((mutation) => validator.validate(pointer, mutation.body).length > 0);
      return candidates[pick % Math.max(1, candidates.length)];
    })
    .filter((mutation): mutation is Mutation => mutation !== undefined);
}
