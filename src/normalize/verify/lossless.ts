/**
 * Proof that normalization dropped nothing. Facts are read from each raw
 * input in its own shape (Mintlify or OpenAPI), independently of the
 * conversion code, and each must be found in the normalized document:
 * operations, parameters, schema properties, enum values, descriptions and
 * examples. An example changed on purpose counts as found when undoing the
 * report's recorded example fixes gives back the raw value.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Bundle, BundledSource } from '../../ingest/bundle.js';
import { SpecError } from '../../errors.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { parsePointer, resolvePointer, toPointer } from '../../openapi/pointer.js';
import { resolveLocal } from '../../openapi/refs.js';
import { isMintlifyPage } from '../sources/mintlify.js';
import { canonicalJson } from '../canonical.js';
import type { Pass } from '../pass.js';
import { isExampleFix, type ExampleFix, type NormalizationReport } from '../report.js';
import { getOwn, setOwn } from '../../openapi/own.js';
import { componentSchemas } from '../../openapi/schemas.js';
import { operations } from '../../openapi/operations.js';

export interface Fact {
  kind: 'operation' | 'parameter' | 'property' | 'enum' | 'description' | 'example';
  key: string;
  /** The example value, for example facts. */
  value?: unknown;
}

export interface LosslessResult {
  missing: Fact[];
  checked: number;
}

/** Fails the run when any fact of a source, as read, is missing from the result. */
export const lossless: Pass = {
  name: 'lossless',
  run(document, { sources, manifest, report }) {
    const factsOfSources = sources.map(({ loaded }) => {
      const { bundle } = loaded as BundledSource;
      return bundle ? bundledFacts(bundle, loaded.file, manifest.dir, report) : rawFacts(loaded.value);
    });
    const { missing, checked } = checkFacts(factsOfSources, document, report);
    report.lossless = { checked, missing: missing.length };
    if (missing.length > 0) {
      const list = missing.slice(0, 5).map((fact) => `${fact.kind} ${fact.key.slice(0, 120)}`).join('; ');
      throw new SpecError(manifest.file, {}, `normalization lost ${missing.length} of ${checked} facts of the sources: ${list}`);
    }
    return document;
  },
};

export function checkLossless(rawSources: JsonObject[], normalized: JsonObject, report: NormalizationReport): LosslessResult {
  return checkFacts(rawSources.map(rawFacts), normalized, report);
}

/** Facts of one single-file source, read in its own shape. */
function rawFacts(raw: JsonObject): Fact[] {
  return isMintlifyPage(raw) ? mintlifyFacts(raw) : openApiFacts(raw);
}

function checkFacts(factsOfSources: Fact[][], normalized: JsonObject, report: NormalizationReport): LosslessResult {
  const present = new Set(openApiFacts(normalized).map(factId));
  const exampleFixes = report.transformations.filter(isExampleFix);
  const undone = undoneExamples(collectExamples(normalized), exampleFixes);
  const missing: Fact[] = [];
  let checked = 0;
  for (const facts of factsOfSources) {
    for (const fact of facts) {
      checked++;
      if (present.has(factId(fact))) continue;
      if (fact.kind === 'example' && undone.has(fact.key)) continue;
      missing.push(fact);
    }
  }
  return { missing, checked };
}

function factId(fact: Fact): string {
  return `${fact.kind} ${fact.key}`;
}

