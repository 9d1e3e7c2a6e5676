/**
 * Values for the contract requests, sampled from a schema so that the
 * server's validation accepts them: json-schema-faker honours `pattern`
 * (its own regex generator, which bounds `*` and `+`), `format`,
 * `minLength`/`maxLength`, `minimum`/`maximum`, `multipleOf`, `enum` and
 * `const`. Seeded, so a document always gives the same requests.
 *
 * Patterns come from the spec, so they are untrusted: one the linear engine
 * of src/safe-regex.ts cannot run, or whose repeat counts could ask for a
 * huge string, is never handed to the generator. The schema is then sampled
 * without its patterns, and the value says why (`fallback`). Every value is
 * checked against the real schema (Ajv, linear patterns) and bounded in
 * size; a value that fails either is replaced by openapi-sampler's, with
 * the reason, so a caller can tell a sampled value from a best guess.
 */
import { generateSync, type JsonSchema } from 'json-schema-faker';
import { sample } from 'openapi-sampler';
import { isObject, type JsonObject } from '../openapi/types.js';
import { resolveLocal } from '../openapi/refs.js';
import { compilePattern } from '../safe-regex.js';
import { DocumentValidator, SchemaNotCompiled } from '../schema-validator.js';

/** The seed of every sample: the same document gives the same requests. */
export const SAMPLE_SEED = 20_261_206;
/** The largest sampled value, as JSON: a request value is a probe, not a load test. */
export const MAX_SAMPLE_BYTES = 64 * 1024;
/** The longest match a pattern's explicit repeat counts may force (`a{5000}b{5001}` asks for 10,001 characters). */
const MAX_PATTERN_LENGTH = 10_000;
/** The longest free text (a string without pattern, format or enum) sampled where the schema allows shorter. */
const SHORT_TEXT = 32;
/** How deep the sampler follows nested and recursive schemas. */
const MAX_DEPTH = 6;
/** Schemas walked when looking for patterns: a bound on hostile documents. */
const MAX_SCHEMAS_WALKED = 10_000;

export interface Sample {
  value: unknown;
  /** Why the value is not json-schema-faker's for the whole schema: a pattern skipped, or the value invalid or too large. */
  fallback?: string;
}

/** A value valid against `schema` (a schema of `document`, `$ref`s resolved against it). */
export function sampleSchema(document: JsonObject, schema: unknown, seed = SAMPLE_SEED): Sample {
  const unsafe = unsafePattern(document, schema);
  const sampled = schema === undefined ? {} : forSampling(schema, Boolean(unsafe));
  const components = componentsForSampling(document, Boolean(unsafe));
  // Every property first (a request that fills optional fields checks more); where that
  // cannot be valid (json-schema-faker ends a recursive schema with null), the required ones.
  let problem = '';
  for (const alwaysFakeOptionals of [true, false]) {
    let value: unknown;
    try {
      // json-schema-faker resolves `#/components/...` against the root it is given.
      const root = { $ref: '#/x-sampled', 'x-sampled': sampled, components } as JsonSchema;
      value = withoutReadOnly(document, schema, generateSync(root, { seed, maxDepth: MAX_DEPTH, maxDefaultItems: 2, alwaysFakeOptionals }));
    } catch (error) {
      problem = `json-schema-faker failed: ${(error as Error).message.split('\n')[0]}`;
      continue;
    }
    problem = tooLarge(value) ?? invalid(document, schema, value) ?? '';
    if (!problem) return unsafe ? { value, fallback: unsafe } : { value };
  }
  return openapiSampler(document, schema, unsafe ? `${unsafe}; ${problem}` : problem);
}

/** The first pattern of the schema (or of a schema it refers to) that cannot be sampled safely, as a reason. */
function unsafePattern(document: JsonObject, schema: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue = [schema];
  while (queue.length > 0 && seen.size < MAX_SCHEMAS_WALKED) {
    const node = queue.shift();
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    if (!isObject(node) || seen.has(node)) continue;
    seen.add(node);
    if (typeof node.$ref === 'string') queue.push(resolveLocal(document, node));
    if (typeof node.pattern === 'string') {
      const reason = patternProblem(node.pattern);
      if (reason) return `pattern ${JSON.stringify(node.pattern)} not sampled: ${reason}`;
    }
    for (const [key, inner] of Object.entries(node)) if (key !== 'example' && key !== 'examples' && key !== 'enum' && key !== 'const' && key !== 'default') queue.push(inner);
  }
  return seen.size >= MAX_SCHEMAS_WALKED ? `more than ${MAX_SCHEMAS_WALKED} schemas to check for patterns` : undefined;
}

/** Why a pattern cannot be handed to the generator, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  const compiled = compilePattern(pattern);
  if (compiled.kind !== 'linear') return compiled.reason;
  const longest = longestForcedMatch(pattern);
  return longest > MAX_PATTERN_LENGTH ? `its repeat counts ask for ${longest} characters (more than ${MAX_PATTERN_LENGTH})` : undefined;
}

/**
 * The length the pattern's explicit repeat counts force on a match, its
 * longest alternative, nested counts multiplied (`(a{100}){100}` is 10,000).
 * `*` and `+` are left out: the generator bounds those itself. `pattern` is
 * valid (RE2 compiled it), so groups and classes are balanced.
 */
