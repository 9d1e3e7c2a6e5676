/**
 * Proof that normalization dropped nothing. Facts are read from each raw
 * input in its own shape (Mintlify or OpenAPI), independently of the
 * conversion code, and each must be found in the normalized document:
 * operations, parameters, schema properties and types, tuple positions,
 * enum values, descriptions and examples. An example changed on purpose
 * counts as found when undoing the report's recorded example fixes gives
 * back the raw value.
 *
 * Schemas are also read for what they allow, so the version and keyword
 * rewrites of the sources phase cannot lose a constraint unseen: "allows
 * null" (a 3.0 `nullable`, a 2.0 `x-nullable`, a `null` type or branch),
 * numeric bounds (`minimum` with a 3.0 boolean `exclusiveMinimum`, 3.1's
 * numeric one, pydantic's `ge`/`gt`/`le`/`lt`), and any other keyword,
 * which the result must keep, as its `x-` extension when it is no keyword.
 * A Swagger 2.0 source is read in its own shape: `definitions`, `body` and
 * `formData` parameters, response examples by media type.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Bundle, BundledSource } from '../../ingest/bundle.js';
import { SpecError } from '../../errors.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { parsePointer, resolvePointer, toPointer } from '../../openapi/pointer.js';
import { resolveLocal } from '../../openapi/refs.js';
import { isMintlifyPage } from '../sources/mintlify.js';
import { isSwagger2 } from '../sources/openapi-version.js';
import { SCHEMA_KEYWORDS } from '../../openapi/schema-keywords.js';
import { canonicalJson } from '../canonical.js';
import type { Pass } from '../pass.js';
import { isDefinitionSuperseded, isExampleFix, isPathOperationMove, type ExampleFix, type NormalizationReport } from '../report.js';
import { getOwn, setOwn } from '../../openapi/own.js';
import { componentSchemas } from '../../openapi/schemas.js';
import { operations } from '../../openapi/operations.js';

export interface Fact {
  kind: 'operation' | 'operation-id' | 'parameter' | 'body' | 'property' | 'required' | 'enum' | 'type' | 'null' | 'bound' | 'keyword' | 'description' | 'example' | 'security';
  key: string;
  /** The example value, for example facts; the requirement's canonical JSON, for security facts. */
  value?: unknown;
  /** Implied by the schema's shape, not stated: it finds a source's fact, and is not one to find. */
  implied?: true;
}

export interface LosslessResult {
  missing: Fact[];
  checked: number;
  /** Facts of definitions the winning source superseded: explained by the report's drift entries, not found. */
  superseded: number;
}