/** Facts of a real OpenAPI document. */
function openApiFacts(document: JsonObject): Fact[] {
  const facts: Fact[] = [];
  for (const { path, method, operation, pathItem } of operations(document)) {
    const op = `${method.toUpperCase()} ${path}`;
    facts.push({ kind: 'operation', key: op });
    // A referenced parameter is known by the one it names (a component, or a file's, in a multi-file source).
    const parameters = [...asArray(pathItem.parameters), ...asArray(operation.parameters)].map((parameter) => resolveLocal(document, parameter));
    for (const parameter of parameters) {
      if (isObject(parameter)) facts.push({ kind: 'parameter', key: `${op} ${String(parameter.in)}:${String(parameter.name)}` });
    }
    for (const text of [operation.summary, operation.description]) pushDescription(facts, text);
  }
  walkAll(document, (node, key) => {
    if (key === 'description') pushDescription(facts, node);
  });
  const components = componentSchemas(document);
  for (const [name, schema] of Object.entries(components)) schemaFacts(schema, name, facts);
  for (const { path, method, operation } of operations(document)) {
    const op = `${method.toUpperCase()} ${path}`;
    const body = isObject(operation.requestBody) && isObject(operation.requestBody.content) ? operation.requestBody.content : {};
    for (const [mediaType, media] of Object.entries(body)) {
      if (isObject(media) && isObject(media.schema) && typeof media.schema.$ref !== 'string') schemaFacts(media.schema, `${op} body ${mediaType}`, facts);
    }
  }
  for (const { value } of collectExamples(document)) facts.push({ kind: 'example', key: canonicalJson(value), value });
  return facts;
}

/**
 * Facts of a multi-file source, read from its files as they were read,
 * references followed by this proof itself (not by the bundler): the root,
 * its path items and their parameters written in place of their `$ref`s,
 * gives operations, parameters, descriptions and examples; every value a
 * reference names gives its descriptions and examples, and a schema gives
 * its property names and enum values under the component the report says it
 * became (`external-ref-to-component`), so a schema filed under the wrong
 * name is missed too.
 */
function bundledFacts(bundle: Bundle, rootFile: string, apiDir: string, report: NormalizationReport): Fact[] {
  const files = new Map<string, unknown>([[rootFile, bundle.root], ...bundle.files.map(({ file, value }): [string, unknown] => [file, value])]);
  const apiRelative = (file: string) => relative(apiDir, resolve(file));
  const componentOf = new Map<string, string>();
  for (const entry of report.transformations) {
    if (entry.kind === 'external-ref-to-component' && entry.after) componentOf.set(`${entry.source} ${entry.pointer}`, entry.after);
  }
  /** What `ref`, written in `file`, names: its file and value (chains of references followed, boundedly). */
  const follow = (file: string, ref: string): { file: string; pointer: string; value: unknown } | undefined => {
    let at = { file, ref };
    for (let hops = 0; hops < 32; hops++) {
      const [path = '', fragment = ''] = at.ref.split('#');
      const target = path === '' ? at.file : join(dirname(at.file), decodeURIComponent(path));
      let value: unknown;
      try {
        value = resolvePointer(files.get(target), fragment);
      } catch {
        return undefined;
      }
      if (!isObject(value) || typeof value.$ref !== 'string') return { file: target, pointer: fragment, value };
      at = { file: target, ref: value.$ref };
    }
    return undefined;
  };
  const inPlace = (file: string, node: unknown): unknown => {
    if (!isObject(node) || typeof node.$ref !== 'string' || node.$ref.startsWith('#')) return node;
    const { $ref: _ref, ...siblings } = node;
    const target = follow(file, node.$ref);
    return isObject(target?.value) ? { ...target.value, ...siblings } : node;
  };
  const root = structuredClone(bundle.root);
  for (const group of ['paths', 'webhooks'] as const) {
    const items = root[group];
    if (!isObject(items)) continue;
    for (const [key, item] of Object.entries(items)) {
      const target = isObject(item) && typeof item.$ref === 'string' && !item.$ref.startsWith('#') ? follow(rootFile, item.$ref) : undefined;
      const pathItem = isObject(inPlace(rootFile, item)) ? (structuredClone(inPlace(rootFile, item)) as JsonObject) : {};
      const file = target?.file ?? rootFile;
      pathItem.parameters = asArray(pathItem.parameters).map((parameter) => inPlace(file, parameter));
      for (const operation of Object.values(pathItem)) {
        if (isObject(operation) && Array.isArray(operation.parameters)) operation.parameters = operation.parameters.map((parameter) => inPlace(file, parameter));
      }
      setOwn(items, key, pathItem);
    }
  }
  const facts = openApiFacts(root);
  const seen = new Set<string>();
  const visitTargets = (file: string, node: unknown, at: string): void => {
    for (const { pointer, ref } of referencesIn(node)) {
      const target = follow(file, ref);
      if (!target) continue;
      const component = componentOf.get(`${apiRelative(file)} ${at}${pointer}`);
      if (component?.startsWith('#/components/schemas/') && !seen.has(`${component} ${target.file}#${target.pointer}`)) {
        seen.add(`${component} ${target.file}#${target.pointer}`);
        schemaFacts(target.value, parsePointer(component)[2]!, facts);
      }
      const id = `${target.file}#${target.pointer}`;
      if (seen.has(id)) continue;
      seen.add(id);
      walkAll(target.value, (value, key) => {
        if (key === 'description') pushDescription(facts, value);
      });
      for (const { value } of collectExamples(isObject(target.value) ? target.value : {})) facts.push({ kind: 'example', key: canonicalJson(value), value });
      visitTargets(target.file, target.value, target.pointer);
    }
  };
  visitTargets(rootFile, bundle.root, '');
  return facts;
}

