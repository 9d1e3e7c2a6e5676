/**
 * Path keys that are not one path template each, decided by shape so that
 * every operation stays callable with the URL its vendor serves.
 *
 * A client calls an operation by its path key (openapi-fetch's
 * `client.GET('/path', …)` and the generated methods), so the key must be
 * exactly the URL path:
 * - A fragment (`/oauth2/token#refresh`, `/v1/conversations#stream`) never
 *   reaches the server, and openapi-fetch appends the query string after it,
 *   where it would be cut off with the fragment. It is dropped.
 * - A query string (`/responses?beta=true`) becomes required query
 *   parameters with those values (`const`), so the client still sends them.
 * - Keys that differ only by parameter names (`/Contacts/{ContactID}` and
 *   `/Contacts/{ContactNumber}`) are one URL, which OpenAPI forbids: they
 *   become one key, the one with the most operations (then one published
 *   without fragment or query, then the first), with path parameters
 *   renamed by position.
 * Two operations that then share a key and method are one route, merged
 *   into one when that is safe (same-route.ts says what safe means: the
 *   client can still tell which answer belongs to which request): the
 *   merged operation accepts every request either accepted and documents
 *   every response either documented (parameters, bodies and responses
 *   unioned, `anyOf` where schemas differ; what only one of them requires
 *   becomes optional). It keeps the id and texts of the operation already
 *   on the key; the other is in the report as published. When no merge is
 *   safe the run fails naming both and the manifest setting (`pathKeys:
 *   {<key>: merge}`) that merges them anyway.
 * Each move and merge is recorded with the operation's old and new route,
 * so the lossless proof finds every published operation under its new key.
 */
import { isDeepStrictEqual } from 'node:util';
import { SpecError } from '../../errors.js';
import { resolvePointer, toPointer } from '../../openapi/pointer.js';
import type { Located } from '../pass.js';
import { resolveLocal } from '../../openapi/refs.js';
import { getOwn, setOwn } from '../../openapi/own.js';
import { HTTP_METHODS, isObject, type HttpMethod, type JsonObject } from '../../openapi/types.js';
import { canonicalJson } from '../canonical.js';
import type { ApiContext, Pass } from '../pass.js';
import { mergeVerdict, publishedOperation, withoutTexts, type PublishedOperation } from './same-route.js';

export const pathKeys: Pass = {
  name: 'path-keys',
  run(document, context) {
    if (isObject(document.paths)) rewritePathKeys(document, document.paths, context);
    return document;
  },
};

/** A published path key, taken apart. */
interface PathKey {
  key: string;
  /** The path template: the key without fragment and query. */
  base: string;
  query: string;
  fragment: string;
  /** The template with parameter names erased: keys of one shape are one URL. */
  shape: string;
  /** Path parameter names, in order. */
  names: string[];
  item: JsonObject;
}

const TEMPLATE = /\{([^}]*)\}/g;

export function parsePathKey(key: string, item: JsonObject): PathKey {
  const hash = key.indexOf('#');
  const beforeHash = hash < 0 ? key : key.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const base = question < 0 ? beforeHash : beforeHash.slice(0, question);
  return {
    key,
    base,
    query: question < 0 ? '' : beforeHash.slice(question + 1),
    fragment: hash < 0 ? '' : key.slice(hash + 1),
    shape: base.replace(TEMPLATE, '{}'),
    names: [...base.matchAll(TEMPLATE)].map((match) => match[1]!),
    item,
  };
}

