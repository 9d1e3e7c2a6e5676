/**
 * Every `discriminator` gets an explicit `mapping` for its referenced
 * branches, derived by shape: the one value (`const`, or an `enum` of one)
 * the branch allows for the discriminating property.
 *
 * Without a mapping, the specification's implicit value of a `$ref` branch
 * is the schema's NAME, and openapi-typescript types the property so
 * (`type: "AuthenticatorCredential"`) even when the branch says
 * `enum: [authenticator]`: the generated type contradicts the schema, the
 * enums pass's `satisfies` fails, and Prism (which validates the schema)
 * disagrees with the client. openapi-typescript reads `mapping` by the
 * branch's exact `$ref` string, so the mapping is written with the branch's
 * own `$ref`, never a bare name.
 *
 * - Branches: the `oneOf` or `anyOf` next to the discriminator; for a
 *   discriminator on a component with neither (the 3.0 inheritance style),
 *   the component schemas whose `allOf` references it.
 * - A branch's value is read through local `$ref`s and `allOf` (values of
 *   all members intersect, so a parent listing every value still leaves the
 *   child's one).
 * - Inline branches get no entry (a mapping names schemas by reference; an
 *   inline branch is typed by its own schema), but are checked like the
 *   others.
 * - A published mapping is kept as it is; only branches it does not map are
 *   added. A branch without one string value, a value two branches share or
 *   that the mapping gives to another schema, is a warning with its pointer
 *   and gets no entry.
 */
import { isObject, type JsonObject, type JsonPrimitive, type Schema } from '../../openapi/types.js';
import { toPointer } from '../../openapi/pointer.js';
import { resolveLocal } from '../../openapi/refs.js';
import { finiteValues } from '../../openapi/values.js';
import { componentSchemas, walkDocumentSchemas } from '../../openapi/schemas.js';
import type { PathToken } from '../../openapi/visit.js';
import type { Pass } from '../pass.js';
import type { NormalizationReport } from '../report.js';

/** How deep `allOf` chains are followed for a branch's value (inheritance is rarely deeper than 3). */
const MAX_ALLOF_DEPTH = 16;
/** How many schemas one branch's value may be read from: `allOf`s sharing members cannot blow up. */
const MAX_SCHEMAS_PER_BRANCH = 10_000;

export const discriminators: Pass = {
  name: 'discriminators',
  run(document, { report }) {
    const extending = lazyExtending(document);
    walkDocumentSchemas(document, (schema, path) => {
      if (isObject(schema.discriminator) && typeof schema.discriminator.propertyName === 'string') deriveMapping(document, schema, path, extending, report);
    });
    return document;
  },
};

interface Branch {
  /** The branch's `$ref`, as written: the mapping's target. Undefined for an inline branch. */
  ref: string | undefined;
  schema: unknown;
  pointer: string;
}

/** Component `$ref` → the components whose `allOf` references it, indexed once on first use. */
type Extending = () => Map<string, string[]>;

function lazyExtending(document: JsonObject): Extending {
  let index: Map<string, string[]> | undefined;
  return () => {
    if (index) return index;
    index = new Map();
    for (const [name, child] of Object.entries(componentSchemas(document))) {
      for (const parent of new Set((Array.isArray(child.allOf) ? child.allOf : []).map(referenceOf))) {
        if (parent === undefined) continue;
        const children = index.get(parent);
        if (children) children.push(name);
        else index.set(parent, [name]);
      }
    }
    return index;
  };
}