/** Fails the run when any fact of a source, as read, is missing from the result. */
export const lossless: Pass = {
  name: 'lossless',
  run(document, { sources, manifest, report }) {
    const factsOfSources = sources.map(({ loaded }) => {
      const { bundle } = loaded as BundledSource;
      return bundle ? bundledFacts(bundle, loaded.file, manifest.dir, report) : rawFacts(loaded.value);
    });
    const { missing, checked, superseded } = checkFacts(factsOfSources, document, report);
    report.lossless = { checked, missing: missing.length, ...(superseded > 0 ? { superseded } : {}) };
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
  return isMintlifyPage(raw) ? mintlifyFacts(raw) : isSwagger2(raw) ? swagger2Facts(raw) : openApiFacts(raw);
}

function checkFacts(factsOfSources: Fact[][], normalized: JsonObject, report: NormalizationReport): LosslessResult {
  const present = new Set(openApiFacts(normalized).map(factId));
  const exampleFixes = report.transformations.filter(isExampleFix);
  const undone = undoneExamples(collectExamples(normalized), exampleFixes);
  const moved = movedRoutes(report);
  const securityExplained = explainedRequirements(report);
  const renamedIds = renamedOperationIds(report);
  // An operation moved by path-keys.ts and its id rewritten: the id is looked for under the new route.
  const renamedIdFacts = new Set([...renamedIds].map((key) => `operation-id ${key}`));
  const supersededFacts = factsOfSuperseded(report);
  const missing: Fact[] = [];
  let checked = 0;
  let superseded = 0;
  for (const facts of factsOfSources) {
    for (const fact of facts) {
      if (fact.implied) continue;
      checked++;
      if (present.has(factId(fact))) continue;
      if (fact.kind === 'example' && undone.has(fact.key)) continue;
      if (moved.explains(fact, present)) continue;
      if (fact.kind === 'operation-id' && (renamedIds.has(fact.key) || moved.explains(fact, renamedIdFacts))) continue;
      if (fact.kind === 'security' && (securityExplained.has(fact.key) || securityExplained.has(`* ${String(fact.value)}`))) continue;
      if (supersededFacts.has(factId(fact))) {
        superseded++;
        continue;
      }
      missing.push(fact);
    }
  }
  return { missing, checked, superseded };
}

/**
 * The facts of every definition the winning source superseded, read from
 * the report's entries (each holds the definition as its source gave it,
 * at its pointer): a page's fact the result lacks is explained by them.
 */
function factsOfSuperseded(report: NormalizationReport): Set<string> {
  const ids = new Set<string>();
  for (const entry of report.transformations.filter(isDefinitionSuperseded)) {
    const segments = parsePointer(entry.pointer);
    const placed = segments.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), entry.before) as JsonObject;
    for (const fact of openApiFacts(placed)) ids.add(factId(fact));
  }
  return ids;
}

/**
 * `<METHOD> <path> <published id>` of each operationId the manifest renamed
 * (repair/operation-ids.ts records the one it replaced) or that
 * repair/operation-id-characters.ts rewrote.
 */
function renamedOperationIds(report: NormalizationReport): Set<string> {
  const renamed = new Set<string>();
  for (const entry of report.transformations) {
    if ((entry.kind !== 'operation-id-from-manifest' && entry.kind !== 'operation-id-rewritten') || entry.before === undefined) continue;
    const [, path, method] = parsePointer(entry.pointer);
    renamed.add(`${String(method).toUpperCase()} ${path} ${entry.before}`);
  }
  return renamed;
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
    // A published operationId names a shipped method: kept, or renamed by the manifest (operationNames).
    if (typeof operation.operationId === 'string' && operation.operationId !== '') facts.push({ kind: 'operation-id', key: `${op} ${operation.operationId}` });
    // A referenced parameter is known by the one it names (a component, or a file's, in a multi-file source).
    const parameters = [...asArray(pathItem.parameters), ...asArray(operation.parameters)].map((parameter) => resolveLocal(document, parameter));
    for (const parameter of parameters) {
      if (isObject(parameter)) facts.push({ kind: 'parameter', key: `${op} ${String(parameter.in)}:${String(parameter.name)}` });
    }
    for (const text of [operation.summary, operation.description]) pushDescription(facts, text);
    const requestBody = resolveLocal(document, operation.requestBody);
    if (isObject(requestBody)) {
      facts.push({ kind: 'body', key: op });
      // Form fields, as a Swagger 2.0 source states them: formData parameters.
      for (const [mediaType, media] of Object.entries(isObject(requestBody.content) ? requestBody.content : {})) {
        if (!FORM_MEDIA_TYPES.has(mediaType) || !isObject(media)) continue;
        for (const name of formFields(document, media.schema)) facts.push({ kind: 'parameter', key: `${op} formData:${name}` });
      }
    }
    pushSecurityFacts(facts, op, operation, document);
  }
  walkAll(document, (node, key) => {
    if (key === 'description') pushDescription(facts, node);
  });
  const components = componentSchemas(document);
  for (const [name, schema] of Object.entries(components)) schemaFacts(schema, name, facts);
  for (const { path, method, operation } of operations(document)) {
    const op = `${method.toUpperCase()} ${path}`;
    // A body shared by operations is a component (swagger2openapi makes one of a 2.0 body two operations repeat): read through it.
    const requestBody = resolveLocal(document, operation.requestBody);
    const body = isObject(requestBody) && isObject(requestBody.content) ? requestBody.content : {};
    for (const [mediaType, media] of Object.entries(body)) {
      if (isObject(media) && isObject(media.schema) && typeof media.schema.$ref !== 'string') schemaFacts(media.schema, `${op} body ${mediaType}`, facts);
    }
  }
  for (const { value } of collectExamples(document)) facts.push({ kind: 'example', key: canonicalJson(value), value });
  return facts;
}