function rewritePathKeys(document: JsonObject, paths: JsonObject, context: ApiContext): void {
  const groups = new Map<string, PathKey[]>();
  for (const [key, item] of Object.entries(paths)) {
    if (key.startsWith('x-') || !isObject(item)) continue;
    const parsed = parsePathKey(key, item);
    const group = groups.get(parsed.shape);
    if (group) group.push(parsed);
    else groups.set(parsed.shape, [parsed]);
  }
  checkManifestKeys(paths, context);
  // Each operation that others joined, with those it holds as published: a newcomer must be safe beside each.
  const joined = new Map<JsonObject, Published[]>();
  for (const group of groups.values()) {
    if (group.length === 1 && group[0]!.key === group[0]!.base) continue;
    const target = targetOf(group);
    const targetItem: JsonObject = group.find((member) => member.key === target.base)?.item ?? {};
    for (const member of group) {
      if (member.key === target.base) continue;
      if (typeof member.item.$ref === 'string') {
        const { file, location } = publisher(toPointer(['paths', member.key]), context);
        throw new SpecError(file, location, `path key ${JSON.stringify(member.key)} must become ${JSON.stringify(target.base)}, but its Path Item is a $ref: inline it with an overlay`);
      }
      moveOperations(document, member, target, targetItem, joined, context);
      delete paths[member.key];
    }
    setOwn(paths, target.base, targetItem);
  }
}

/** The source that published `pointer` and where in it, for errors; the manifest once no source has it (an overlay added it). */
function publisher(pointer: string, { sources, locate }: ApiContext): Located {
  const source = sources.find((candidate) => resolvePointer(candidate.document, pointer) !== undefined);
  return source ? source.locate(pointer) : locate(pointer);
}

/**
 * A `pathKeys` entry naming no key of the document is a warning, not an
 * error: the key is gone once normalized, and normalizing a normalized
 * document must succeed.
 */
function checkManifestKeys(paths: JsonObject, { manifest, report }: ApiContext): void {
  for (const key of Object.keys(manifest.pathKeys ?? {})) {
    if (!Object.hasOwn(paths, key)) report.warn({ kind: 'path-key-setting-unused', pointer: toPointer(['pathKeys', key]), message: `manifest pathKeys names ${JSON.stringify(key)}, which is not a path key of the document` });
  }
}

/** The key a group ends under: most operations, then a clean published key, then the first. */
function targetOf(group: PathKey[]): PathKey {
  const count = (member: PathKey) => HTTP_METHODS.filter((method) => isObject(member.item[method])).length;
  const clean = (member: PathKey) => (member.key === member.base ? 1 : 0);
  return group.reduce((best, member) => (count(member) > count(best) || (count(member) === count(best) && clean(member) > clean(best)) ? member : best));
}

function moveOperations(document: JsonObject, member: PathKey, target: PathKey, targetItem: JsonObject, joined: Map<JsonObject, Published[]>, context: ApiContext): void {
  const renamed: Record<string, string> = {};
  member.names.forEach((name, index) => {
    if (name !== target.names[index]) renamed[name] = target.names[index]!;
  });
  const why = [
    member.fragment !== '' ? 'a fragment never reaches the server (and openapi-fetch would cut the query string off with it)' : '',
    member.query !== '' ? 'the query string of the key is sent as required query parameters' : '',
    Object.keys(renamed).length > 0 ? 'keys differing only by parameter names are one URL; path parameters renamed by position' : '',
  ].filter(Boolean).join('; ');
  // What belongs to the Path Item rather than its operations goes along with each operation or to the target.
  for (const field of ['summary', 'description', 'servers'] as const) {
    if (member.item[field] !== undefined && targetItem[field] === undefined) targetItem[field] = member.item[field];
  }
  for (const method of HTTP_METHODS) {
    const published = member.item[method];
    if (!isObject(published)) continue;
    const operation: JsonObject = { ...published, parameters: ownParameters(document, member.item.parameters, published.parameters, renamed) };
    addQueryParameters(document, operation, member, method, context);
    if (member.item.servers !== undefined && operation.servers === undefined && targetItem.servers !== member.item.servers) operation.servers = member.item.servers;
    if ((operation.parameters as unknown[]).length === 0) delete operation.parameters;
    const from = `${method.toUpperCase()} ${member.key}`;
    const to = `${method.toUpperCase()} ${target.base}`;
    const pointer = toPointer(['paths', target.base, method]);
    const existing = targetItem[method];
    if (!isObject(existing)) {
      targetItem[method] = operation;
      context.report.record({ kind: 'path-operation-moved', pointer, reason: why, from, to, renamed });
      continue;
    }
    const consented = context.manifest.pathKeys?.[member.key] === 'merge';
    const earlier = joined.get(existing) ?? [readPublished(document, existing, effectiveParameters(document, targetItem, existing))];
    const incoming = readPublished(document, operation, resolvedList(document, operation.parameters));
    const alone = earlier.every(({ route }) => route === incoming.route);
    const verdict = alone ? { safe: true, why: 'they differ only in path parameters, texts and ids' } : mergeVerdict(document, earlier.map(({ checks }) => checks), incoming.checks);
    if (!consented && !verdict.safe) {
      const ours = toPointer(['paths', member.key, method]);
      const { file, location } = publisher(ours, context);
      throw new SpecError(
        file,
        location,
        `${from} (#${ours}) and ${to} (#${pointer}) are one URL and method, and no merge is safe: ${verdict.why}; merge them anyway with \`pathKeys: {${JSON.stringify(member.key)}: merge}\` in the manifest, or change one with an overlay`,
      );
    }
    if (!joined.has(existing)) joined.set(existing, earlier);
    earlier.push(incoming);
    mergeOperations(document, targetItem, existing, operation, renamed);
    context.report.record({
      kind: 'path-operations-merged',
      pointer,
      reason: `${why}; ${from} is the same route as ${to}, so the two are one operation, which keeps ${to}'s id and texts and accepts and answers what either did (${consented && !verdict.safe ? 'the manifest says merge: parameters, bodies and responses unioned' : verdict.why})`,
      from,
      to,
      renamed,
      before: published,
    });
  }
}

