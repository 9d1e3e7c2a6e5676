/**
 * Whether two operations published on one URL and method can be one
 * operation without a client losing anything, decided by their shapes
 * (repair/path-keys.ts merges them when this says so, and refuses otherwise).
 *
 * The merged operation accepts every request either accepted (parameters,
 * bodies per media type and security are unioned) and documents every
 * response either documented (per status and media type, `anyOf` where the
 * schemas differ). That union is always possible; what it can lose is which
 * answer belongs to which question. So a merge is SAFE when, for every
 * status and media type both document with different schemas, the client
 * can still tell the two answers apart:
 * - by its request: the two requests differ in what they require (a
 *   required parameter or its schema, the request body's media types or
 *   schemas), so what the client sends selects the vendor's operation
 *   (Mistral's `#stream` variants: another body, a `text/event-stream` 200;
 *   Box's `#refresh`: another form body); or
 * - by the response itself: the two schemas have different JSON types, or
 *   both require a property whose allowed values (`const`/`enum`, through
 *   `$ref` and `allOf`) are disjoint, a tag (Box's `GET /shared_items`
 *   answers a file, a folder or a web link, each with its own `type`).
 * Otherwise one request is documented to get two different answers with
 * nothing to tell them apart: there is no safe choice, and the run fails
 * naming both operations and the manifest setting that merges anyway.
 * Texts (summary, description, examples, ids) never count as a difference.
 */
import { resolveLocal } from '../../openapi/refs.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { canonicalJson } from '../canonical.js';

/**
 * An operation as published, read once for the checks: what its request
 * must carry and each answer (status and media type) it documents, as
 * canonical text; an answer's facts are gathered when first asked for.
 * Built once per operation, so a route with many variants costs one string
 * comparison per pair and answer.
 */
export interface PublishedOperation {
  request: string;
  answers: Map<string, Answer>;
}

interface Answer {
  status: string;
  mediaType: string;
  schema: unknown;
  shape: string;
  facts?: SchemaFacts;
}

/** `operation` with the parameters that apply to it (its own and its Path Item's), resolved. */
export function publishedOperation(document: JsonObject, operation: JsonObject, parameters: JsonObject[]): PublishedOperation {
  const answers = new Map<string, Answer>();
  for (const [status, response] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
    for (const [mediaType, schema] of Object.entries(contentOf(document, response))) {
      answers.set(`${status} ${mediaType}`, { status, mediaType, schema, shape: canonicalJson(withoutTexts(schema)) });
    }
  }
  return { request: canonicalJson(requestShape(document, operation, parameters)), answers };
}

export type MergeVerdict = { safe: true; why: string } | { safe: false; why: string };

/** Whether `incoming` can join the operations already merged on its route (each as published). */
export function mergeVerdict(document: JsonObject, merged: readonly PublishedOperation[], incoming: PublishedOperation): MergeVerdict {
  const reasons = new Set<string>();
  for (const earlier of merged) {
    const verdict = pairVerdict(document, earlier, incoming);
    if (!verdict.safe) return verdict;
    reasons.add(verdict.why);
  }
  return { safe: true, why: [...reasons].join('; ') };
}

function pairVerdict(document: JsonObject, a: PublishedOperation, b: PublishedOperation): MergeVerdict {
  if (a.request !== b.request) return { safe: true, why: 'their requests differ in what they require, so the request selects the answer' };
  const answers: string[] = [];
  for (const [key, x] of a.answers) {
    const y = b.answers.get(key);
    if (!y || x.shape === y.shape) continue;
    const tag = toldApart(document, x, y);
    if (tag === undefined) return { safe: false, why: `their requests require the same and their ${x.status} ${x.mediaType} responses differ with nothing to tell them apart (no distinct JSON type, no required property with distinct values)` };
    answers.push(`${x.status} ${x.mediaType} by ${tag}`);
  }
  if (answers.length > 0) return { safe: true, why: `their requests require the same, but their answers are told apart (${answers.join(', ')})` };
  return { safe: true, why: 'their requests require the same and their shared answers are the same' };
}

/** What a request must carry: the required parameters but path ones (matched by position), and the body. */
function requestShape(document: JsonObject, operation: JsonObject, parameters: JsonObject[]): unknown {
  const required = parameters
    .filter((parameter) => parameter.in !== 'path' && parameter.required === true)
    .map((parameter) => ({ in: parameter.in, name: parameter.name, schema: withoutTexts(parameter.schema ?? parameter.content) }))
    .sort((p, q) => `${String(p.in)}:${String(p.name)}`.localeCompare(`${String(q.in)}:${String(q.name)}`));
  const body = resolveLocal(document, operation.requestBody);
  return { required, body: isObject(body) ? withoutTexts(body.content) : null };
}

/** A response's media types and their schemas (`null` for none). */
function contentOf(document: JsonObject, response: unknown): Record<string, unknown> {
  const resolved = resolveLocal(document, response);
  const content = isObject(resolved) && isObject(resolved.content) ? resolved.content : {};
  return Object.fromEntries(Object.entries(content).map(([mediaType, media]) => [mediaType, isObject(media) ? (media.schema ?? null) : null]));
}

const TEXT_KEYWORDS: ReadonlySet<string> = new Set(['summary', 'description', 'title', 'example', 'examples', 'externalDocs', 'operationId', 'tags']);
const MAP_KEYWORDS: ReadonlySet<string> = new Set(['properties', 'patternProperties', '$defs', 'content', 'responses', 'headers', 'callbacks', 'encoding', 'links']);