const FORM_MEDIA_TYPES: ReadonlySet<string> = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * The fields of a form body: its schema's properties, and those of each
 * member of an `anyOf`/`oneOf` (a form body path-keys.ts merged with
 * another's accepts the fields of either).
 */
function formFields(document: JsonObject, schema: unknown): string[] {
  const resolved = resolveLocal(document, schema);
  if (!isObject(resolved)) return [];
  const members = [...asArray(resolved.anyOf), ...asArray(resolved.oneOf)].map((member) => resolveLocal(document, member)).filter(isObject);
  return [...new Set([resolved, ...members].flatMap((member) => (isObject(member.properties) ? Object.keys(member.properties) : [])))];
}

/**
 * Facts of a Swagger 2.0 document, read in its own shape: parameters
 * (`$ref`s to `#/parameters` followed), a `body` parameter as the request
 * body with its schema's properties under each media type it `consumes`,
 * `definitions` as the component schemas, and response `examples`, a map
 * of media types to values.
 */
function swagger2Facts(document: JsonObject): Fact[] {
  const facts: Fact[] = [];
  const consumes = asArray(document.consumes);
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of SWAGGER_2_METHODS) {
      const operation = getOwn(pathItem, method);
      if (!isObject(operation)) continue;
      const op = `${method.toUpperCase()} ${path}`;
      facts.push({ kind: 'operation', key: op });
      for (const text of [operation.summary, operation.description]) pushDescription(facts, text);
      pushSecurityFacts(facts, op, operation, document);
      const parameters = [...asArray(pathItem.parameters), ...asArray(operation.parameters)].map((parameter) => resolveLocal(document, parameter));
      for (const parameter of parameters) {
        if (!isObject(parameter)) continue;
        if (parameter.in !== 'body') {
          facts.push({ kind: 'parameter', key: `${op} ${String(parameter.in)}:${String(parameter.name)}` });
          continue;
        }
        facts.push({ kind: 'body', key: op });
        const mediaTypes = Array.isArray(operation.consumes) ? operation.consumes : consumes.length > 0 ? consumes : ['application/json'];
        if (isObject(parameter.schema) && typeof parameter.schema.$ref !== 'string') {
          for (const mediaType of mediaTypes) schemaFacts(parameter.schema, `${op} body ${String(mediaType)}`, facts);
        }
      }
    }
  }
  walkAll(document, (node, key, parent) => {
    if (key === 'description') pushDescription(facts, node);
    // A Response Object's examples map media types to values ({value} is an Example Object only from 3.0 on).
    if (key === 'examples' && isObject(node) && isObject(parent) && 'description' in parent) {
      for (const value of Object.values(node)) facts.push({ kind: 'example', key: canonicalJson(value), value });
    }
  });
  const definitions = isObject(document.definitions) ? document.definitions : {};
  for (const [name, schema] of Object.entries(definitions)) schemaFacts(schema, name, facts);
  walkAll(document, (node, key) => {
    if (key === 'example') facts.push({ kind: 'example', key: canonicalJson(node), value: node });
  });
  return facts;
}

const SWAGGER_2_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

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

/**
 * Security facts (`GET /a {"bearer":[]}`) the report explains: a requirement
 * dropped from an operation, and (as `* {"bearer":[]}`, for every
 * operation) one dropped from the document's list or replaced by the
 * manifest's.
 */