/**
 * The operation's parameters with the Path Item's pushed down (the
 * operation's own win, by location and name) and its path parameters
 * renamed; a renamed `$ref` parameter becomes a copy of its target.
 */
function ownParameters(document: JsonObject, itemParameters: unknown, operationParameters: unknown, renamed: Record<string, string>): unknown[] {
  const own = Array.isArray(operationParameters) ? operationParameters : [];
  const identity = (parameter: unknown) => {
    const resolved = resolveLocal(document, parameter);
    return isObject(resolved) ? `${String(resolved.in)}:${String(resolved.name)}` : '';
  };
  const overridden = new Set(own.map(identity));
  const inherited = (Array.isArray(itemParameters) ? itemParameters : []).filter((parameter) => !overridden.has(identity(parameter)));
  return [...inherited, ...own].map((parameter) => {
    const resolved = resolveLocal(document, parameter);
    if (!isObject(resolved) || resolved.in !== 'path' || typeof resolved.name !== 'string' || !Object.hasOwn(renamed, resolved.name)) return parameter;
    return { ...resolved, name: renamed[resolved.name] };
  });
}

/** `?beta=true` → a required query parameter `beta` with `const: "true"`; a parameter of that name already there has no safe choice. */
function addQueryParameters(document: JsonObject, operation: JsonObject, member: PathKey, method: HttpMethod, context: ApiContext): void {
  if (member.query === '') return;
  const parameters = operation.parameters as unknown[];
  for (const [name, value] of new URLSearchParams(member.query)) {
    const clash = parameters.some((parameter) => {
      const resolved = resolveLocal(document, parameter);
      return isObject(resolved) && resolved.in === 'query' && resolved.name === name;
    });
    if (clash) {
      const { file, location } = publisher(toPointer(['paths', member.key, method]), context);
      throw new SpecError(file, location, `path key ${JSON.stringify(member.key)} fixes query parameter "${name}", which the operation also declares: change one with an overlay`);
    }
    parameters.push({ name, in: 'query', required: true, schema: { type: 'string', const: value } });
  }
}

/** An operation as published, read once: what same-route.ts checks, and its route shape. */
interface Published {
  checks: PublishedOperation;
  /**
   * The operation as a client sees it, but for its path parameters
   * (matched by position, so their names and schemas may differ), texts
   * (summary, description, examples) and ids: operations with the same
   * route shape are one.
   */
  route: string;
}

