/**
 * Proof that normalization dropped nothing. Facts are read from each raw
 * input in its own shape (Mintlify or OpenAPI), independently of the
 * conversion code, and each must be found in the normalized document:
 * operations, parameters, schema properties, enum values, descriptions and
 * examples. An example changed on purpose counts as found when undoing the
 * report's recorded example fixes gives back the raw value.
 */
import { isDeepStrictEqual } from 'node:util';
import { SpecError } from '../../errors.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { parsePointer, toPointer } from '../../openapi/pointer.js';
import { isMintlifyPage } from '../sources/mintlify.js';
import { canonicalJson } from '../canonical.js';
import type { Pass } from '../pass.js';
import { isExampleFix, isPathOperationMove, type ExampleFix, type NormalizationReport } from '../report.js';
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
    const { missing, checked } = checkLossless(sources.map(({ loaded }) => loaded.value), document, report);
    report.lossless = { checked, missing: missing.length };
    if (missing.length > 0) {
      const list = missing.slice(0, 5).map((fact) => `${fact.kind} ${fact.key.slice(0, 120)}`).join('; ');
      throw new SpecError(manifest.file, {}, `normalization lost ${missing.length} of ${checked} facts of the sources: ${list}`);
    }
    return document;
  },
};

export function checkLossless(rawSources: JsonObject[], normalized: JsonObject, report: NormalizationReport): LosslessResult {
  const present = new Set(openApiFacts(normalized).map(factId));
  const exampleFixes = report.transformations.filter(isExampleFix);
  const undone = undoneExamples(collectExamples(normalized), exampleFixes);
  const moved = movedRoutes(report);
  const missing: Fact[] = [];
  let checked = 0;
  for (const raw of rawSources) {
    for (const fact of isMintlifyPage(raw) ? mintlifyFacts(raw) : openApiFacts(raw)) {
      checked++;
      if (present.has(factId(fact))) continue;
      if (fact.kind === 'example' && undone.has(fact.key)) continue;
      if (moved.explains(fact, present)) continue;
      missing.push(fact);
    }
  }
  return { missing, checked };
}

/**
 * What repair/path-keys.ts recorded: an operation that now lives under
 * another route is looked for there (its path parameters renamed as
 * recorded), and the facts of an operation merged into another are
 * explained by the merge entry, which holds it as published.
 */
function movedRoutes(report: NormalizationReport): { explains(fact: Fact, present: ReadonlySet<string>): boolean } {
  const moves = report.transformations.filter(isPathOperationMove);
  const merged = new Set<string>();
  for (const entry of moves) {
    // A merged operation's entry holds it as published.
    if (!('before' in entry) || !isObject(entry.before)) continue;
    const space = entry.from.indexOf(' ');
    const method = entry.from.slice(0, space).toLowerCase();
    const key = entry.from.slice(space + 1);
    for (const fact of openApiFacts({ paths: { [key]: { [method]: entry.before } } })) merged.add(factId(fact));
  }
  return {
    explains(fact, present) {
      if (merged.has(factId(fact))) return true;
      return moves.some(({ from, to, renamed }) => {
        if (fact.key !== from && !fact.key.startsWith(`${from} `)) return false;
        let rest = fact.key.slice(from.length);
        const pathParameter = /^ path:(.*)$/.exec(rest);
        if (fact.kind === 'parameter' && pathParameter && Object.hasOwn(renamed, pathParameter[1]!)) rest = ` path:${renamed[pathParameter[1]!]}`;
        return present.has(factId({ ...fact, key: `${to}${rest}` }));
      });
    },
  };
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
    const parameters = [...asArray(pathItem.parameters), ...asArray(operation.parameters)];
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
