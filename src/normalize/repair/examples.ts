/**
 * Examples that violate their own schema are fixed, and every fix is
 * reported. Mintlify fills generated examples with placeholders (`<string>`
 * for every string, `123` for every number); where such a value breaks the
 * schema (`initial_url: <string>` on a `uri` field, `name: <string>` against
 * a name pattern) it is dropped when the property is optional, or replaced
 * by a value sampled from the schema (openapi-sampler) when it is required.
 * Errors under `oneOf`/`anyOf` branches are ambiguous and only warned about.
 *
 * A placeholder that does fit its schema is no vendor example either: Prism
 * would serve `"message": "<string>"`. Every `<…>` string in an example is
 * replaced by the value sampled from the example's schema at the same place
 * (the sampler told to ignore the document's examples, which hold the same
 * placeholders), or dropped where no sampled value fits and the property is
 * optional; each is reported.
 */
import { sample } from 'openapi-sampler';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { parsePointer, toPointer } from '../../openapi/pointer.js';
import type { Pass } from '../pass.js';
import type { NormalizationReport } from '../report.js';
import { getOwn, setOwn } from '../../openapi/own.js';
import { operations } from '../../openapi/operations.js';
import { walkDocumentSchemas } from '../../openapi/schemas.js';
import { warnSkippedPatterns } from '../sources/patterns.js';
import { DocumentValidator, SchemaNotCompiled, type ErrorObject } from '../../schema-validator.js';

/** Keywords that judge one value on its own, so fixing that value fixes the error. */
const LEAF_KEYWORDS = new Set([
  'type', 'format', 'pattern', 'minLength', 'maxLength', 'enum', 'const', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
]);
const MAX_FIXES_PER_EXAMPLE = 50;

interface ExampleSite {
  /** Pointer of the schema the example must satisfy. */
  schemaPointer: string;
  /** Path tokens of the example value in the document. */
  valuePath: Array<string | number>;
}

export const examples: Pass = {
  name: 'examples',
  run(document, { report }) {
    fixInvalidExamples(document, report);
    return document;
  },
};

function fixInvalidExamples(document: JsonObject, report: NormalizationReport): void {
  warnSkippedPatterns(document, report);
  const validator = new DocumentValidator(document);
  const sampler = new Sampler(document);
  for (const site of exampleSites(document)) {
    try {
      fixExample(document, site, validator, sampler, report);
      replacePlaceholders(document, site, validator, sampler, report);
    } catch (error) {
      if (!(error instanceof SchemaNotCompiled)) throw error;
      report.warn({ kind: 'example-not-checked', pointer: toPointer(site.valuePath), message: `example not checked: ${error.message}` });
    }
  }
}

/** The largest sampled value (as JSON) that replaces an example's value; a larger one leaves the example as published, with a warning. */
export const MAX_SAMPLED_BYTES = 4_096;

/**
 * openapi-sampler makes strings for a `pattern` with backtracking regexes of
 * its own and repeats counts as written (`a{1000000000}`), so it never sees
 * one: it samples from a copy of the document without them, and the value
 * is then checked against the real schema like any other.
 */
class Sampler {
  private withoutPatterns?: JsonObject;
  private withoutPatternsOrExamples?: JsonObject;

  constructor(private readonly document: JsonObject) {}

  /**
   * A value for `schema`, or `undefined` when the sampler could not make
   * plain JSON data, or made more than MAX_SAMPLED_BYTES of it: a sample
   * follows every property of recursive schemas (Xero's allocations: one
   * replaced example was 22,000 lines), and an example is documentation.
   */
  sample(schema: unknown): { value: unknown } | undefined {
    this.withoutPatterns ??= dropPatterns(this.document) as JsonObject;
    return bounded(sample(dropPatterns(schema) as object, { skipReadOnly: false }, this.withoutPatterns as object));
  }

  /** The same, made from the schema's types and constraints alone, not from the document's own examples. */
  sampleIgnoringExamples(schema: unknown): { value: unknown } | undefined {
    this.withoutPatternsOrExamples ??= dropPatterns(dropExamples(this.document)) as JsonObject;
    return bounded(sample(dropPatterns(dropExamples(schema)) as object, { skipReadOnly: false }, this.withoutPatternsOrExamples as object));
  }
}

const bounded = (value: unknown) => (isPlainData(value) && JSON.stringify(value).length <= MAX_SAMPLED_BYTES ? { value } : undefined);

/**
 * The sampler assigns properties with `object[name] = …`, so a property
 * named `__proto__` becomes the object's prototype rather than data.
 */
function isPlainData(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
  return Object.values(value).every(isPlainData);
}