function readPublished(document: JsonObject, operation: JsonObject, parameters: JsonObject[]): Published {
  return { checks: publishedOperation(document, operation, parameters), route: canonicalJson(routeShape(document, parameters, operation)) };
}

function routeShape(document: JsonObject, parameters: JsonObject[], operation: JsonObject): unknown {
  const { parameters: _ignored, ...rest } = operation;
  const kept = parameters.filter((parameter) => parameter.in !== 'path').sort((a, b) => `${String(a.in)}:${String(a.name)}`.localeCompare(`${String(b.in)}:${String(b.name)}`));
  return withoutTexts({ ...rest, requestBody: resolveLocal(document, rest.requestBody), parameters: kept });
}

function resolvedList(document: JsonObject, parameters: unknown): JsonObject[] {
  return (Array.isArray(parameters) ? parameters : []).map((parameter) => resolveLocal(document, parameter)).filter(isObject);
}

/** The parameters that apply to an operation of `item`: its own, then the Path Item's it does not override. */
function effectiveParameters(document: JsonObject, item: JsonObject, operation: JsonObject): JsonObject[] {
  const own = resolvedList(document, operation.parameters);
  const names = new Set(own.map((parameter) => `${String(parameter.in)}:${String(parameter.name)}`));
  return [...own, ...resolvedList(document, item.parameters).filter((parameter) => !names.has(`${String(parameter.in)}:${String(parameter.name)}`))];
}

/**
 * `incoming` merged into `existing` (in place): a parameter both have
 * accepts either schema and is required only if both require it; one only
 * one has is optional; request bodies and responses keep every media type,
 * a schema both give differently becoming `anyOf` of the two; security
 * allows what either allowed. Texts and the id stay `existing`'s.
 */
function mergeOperations(document: JsonObject, item: JsonObject, existing: JsonObject, incoming: JsonObject, renamed: Record<string, string>): void {
  // A renamed path parameter is documented under the name it was published with.
  const publishedName = new Map(Object.entries(renamed).map(([published, name]) => [name, published]));
  const theirs = resolvedList(document, incoming.parameters);
  const ours = effectiveParameters(document, item, existing);
  const id = (parameter: JsonObject) => `${String(parameter.in)}:${String(parameter.name)}`;
  const merged: JsonObject[] = [];
  for (const parameter of ours) {
    const other = theirs.find((candidate) => id(candidate) === id(parameter));
    if (other && isDeepStrictEqual(other, parameter)) continue;
    const result: JsonObject = { ...parameter };
    if (!other) {
      if (parameter.in === 'path' || parameter.required !== true) continue;
      result.required = false;
    } else {
      if (parameter.in !== 'path') result.required = parameter.required === true && other.required === true;
      if (!isDeepStrictEqual(parameter.schema, other.schema) && parameter.schema !== undefined && other.schema !== undefined) {
        const otherName = parameter.in === 'path' ? (publishedName.get(String(other.name)) ?? other.name) : other.name;
        // A parameter already merged keeps one flat anyOf: a hundred keys on one route nest no deeper.
        const members = isUnion(parameter.schema) ? (parameter.schema.anyOf as unknown[]) : [described(parameter, parameter.name)];
        result.schema = { anyOf: [...members, described(other, otherName)] };
      }
    }
    merged.push(result);
  }
  for (const parameter of theirs) {
    if (!ours.some((candidate) => id(candidate) === id(parameter))) merged.push(parameter.in === 'path' ? parameter : { ...parameter, required: false });
  }
  if (merged.length > 0) {
    const replaced = new Set(merged.map(id));
    const kept = (Array.isArray(existing.parameters) ? existing.parameters : []).filter((parameter) => {
      const resolved = resolveLocal(document, parameter);
      return !(isObject(resolved) && replaced.has(id(resolved)));
    });
    existing.parameters = [...kept, ...merged];
  }
  mergeBodies(document, existing, incoming);
  mergeResponses(document, existing, incoming);
  if (!isDeepStrictEqual(existing.security, incoming.security) && (existing.security !== undefined || incoming.security !== undefined)) {
    const alternatives = [...asList(existing.security ?? document.security), ...asList(incoming.security ?? document.security)];
    existing.security = alternatives.filter((alternative, index) => alternatives.findIndex((other) => isDeepStrictEqual(other, alternative)) === index);
  }
  const tags = [...asList(existing.tags), ...asList(incoming.tags)];
  if (tags.length > 0) existing.tags = [...new Set(tags)];
}