function deriveMapping(document: JsonObject, schema: Schema, path: readonly PathToken[], extending: Extending, report: NormalizationReport): void {
  const discriminator = schema.discriminator as JsonObject;
  const property = discriminator.propertyName as string;
  const published = isObject(discriminator.mapping) ? (discriminator.mapping as Record<string, unknown>) : {};
  const mapped = new Set(Object.values(published).filter((target): target is string => typeof target === 'string').map(asReference));
  const added: Record<string, string> = {};
  const ownerOf = new Map<string, string>(Object.entries(published).map(([value, target]) => [value, asReference(String(target))]));
  for (const branch of branchesOf(schema, path, extending)) {
    if (branch.ref !== undefined && mapped.has(branch.ref)) continue;
    const values = branchValues(document, branch.schema, property, 0, { left: MAX_SCHEMAS_PER_BRANCH });
    if (values?.length !== 1 || typeof values[0] !== 'string') {
      const found = values === undefined ? 'allows any value' : `allows ${values.length === 0 ? 'no value' : values.map((value) => JSON.stringify(value)).join(', ')}`;
      const fallback = branch.ref ? `; without a mapping tools take the schema name ${JSON.stringify(branch.ref.split('/').pop())}` : '';
      report.warn({ kind: 'discriminator-value-unknown', pointer: branch.pointer, message: `discriminator branch has no single string value for "${property}" (it ${found})${fallback}` });
      continue;
    }
    const value = values[0];
    const owner = ownerOf.get(value);
    if (owner !== undefined && owner !== branch.ref) {
      report.warn({ kind: 'discriminator-value-shared', pointer: branch.pointer, message: `discriminator value ${JSON.stringify(value)} of "${property}" also selects ${owner}` });
      continue;
    }
    ownerOf.set(value, branch.ref ?? `#${branch.pointer}`);
    if (branch.ref !== undefined && owner === undefined) added[value] = branch.ref;
  }
  if (Object.keys(added).length === 0) return;
  discriminator.mapping = { ...published, ...added };
  report.record({
    kind: 'discriminator-mapping-derived',
    pointer: toPointer([...path, 'discriminator', 'mapping']),
    reason: `each referenced branch's one value of "${property}" mapped to it; without a mapping tools take the schema name as the value`,
    after: added,
  });
}

/** A mapping target as a reference: a bare name means `#/components/schemas/<name>`. */
function asReference(target: string): string {
  return target.includes('/') || target.includes('#') ? target : `#/components/schemas/${target}`;
}

function branchesOf(schema: Schema, path: readonly PathToken[], extending: Extending): Branch[] {
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const members = schema[keyword];
    if (Array.isArray(members)) {
      return members.map((member, index) => ({ ref: referenceOf(member), schema: member, pointer: toPointer([...path, keyword, index]) }));
    }
  }
  // The inheritance style: a component that others extend with allOf.
  if (path.length !== 3 || path[0] !== 'components' || path[1] !== 'schemas') return [];
  const children = extending().get(`#/components/schemas/${String(path[2])}`) ?? [];
  return children.map((name) => ({ ref: `#/components/schemas/${name}`, schema: { $ref: `#/components/schemas/${name}` }, pointer: toPointer(['components', 'schemas', name]) }));
}

function referenceOf(member: unknown): string | undefined {
  return isObject(member) && typeof member.$ref === 'string' && member.$ref.startsWith('#') ? member.$ref : undefined;
}

/**
 * The values a branch allows for `property`: the finite values of its own
 * property schema and of every `allOf` member's, intersected; `undefined`
 * when nothing restricts it.
 */
function branchValues(document: JsonObject, branch: unknown, property: string, depth: number, budget: { left: number }): JsonPrimitive[] | undefined {
  const schema = resolveLocal(document, branch);
  if (!isObject(schema) || depth > MAX_ALLOF_DEPTH || budget.left-- <= 0) return undefined;
  const sets: JsonPrimitive[][] = [];
  if (isObject(schema.properties) && Object.hasOwn(schema.properties, property)) {
    const own = finiteValues(document, schema.properties[property]);
    if (own) sets.push(own);
  }
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const inherited = branchValues(document, member, property, depth + 1, budget);
    if (inherited) sets.push(inherited);
  }
  if (sets.length === 0) return undefined;
  return sets.reduce((kept, set) => {
    const keys = new Set(set.map((value) => JSON.stringify(value)));
    return kept.filter((value) => keys.has(JSON.stringify(value)));
  });
}