/** A copy of `value`, at any depth, without the entries `drop` picks. */
function without(value: unknown, drop: (key: string, inner: unknown) => boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => without(item, drop));
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) if (!drop(key, inner)) setOwn(copy, key, without(inner, drop));
  return copy;
}

const dropPatterns = (value: unknown) => without(value, (key, inner) => key === 'pattern' && typeof inner === 'string');
const dropExamples = (value: unknown) => without(value, (key) => key === 'example' || key === 'examples');

/**
 * A documentation generator's stand-in for a value: Mintlify's `<string>`,
 * `<any>`, `<integer>`, or a guide's `<base64-string>`, `<api-key>`. A
 * closed vocabulary, so a vendor's real `"<html>"` or `"<br>"` is data.
 */
const PLACEHOLDER = /^<(?:string|number|integer|boolean|any|object|array|unknown|(?:[a-z0-9]+[-_ ])+(?:string|id|key|token|url|name|value))>$/i;

/** Paths (from the value) of every placeholder string in an example value. */
function placeholderPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderPaths(item, [...path, index]));
  if (isObject(value)) return Object.entries(value).flatMap(([key, inner]) => placeholderPaths(inner, [...path, key]));
  return [];
}

function replacePlaceholders(document: JsonObject, site: ExampleSite, validator: DocumentValidator, sampler: Sampler, report: NormalizationReport): void {
  const holder = getAt(document, site.valuePath.slice(0, -1)) as JsonObject;
  const key = site.valuePath[site.valuePath.length - 1]!;
  const paths = placeholderPaths(holder[key]);
  if (paths.length === 0) return;
  const sampled = sampler.sampleIgnoringExamples(getAt(document, parsePointer(site.schemaPointer)));
  const wrapper = { value: structuredClone(holder[key]) };
  // An example that is invalid for other reasons (warned about) is not judged again here.
  const validBefore = validator.validate(site.schemaPointer, wrapper.value).length === 0;
  for (const path of paths) {
    const tokens = ['value', ...path];
    const before = getAt(wrapper, tokens);
    const pointer = toPointer([...site.valuePath, ...path]);
    const reason = `${JSON.stringify(before)} is a generated placeholder, not the vendor's example`;
    // Each attempt on a copy, so a failed one leaves the value (and its key order) as it was.
    const attempt = (change: (trial: { value: unknown }) => void): boolean => {
      const trial = structuredClone(wrapper);
      change(trial);
      if (validBefore && validator.validate(site.schemaPointer, trial.value).length > 0) return false;
      wrapper.value = trial.value;
      return true;
    };
    const candidate = sampled === undefined ? undefined : getAt({ value: sampled.value }, tokens);
    if (candidate !== undefined && !(typeof candidate === 'string' && PLACEHOLDER.test(candidate)) && attempt((trial) => setAt(trial, tokens, structuredClone(candidate)))) {
      report.record({ kind: 'example-placeholder-replaced', pointer, reason: `${reason}; replaced by a value sampled from the schema`, before, after: structuredClone(candidate) });
      continue;
    }
    const optional = isObject(getAt(wrapper, tokens.slice(0, -1)));
    if (optional && attempt((trial) => delete (getAt(trial, tokens.slice(0, -1)) as JsonObject)[String(tokens[tokens.length - 1])])) {
      report.record({ kind: 'example-placeholder-dropped', pointer, reason: `${reason}; no sampled value fits and it is optional, so dropped`, before });
      continue;
    }
    report.warn({ kind: 'example-placeholder-kept', pointer, message: `${reason}; no sampled value fits and it cannot be dropped, so it is kept` });
  }
  setOwn(holder, key, wrapper.value);
}

function* exampleSites(document: JsonObject): Generator<ExampleSite> {
  for (const { path, method, operation } of operations(document)) {
    const base = ['paths', path, method];
    if (Array.isArray(operation.parameters)) {
      for (const [index, parameter] of operation.parameters.entries()) {
        if (!isObject(parameter) || !isObject(parameter.schema)) continue;
        yield* mediaLikeSites(parameter, [...base, 'parameters', index]);
      }
    }
    const contents: Array<[unknown, Array<string | number>]> = [];
    if (isObject(operation.requestBody)) contents.push([operation.requestBody.content, [...base, 'requestBody', 'content']]);
    for (const [status, response] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
      if (isObject(response)) contents.push([response.content, [...base, 'responses', status, 'content']]);
    }
    for (const [content, contentPath] of contents) {
      if (!isObject(content)) continue;
      for (const [mediaType, media] of Object.entries(content)) {
        if (isObject(media) && isObject(media.schema)) yield* mediaLikeSites(media, [...contentPath, mediaType]);
      }
    }
  }
  const schemaSites: ExampleSite[] = [];
  walkDocumentSchemas(document, (schema, path) => {
    if ('example' in schema) schemaSites.push({ schemaPointer: toPointer(path), valuePath: [...path, 'example'] });
  });
  yield* schemaSites;
}

