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
/** The longest string a pattern's explicit repeat counts may ask for (their product, counted over the whole pattern). */
const MAX_PATTERN_REPEATS = 10_000;
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
  const sampled = schema === undefined ? {} : unsafe ? withoutPatterns(schema) : schema;
  const components = unsafe ? withoutPatterns(document.components) : document.components;
  let value: unknown;
  try {
    // json-schema-faker resolves `#/components/...` against the root it is given.
    const root = { $ref: '#/x-sampled', 'x-sampled': sampled, components } as JsonSchema;
    value = generateSync(root, { seed, maxDepth: MAX_DEPTH, refDepthMax: 2, maxDefaultItems: 2, alwaysFakeOptionals: true });
  } catch (error) {
    return openapiSampler(document, schema, `json-schema-faker failed: ${(error as Error).message.split('\n')[0]}`);
  }
  value = withoutReadOnly(document, schema, value);
  const problem = tooLarge(value) ?? invalid(document, schema, value);
  if (problem) return openapiSampler(document, schema, unsafe ? `${unsafe}; ${problem}` : problem);
  return unsafe ? { value, fallback: unsafe } : { value };
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
  // A backslash-escaped brace is a literal, not a repeat count.
  const counts = [...pattern.replace(/\\./g, '').matchAll(/\{(\d+)(?:,(\d*))?\}/g)].map((match) => Math.max(Number(match[1]), Number(match[2] || 0)));
  const product = counts.reduce((total, count) => total * Math.max(1, count), 1);
  return product > MAX_PATTERN_REPEATS ? `its repeat counts ask for up to ${product} characters (more than ${MAX_PATTERN_REPEATS})` : undefined;
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