function longestForcedMatch(pattern: string): number {
  const frames = [{ sum: 0, longest: 0 }];
  let last = 0;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    const frame = frames[frames.length - 1]!;
    const atom = (length: number) => {
      frame.sum += length;
      last = length;
    };
    if (char === '\\') {
      index++;
      atom(1);
    } else if (char === '[') {
      for (index++; index < pattern.length && pattern[index] !== ']'; index++) if (pattern[index] === '\\') index++;
      atom(1);
    } else if (char === '(') {
      frames.push({ sum: 0, longest: 0 });
      if (pattern[index + 1] === '?') index++;
    } else if (char === '|') {
      frame.longest = Math.max(frame.longest, frame.sum);
      frame.sum = 0;
    } else if (char === ')' && frames.length > 1) {
      frames.pop();
      const group = Math.max(frame.longest, frame.sum);
      frames[frames.length - 1]!.sum += group;
      last = group;
    } else if (char === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(index))) {
      const [, from, to] = /^\{(\d+)(?:,(\d*))?\}/.exec(pattern.slice(index))!;
      const count = Math.max(Number(from), Number(to || 0));
      frame.sum += last * (count - 1);
      last *= count;
      index = pattern.indexOf('}', index);
    } else if (!'*+?^$'.includes(char)) {
      atom(1);
    }
  }
  return Math.max(frames[0]!.longest, frames[0]!.sum);
}

/**
 * The schema as the generator sees it: free text shortened to at most
 * SHORT_TEXT characters where the schema allows it (a `maxLength: 1000`
 * description gets hundreds of random characters otherwise: a request is a
 * probe, and a program built from it is read and bundled), and without its
 * patterns when one of them cannot be sampled safely. The value is still
 * checked against the real schema.
 */
function forSampling(value: unknown, dropPatterns: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => forSampling(item, dropPatterns));
  if (!isObject(value)) return value;
  const copy = Object.fromEntries(
    Object.entries(value)
      .filter(([key, inner]) => !(dropPatterns && key === 'pattern' && typeof inner === 'string'))
      .map(([key, inner]) => [key, ['example', 'examples', 'enum', 'const', 'default'].includes(key) ? inner : forSampling(inner, dropPatterns)]),
  );
  const freeText = value.type === 'string' && !('pattern' in value) && !('format' in value) && !('enum' in value) && !('const' in value);
  if (freeText) {
    const minLength = typeof value.minLength === 'number' ? value.minLength : 0;
    const maxLength = typeof value.maxLength === 'number' ? value.maxLength : Infinity;
    copy.maxLength = Math.min(maxLength, Math.max(minLength, SHORT_TEXT));
  }
  return copy;
}

/** The document's components as the generator sees them (forSampling), made once per document and variant. */
const sampledComponents = new WeakMap<JsonObject, Map<boolean, unknown>>();

function componentsForSampling(document: JsonObject, dropPatterns: boolean): unknown {
  let variants = sampledComponents.get(document);
  if (!variants) sampledComponents.set(document, (variants = new Map()));
  if (!variants.has(dropPatterns)) variants.set(dropPatterns, forSampling(document.components, dropPatterns));
  return variants.get(dropPatterns);
}

function withoutPatterns(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPatterns);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key, inner]) => !(key === 'pattern' && typeof inner === 'string')).map(([key, inner]) => [key, withoutPatterns(inner)]));
}

/** A request carries no `readOnly` property (json-schema-faker fills them like any other): removed from the top-level object. */
function withoutReadOnly(document: JsonObject, schema: unknown, value: unknown): unknown {
  const resolved = resolveLocal(document, schema);
  if (!isObject(value) || !isObject(resolved) || !isObject(resolved.properties)) return value;
  const required = new Set(Array.isArray(resolved.required) ? resolved.required : []);
  const readOnly = Object.entries(resolved.properties).filter(([name, property]) => !required.has(name) && isObject(resolveLocal(document, property)) && (resolveLocal(document, property) as JsonObject).readOnly === true);
  if (readOnly.length === 0) return value;
  const copy = { ...value };
  for (const [name] of readOnly) delete copy[name];
  return copy;
}

function tooLarge(value: unknown): string | undefined {
  const json = JSON.stringify(value);
  return json !== undefined && json.length > MAX_SAMPLE_BYTES ? `the sampled value has ${json.length} bytes of JSON (more than ${MAX_SAMPLE_BYTES})` : undefined;
}

/** Ajv's verdict on the value, against the real schema (patterns included, on the linear engine). */
function invalid(document: JsonObject, schema: unknown, value: unknown): string | undefined {
  if (schema === undefined) return undefined;
  try {
    const errors = validatorFor(document).validate('/x-sampled', value, schema);
    return errors.length > 0 ? `the sampled value is invalid: ${errors[0]!.instancePath || '/'} ${errors[0]!.message}` : undefined;
  } catch (error) {
    if (error instanceof SchemaNotCompiled) return undefined;
    throw error;
  }
}

/**
 * A DocumentValidator for one schema at a time: the schema is put at
 * `/x-sampled` of a document holding the real one's components, so its
 * `$ref`s resolve as in the document. One per document and schema object.
 */
const validators = new WeakMap<JsonObject, WeakMap<object, DocumentValidator>>();

function validatorFor(document: JsonObject): { validate(pointer: string, value: unknown, schema: unknown): ReturnType<DocumentValidator['validate']> } {
  let perSchema = validators.get(document);
  if (!perSchema) validators.set(document, (perSchema = new WeakMap()));
  return {
    validate(pointer, value, schema) {
      const key = isObject(schema) ? schema : { schema };
      let validator = perSchema.get(key);
      if (!validator) perSchema.set(key, (validator = new DocumentValidator({ 'x-sampled': schema, components: document.components ?? {} } as JsonObject)));
      return validator.validate(pointer, value);
    },
  };
}

/** openapi-sampler's value, from the schema without its patterns (its regex generator backtracks and repeats counts as written). */
function openapiSampler(document: JsonObject, schema: unknown, why: string): Sample {
  const value: unknown = sample((withoutPatterns(schema ?? {}) ?? {}) as object, { skipReadOnly: true }, withoutPatterns(document) as object);
  return { value, fallback: why };
}