/** A parameter's schema carrying the parameter's name and description, as one member of the merged `anyOf`. */
function described(parameter: JsonObject, name: unknown): JsonObject {
  const schema = isObject(parameter.schema) ? parameter.schema : {};
  return { title: name, ...(typeof parameter.description === 'string' ? { description: parameter.description } : {}), ...schema };
}

function mergeBodies(document: JsonObject, existing: JsonObject, incoming: JsonObject): void {
  const ours = resolveLocal(document, existing.requestBody);
  const theirs = resolveLocal(document, incoming.requestBody);
  if (!isObject(theirs)) {
    if (isObject(ours) && ours.required === true) existing.requestBody = { ...ours, required: false };
    return;
  }
  if (!isObject(ours)) {
    existing.requestBody = { ...theirs, required: false };
    return;
  }
  if (isDeepStrictEqual(ours, theirs)) return;
  existing.requestBody = { ...ours, required: ours.required === true && theirs.required === true, content: mergeContent(ours.content, theirs.content) };
}

function mergeResponses(document: JsonObject, existing: JsonObject, incoming: JsonObject): void {
  const ours = isObject(existing.responses) ? existing.responses : {};
  const theirs = isObject(incoming.responses) ? incoming.responses : {};
  const merged: JsonObject = { ...ours };
  for (const [status, response] of Object.entries(theirs)) {
    const mine = getOwn(ours, status);
    if (mine === undefined) {
      setOwn(merged, status, response);
      continue;
    }
    const a = resolveLocal(document, mine);
    const b = resolveLocal(document, response);
    if (!isObject(a) || !isObject(b) || isDeepStrictEqual(a, b)) continue;
    setOwn(merged, status, { ...a, headers: { ...(isObject(b.headers) ? b.headers : {}), ...(isObject(a.headers) ? a.headers : {}) }, content: mergeContent(a.content, b.content) });
    const result = getOwn(merged, status) as JsonObject;
    for (const field of ['headers', 'content'] as const) if (isObject(result[field]) && Object.keys(result[field] as JsonObject).length === 0) delete result[field];
  }
  existing.responses = merged;
}

/** Media types of both; a media type both give with schemas that differ in more than texts accepts either (`anyOf`). */
function mergeContent(ours: unknown, theirs: unknown): JsonObject {
  const merged: JsonObject = { ...(isObject(ours) ? ours : {}) };
  for (const [type, media] of Object.entries(isObject(theirs) ? theirs : {})) {
    const mine = getOwn(merged, type);
    if (!isObject(mine)) {
      setOwn(merged, type, media);
      continue;
    }
    // Schemas that differ only in texts are one schema: the kept operation's texts stay, the other's are in the report.
    // (A union a merge wrote is not compared: same-route.ts compared the published answers, once each.)
    if (!isObject(media) || media.schema === undefined || (!isUnion(mine.schema) && canonicalJson(withoutTexts(mine.schema)) === canonicalJson(withoutTexts(media.schema)))) continue;
    const members = isUnion(mine.schema) ? (mine.schema.anyOf as unknown[]) : [mine.schema];
    setOwn(merged, type, { ...mine, schema: mine.schema === undefined ? media.schema : { anyOf: [...members, media.schema] } });
  }
  return merged;
}

/** A schema that is nothing but an `anyOf` (as a merge writes it). */
function isUnion(schema: unknown): schema is { anyOf: unknown[] } {
  return isObject(schema) && Array.isArray(schema.anyOf) && Object.keys(schema).length === 1;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