/** `example` and `examples.<name>.value` of a media type or parameter. */
function* mediaLikeSites(holder: JsonObject, path: Array<string | number>): Generator<ExampleSite> {
  const schemaPointer = toPointer([...path, 'schema']);
  if ('example' in holder) yield { schemaPointer, valuePath: [...path, 'example'] };
  if (isObject(holder.examples)) {
    for (const [name, example] of Object.entries(holder.examples)) {
      if (isObject(example) && 'value' in example) yield { schemaPointer, valuePath: [...path, 'examples', name, 'value'] };
    }
  }
}

function fixExample(document: JsonObject, site: ExampleSite, validator: DocumentValidator, sampler: Sampler, report: NormalizationReport): void {
  const holderPath = site.valuePath.slice(0, -1);
  const holder = getAt(document, holderPath) as JsonObject;
  const key = site.valuePath[site.valuePath.length - 1]!;
  // A schema-level `example` is itself inside the schema: validate a copy against the schema as is.
  for (let attempt = 0; attempt < MAX_FIXES_PER_EXAMPLE; attempt++) {
    const errors = validator.validate(site.schemaPointer, holder[key]);
    if (errors.length === 0) return;
    const fixable = errors.find(isUnconditionalLeafError);
    if (!fixable) {
      report.warn({
        kind: 'example-invalid',
        pointer: toPointer([...site.valuePath, ...parsePointer(errors[0]!.instancePath)]),
        message: `example does not match its schema and cannot be fixed safely: ${errors[0]!.message ?? errors[0]!.keyword}`,
      });
      return;
    }
    const wrapper = { value: holder[key] };
    const tokens = ['value', ...parsePointer(fixable.instancePath)];
    const before = getAt(wrapper, tokens);
    const pointer = toPointer([...site.valuePath, ...tokens.slice(1)]);
    const reason = `${JSON.stringify(before)} ${fixable.message ?? `fails ${fixable.keyword}`}`;
    if (tryDrop(wrapper, tokens, site.schemaPointer, validator, errors.length)) {
      report.record({ kind: 'example-invalid-value-dropped', pointer, reason: `${reason}; optional, so dropped`, before });
    } else {
      const sampled = sampler.sample(fixable.parentSchema);
      if (sampled) setAt(wrapper, tokens, sampled.value);
      const still = !sampled || validator.validate(site.schemaPointer, wrapper.value).some((error) => error.instancePath === fixable.instancePath && error.keyword === fixable.keyword);
      if (still) {
        setAt(wrapper, tokens, before);
        report.warn({ kind: 'example-invalid', pointer, message: `${reason}; no sampled value of at most ${MAX_SAMPLED_BYTES} bytes satisfies the schema, so it is kept` });
        return;
      }
      // A copy: later fixes inside the value must not change what the report says was put there.
      report.record({ kind: 'example-invalid-value-replaced', pointer, reason: `${reason}; required, so replaced by a sampled value`, before, after: structuredClone(sampled.value) });
    }
    setOwn(holder, key, wrapper.value);
  }
}

function isUnconditionalLeafError(error: ErrorObject): boolean {
  return LEAF_KEYWORDS.has(error.keyword) && !/\/(oneOf|anyOf|if|then|else|not)\//.test(error.schemaPath);
}

/** Drops the value when that fixes more than it breaks (no new `required` error). */
function tryDrop(
  wrapper: { value: unknown },
  tokens: Array<string | number>,
  schemaPointer: string,
  validator: DocumentValidator,
  errorCount: number,
): boolean {
  if (tokens.length < 2 || !isObject(getAt(wrapper, tokens.slice(0, -1)))) return false;
  // Try on a copy so a failed attempt leaves the example (and its key order) untouched.
  const trial = structuredClone(wrapper);
  delete (getAt(trial, tokens.slice(0, -1)) as JsonObject)[String(tokens[tokens.length - 1])];
  const after = validator.validate(schemaPointer, trial.value);
  if (after.length >= errorCount || after.some((error) => error.keyword === 'required')) return false;
  wrapper.value = trial.value;
  return true;
}

function getAt(root: unknown, tokens: ReadonlyArray<string | number>): unknown {
  let node = root;
  for (const token of tokens) node = getOwn(node, token);
  return node;
}

function setAt(root: unknown, tokens: ReadonlyArray<string | number>, value: unknown): void {
  setOwn(getAt(root, tokens.slice(0, -1)) as object, tokens[tokens.length - 1]!, value);
}