/** The external `$ref`s under `node` (example data skipped), with their pointers relative to it. */
function referencesIn(node: unknown): Array<{ pointer: string; ref: string }> {
  const found: Array<{ pointer: string; ref: string }> = [];
  const visit = (value: unknown, path: Array<string | number>): void => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (isObject(value)) {
      if (typeof value.$ref === 'string' && !value.$ref.startsWith('#')) found.push({ pointer: toPointer([...path, '$ref']), ref: value.$ref });
      for (const [key, inner] of Object.entries(value)) if (!['example', 'examples', 'default', 'const', 'enum'].includes(key)) visit(inner, [...path, key]);
    }
  };
  visit(node, []);
  return found;
}

/** Facts of a Mintlify page, read in its own shape. */
function mintlifyFacts(document: JsonObject): Fact[] {
  const page = document.paths as JsonObject;
  const op = `${String(page.method).toUpperCase()} ${String(page.path)}`;
  const facts: Fact[] = [{ kind: 'operation', key: op }];
  const request = isObject(page.request) ? page.request : {};
  const parameters = isObject(request.parameters) ? request.parameters : {};
  for (const [location, group] of Object.entries(parameters)) {
    if (isObject(group)) for (const name of Object.keys(group)) facts.push({ kind: 'parameter', key: `${op} ${location}:${name}` });
  }
  const schemaArrays: unknown[] = [];
  walkAll(document, (node, key) => {
    if (key === 'description') pushDescription(facts, node);
    if (key === 'schemaArray' && Array.isArray(node)) schemaArrays.push(...node);
  });
  for (const member of schemaArrays) {
    if (!isObject(member)) continue;
    const owner = typeof member.refIdentifier === 'string' ? member.refIdentifier.split('/').pop()! : `${op} body`;
    schemaFacts(member, owner, facts);
  }
  const components = componentSchemas(document);
  for (const [name, schema] of Object.entries(components)) schemaFacts(schema, name, facts);
  for (const { value } of collectExamples(document)) facts.push({ kind: 'example', key: canonicalJson(value), value });
  return facts;
}

/** Property names and enum values by their path of property names; combinators are transparent. */
function schemaFacts(schema: unknown, owner: string, facts: Fact[]): void {
  const visit = (node: unknown, path: string): void => {
    if (!isObject(node)) return;
    for (const value of asArray(node.enum)) facts.push({ kind: 'enum', key: `${owner}${path} = ${JSON.stringify(value)}` });
    if ('const' in node) facts.push({ kind: 'enum', key: `${owner}${path} = ${JSON.stringify(node.const)}` });
    if (isObject(node.properties)) {
      for (const [name, property] of Object.entries(node.properties)) {
        facts.push({ kind: 'property', key: `${owner}${path}.${name}` });
        visit(property, `${path}.${name}`);
      }
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) for (const member of asArray(node[keyword])) visit(member, path);
    visit(node.items, `${path}[]`);
    if (isObject(node.additionalProperties)) visit(node.additionalProperties, `${path}{}`);
  };
  visit(schema, '');
}