/** A value (a schema, a content map, an operation) without its texts: keys of a map (`properties`, `content`, `responses`) are names, kept. */
export function withoutTexts(value: unknown, isMap = false): unknown {
  if (Array.isArray(value)) return value.map((inner) => withoutTexts(inner));
  if (!isObject(value)) return value;
  const kept = Object.entries(value).filter(([key]) => isMap || (!TEXT_KEYWORDS.has(key) && !key.startsWith('x-')));
  return Object.fromEntries(kept.map(([key, inner]) => [key, withoutTexts(inner, MAP_KEYWORDS.has(key) && !isMap)]));
}

/** How a client tells a value of `x` from one of `y`, if it can: `"its JSON type"` or `"property <name>"`. */
function toldApart(document: JsonObject, x: Answer, y: Answer): string | undefined {
  const left = (x.facts ??= facts(document, x.schema));
  const right = (y.facts ??= facts(document, y.schema));
  if (disjoint(left.types, right.types)) return 'their JSON types';
  for (const [name, values] of left.closed) {
    const others = right.closed.get(name);
    if (others && left.required.has(name) && right.required.has(name) && ![...values].some((value) => others.has(value))) return `their required property "${name}"`;
  }
  return undefined;
}

interface SchemaFacts {
  /** The JSON types a value may have, when the schema says (`integer` counted as `number`). */
  types?: Set<string>;
  /** Properties a value must have. */
  required: Set<string>;
  /** Properties whose values are a closed list, each value as canonical JSON. */
  closed: Map<string, Set<string>>;
}

/** Bounded: a document's own `allOf` chains are a few deep; a cycle or a giant chain stops here. */
const MAX_SCHEMAS = 256;

/**
 * What every value of `schema` has, through `$ref`, `allOf` (all of them
 * apply) and `anyOf`/`oneOf` (what each member that can match has: a
 * nullable `{type: object}` is `anyOf` an object and null, and an
 * `allOf` member of a `{type: object}` is asked for an object). `within`:
 * the types the schemas around this one allow.
 */
function facts(document: JsonObject, schema: unknown, within?: Set<string>, budget = { left: MAX_SCHEMAS }, seen = new Set<unknown>()): SchemaFacts {
  const result: SchemaFacts = { required: new Set(), closed: new Map() };
  const current = resolveLocal(document, schema);
  if (!isObject(current) || seen.has(current) || budget.left-- <= 0) return result;
  const inner = new Set([...seen, current]);
  result.types = typesOf(current.type);
  // The types the schemas around this one allow (an `allOf` applies its parent's `type` too).
  const allowed = () => (within && result.types ? new Set([...within].filter((type) => result.types!.has(type))) : (within ?? result.types));
  if (Array.isArray(current.required)) for (const name of current.required) if (typeof name === 'string') result.required.add(name);
  if (isObject(current.properties)) {
    for (const [name, property] of Object.entries(current.properties)) {
      const values = closedValues(resolveLocal(document, property));
      if (values) result.closed.set(name, values);
    }
  }
  for (const member of Array.isArray(current.allOf) ? current.allOf : []) both(result, facts(document, member, allowed(), budget, inner));
  const alternatives = [...(Array.isArray(current.anyOf) ? current.anyOf : []), ...(Array.isArray(current.oneOf) ? current.oneOf : [])];
  if (alternatives.length > 0) {
    const matching = alternatives.map((member) => facts(document, member, allowed(), budget, inner)).filter((member) => !disjoint(allowed(), member.types));
    if (matching.length > 0) both(result, matching.reduce(either));
  }
  return result;
}

/** A value that is both an `a` and a `b` (`a` updated). */
function both(a: SchemaFacts, b: SchemaFacts): void {
  if (b.types) a.types = a.types ? new Set([...a.types].filter((type) => b.types!.has(type))) : b.types;
  for (const name of b.required) a.required.add(name);
  for (const [name, values] of b.closed) a.closed.set(name, a.closed.has(name) ? new Set([...a.closed.get(name)!].filter((value) => values.has(value))) : values);
}

/** A value that is an `a` or a `b`: only what both promise. */
function either(a: SchemaFacts, b: SchemaFacts): SchemaFacts {
  const closed = new Map<string, Set<string>>();
  for (const [name, values] of a.closed) if (b.closed.has(name)) closed.set(name, new Set([...values, ...b.closed.get(name)!]));
  return {
    types: a.types && b.types ? new Set([...a.types, ...b.types]) : undefined,
    required: new Set([...a.required].filter((name) => b.required.has(name))),
    closed,
  };
}

function disjoint(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  return a !== undefined && b !== undefined && ![...a].some((type) => b.has(type));
}

function typesOf(type: unknown): Set<string> | undefined {
  const list = typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((inner): inner is string => typeof inner === 'string') : undefined;
  return list ? new Set(list.map((inner) => (inner === 'integer' ? 'number' : inner))) : undefined;
}

function closedValues(schema: unknown): Set<string> | undefined {
  if (!isObject(schema)) return undefined;
  if (Object.hasOwn(schema, 'const')) return new Set([canonicalJson(schema.const)]);
  if (Array.isArray(schema.enum)) return new Set(schema.enum.map((value) => canonicalJson(value)));
  return undefined;
}