function explainedRequirements(report: NormalizationReport): Set<string> {
  const explained = new Set<string>();
  for (const entry of report.transformations) {
    if (entry.kind === 'merge-document-security-replaced') for (const requirement of asArray(entry.before)) explained.add(`* ${canonicalJson(requirement)}`);
    if (entry.kind !== 'security-requirement-dropped') continue;
    const [root, path, method] = parsePointer(entry.pointer);
    if (root === 'security') explained.add(`* ${canonicalJson(entry.before)}`);
    else if (root === 'paths' && method !== undefined) explained.add(`${method.toUpperCase()} ${path} ${canonicalJson(entry.before)}`);
  }
  return explained;
}

/** What an operation requires: its own list, else the document's (none: no fact). Swagger 2.0 and OpenAPI state it alike. */
function pushSecurityFacts(facts: Fact[], op: string, operation: JsonObject, document: JsonObject): void {
  const security = Array.isArray(operation.security) ? operation.security : asArray(document.security);
  for (const requirement of security) facts.push({ kind: 'security', key: `${op} ${canonicalJson(requirement)}`, value: canonicalJson(requirement) });
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
    schemaFacts(member, owner, facts, MINTLIFY_SHAPE);
  }
  const components = componentSchemas(document);
  for (const [name, schema] of Object.entries(components)) schemaFacts(schema, name, facts, MINTLIFY_SHAPE);
  for (const { value } of collectExamples(document)) facts.push({ kind: 'example', key: canonicalJson(value), value });
  return facts;
}

/** Mintlify's schema fields (`refIdentifier`, `isRequired`…) are its page format, not keywords: the conversion reads them. */
const MINTLIFY_SHAPE = { keywords: false };

/** Property names, enum values and constraints by their path of property names; combinators are transparent. */
function schemaFacts(schema: unknown, owner: string, facts: Fact[], { keywords } = { keywords: true }): void {
  const visit = (node: unknown, path: string): void => {
    if (!isObject(node)) return;
    for (const value of asArray(node.enum)) facts.push({ kind: 'enum', key: `${owner}${path} = ${JSON.stringify(value)}` });
    if ('const' in node) facts.push({ kind: 'enum', key: `${owner}${path} = ${JSON.stringify(node.const)}` });
    constraintFacts(node, `${owner}${path}`, facts, keywords);
    if (isObject(node.properties)) {
      for (const [name, property] of Object.entries(node.properties)) {
        facts.push({ kind: 'property', key: `${owner}${path}.${name}` });
        // Required by the parent's list, or (draft 3, influxdata) by its own `required: true`.
        if (asArray(node.required).includes(name) || getOwn(property, 'required') === true) facts.push({ kind: 'required', key: `${owner}${path}.${name}` });
        visit(property, `${path}.${name}`);
      }
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) for (const member of asArray(node[keyword])) visit(member, path);
    // A tuple, as published (an `items` list, `additionalItems` for the positions after it) or as 3.1 says it (`prefixItems`, then `items`).
    const tuple = tupleOf(node);
    tuple?.positions.forEach((member, index) => {
      facts.push({ kind: 'property', key: `${owner}${path}[${index}]` });
      visit(member, `${path}[${index}]`);
    });
    if (tuple?.rest === false) facts.push({ kind: 'keyword', key: `${owner}${path} no items after the tuple` });
    visit(tuple ? tuple.rest : node.items, `${path}[]`);
    if (isObject(node.additionalProperties)) visit(node.additionalProperties, `${path}{}`);
  };
  visit(schema, '');
}

/**
 * A schema's tuple: its positions' schemas and what the positions after
 * them hold, read from an `items` list with `additionalItems` (drafts before
 * 2020-12) or from `prefixItems` with `items` (2020-12); undefined for none.
 */
function tupleOf(node: JsonObject): { positions: unknown[]; rest: unknown } | undefined {
  if (Array.isArray(node.prefixItems)) return { positions: node.prefixItems, rest: node.items };
  if (Array.isArray(node.items)) return { positions: node.items, rest: node.additionalItems };
  return undefined;
}