interface LocatedExample {
  pointer: string;
  value: unknown;
}

/** Example values: media/parameter `example`, `examples.*.value`, schema `example`. */
function collectExamples(document: JsonObject): LocatedExample[] {
  const examples: LocatedExample[] = [];
  walkAll(document, (node, key, parent, path) => {
    if (key === 'example') examples.push({ pointer: toPointer(path), value: node });
    if (key === 'examples' && isObject(node) && !Array.isArray(parent)) {
      for (const [name, example] of Object.entries(node)) {
        if (isObject(example) && 'value' in example) examples.push({ pointer: toPointer([...path, name, 'value']), value: example.value });
      }
    }
  });
  return examples;
}

/**
 * The examples as they were before their recorded fixes (as fact keys):
 * each fix is matched to the example at or above its pointer, and the fixes
 * of one example are undone last first. Linear in examples plus fixes.
 */
function undoneExamples(examples: LocatedExample[], fixes: ExampleFix[]): Set<string> {
  const byPointer = new Map(examples.map((example) => [example.pointer, example]));
  const fixesOf = new Map<LocatedExample, ExampleFix[]>();
  for (const fix of fixes) {
    const example = exampleAbove(fix.pointer, byPointer);
    if (!example) continue;
    const own = fixesOf.get(example);
    if (own) own.push(fix);
    else fixesOf.set(example, [fix]);
  }
  const undone = new Set<string>();
  for (const [example, own] of fixesOf) {
    const restored = undo(example, own.reverse());
    if (restored) undone.add(canonicalJson(restored.value));
  }
  return undone;
}

/** The example whose pointer is `pointer` or its nearest ancestor. */
function exampleAbove(pointer: string, byPointer: Map<string, LocatedExample>): LocatedExample | undefined {
  for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) {
    const example = byPointer.get(pointer.slice(0, end));
    if (example) return example;
  }
  return undefined;
}

/** Re-applies the `before` values of the example's fixes; `undefined` when none applied. */
function undo(example: LocatedExample, fixes: ExampleFix[]): { value: unknown } | undefined {
  const restored = { value: structuredClone(example.value) };
  let touched = false;
  for (const fix of fixes) {
    const tokens = ['value', ...parsePointer(fix.pointer.slice(example.pointer.length))];
    const parent = tokens.slice(0, -1).reduce<unknown>((node, token) => getOwn(node, token), restored);
    if (!isObject(parent) && !Array.isArray(parent)) continue;
    const last = tokens[tokens.length - 1]!;
    const current = getOwn(parent, last);
    const undoable =
      (fix.kind === 'example-invalid-value-dropped' && current === undefined) ||
      (fix.kind === 'example-invalid-value-replaced' && isDeepStrictEqual(current, fix.after));
    if (undoable) {
      setOwn(parent, last, fix.before);
      touched = true;
    }
  }
  return touched ? restored : undefined;
}

function pushDescription(facts: Fact[], text: unknown): void {
  if (typeof text === 'string' && text.trim() !== '') facts.push({ kind: 'description', key: text.trim() });
}

function walkAll(
  node: unknown,
  visit: (value: unknown, key: string, parent: unknown, path: Array<string | number>) => void,
  path: Array<string | number> = [],
): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walkAll(item, visit, [...path, index]));
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      visit(value, key, node, [...path, key]);
      // Example payloads are data: their keys are not spec keywords.
      if (key !== 'example' && key !== 'examples' && key !== 'default') walkAll(value, visit, [...path, key]);
    }
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