/** Keywords read for their meaning by `constraintFacts`, not as keywords. */
const BOUND_KEYWORDS: ReadonlyArray<[keyword: string, relation: string]> = [
  ['minimum', '>='], ['maximum', '<='], ['ge', '>='], ['le', '<='], ['gt', '>'], ['lt', '<'],
];

/**
 * What a schema node allows, by meaning: `null` (a 3.0 `nullable`, a 2.0
 * `x-nullable`, a `null` type; a `{type: 'null'}` branch is found when the
 * combinator is read), numeric bounds whatever their spelling, and every
 * key that is no schema keyword, under its name without `x-` (the
 * schema-keywords pass keeps an unknown `k` as `x-k`; an extension written
 * as such is read as itself too). A keyword's value is part of its fact.
 */
function constraintFacts(node: JsonObject, at: string, facts: Fact[], keywords: boolean): void {
  const types = asArray(node.type).concat(typeof node.type === 'string' ? [node.type] : []);
  // Each type but null (read above, as its own fact); Swagger 2.0's `file` is the binary string 3.x says instead.
  for (const type of new Set(types)) if (type !== 'null') facts.push({ kind: 'type', key: `${at} ${type === 'file' ? 'string' : String(type)}` });
  if (node.nullable === true || node['x-nullable'] === true || types.includes('null')) facts.push({ kind: 'null', key: at });
  // A schema asserting nothing that rejects null allows it (the nullable pass then removes a `nullable: true` as said already).
  else if (!NULL_REJECTING_KEYWORDS.some((keyword) => Object.hasOwn(node, keyword))) facts.push({ kind: 'null', key: at, implied: true });
  for (const [keyword, inclusive] of BOUND_KEYWORDS) {
    for (const spelling of [keyword, `x-${keyword}`]) {
      const limit = getOwn(node, spelling);
      if (typeof limit !== 'number') continue;
      const exclusive = getOwn(node, keyword === 'minimum' ? 'exclusiveMinimum' : keyword === 'maximum' ? 'exclusiveMaximum' : '') === true;
      facts.push({ kind: 'bound', key: `${at} ${exclusive ? inclusive.slice(0, 1) : inclusive} ${limit}` });
    }
  }
  for (const [keyword, relation] of [['exclusiveMinimum', '>'], ['exclusiveMaximum', '<']] as const) {
    if (typeof node[keyword] === 'number') facts.push({ kind: 'bound', key: `${at} ${relation} ${String(node[keyword])}` });
  }
  for (const [key, value] of keywords ? Object.entries(node) : []) {
    const name = key.startsWith('x-') ? key.slice(2) : key;
    // An extension named like a keyword is a converter's (2.0's `x-nullable`, `x-anyOf`): read for its meaning, if any.
    if (SCHEMA_KEYWORDS.has(name) || MEANT_KEYWORDS.has(name)) continue;
    // Beside an `items` list, `additionalItems` is the tuple's rest, read with it by `schemaFacts`.
    if (key === 'additionalItems' && Array.isArray(node.items)) continue;
    facts.push({ kind: 'keyword', key: `${at} ${name}=${canonicalJson(value).slice(0, 200)}` });
  }
}

const NULL_REJECTING_KEYWORDS = ['type', 'enum', 'const', '$ref', '$dynamicRef', 'allOf', 'anyOf', 'oneOf', 'not', 'if'];

/** Keys whose facts are their meaning (null, bounds), read above. */
const MEANT_KEYWORDS: ReadonlySet<string> = new Set(['nullable', 'ge', 'le', 'gt', 'lt']);

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
      ((fix.kind === 'example-invalid-value-dropped' || fix.kind === 'example-placeholder-dropped') && current === undefined) ||
      ((fix.kind === 'example-invalid-value-replaced' || fix.kind === 'example-placeholder-replaced') && isDeepStrictEqual(current, fix.after));
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
