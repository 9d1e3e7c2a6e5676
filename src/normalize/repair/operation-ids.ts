/**
 * Every operation gets a stable operationId, and no two share one: this is
 * the one place both are decided, on the whole document (the sources
 * merged, the overlays applied). In order:
 *
 * 1. The manifest's `operationNames` name operations by `"<METHOD> <path>"`
 *    or by their published operationId; a key naming no operation fails at
 *    its manifest line.
 * 2. Published ids (or ids set by an overlay) are kept: changing one would
 *    rename a shipped method. A duplicate is an error naming the source file
 *    and line of each id a source published.
 * 3. Missing ones are derived as a person would name the method
 *    (operation-names.ts: `List applications` → listApplications, else
 *    method and path). A derived name another operation already has is
 *    qualified with a segment of its path, then numbered, in document
 *    order, and the collision is reported.
 */
import { SpecError } from '../../errors.js';
import type { JsonObject } from '../../openapi/types.js';
import { resolvePointer, toPointer } from '../../openapi/pointer.js';
import { operations, type PathOperation } from '../../openapi/operations.js';
import type { ApiContext, ConvertedSource, Located, Pass } from '../pass.js';
import { deriveOperationName, joinWords, qualifiedNames } from './operation-names.js';

export const operationIds: Pass = {
  name: 'operation-ids',
  run(document, context) {
    assignOperationIds(document, context);
    return document;
  },
};

function assignOperationIds(document: JsonObject, context: ApiContext): void {
  const found = operations(document);
  const named = applyManifestNames(found, context);
  checkPublishedIds(found, named, context);
  const taken = new Set(found.map(({ operation }) => operation.operationId).filter(isPublished));
  for (const { path, method, operation } of found) {
    if (isPublished(operation.operationId)) continue;
    const pointer = toPointer(['paths', path, method, 'operationId']);
    const { words, from } = deriveOperationName(method, path, operation.summary);
    const wanted = joinWords(words);
    const id = freeName(wanted, qualifiedNames(words, path).map(joinWords), taken);
    taken.add(id);
    operation.operationId = id;
    const reason = from === 'summary' ? 'no operationId published; derived from the summary' : 'no operationId published; derived from method and path';
    context.report.record({ kind: 'operation-id-derived', pointer, reason });
    if (id !== wanted) {
      context.report.record({ kind: 'operation-id-qualified', pointer, before: wanted, after: id, reason: `another operation is named ${wanted}: qualified with its path, then numbered` });
    }
  }
}

function isPublished(id: unknown): id is string {
  return typeof id === 'string' && id !== '';
}

/** `wanted` if free, else the first free qualified name, else the first free `<name>2`, `<name>3`… */
function freeName(wanted: string, qualified: readonly string[], taken: ReadonlySet<string>): string {
  const free = [wanted, ...qualified].find((name) => !taken.has(name));
  if (free !== undefined) return free;
  let suffix = 2;
  while (taken.has(`${wanted}${suffix}`)) suffix++;
  return `${wanted}${suffix}`;
}

/**
 * The manifest's names, set on their operations (a route key first, then a
 * published id). Returns, per operation it named, where the manifest says so.
 */
function applyManifestNames(found: readonly PathOperation[], { manifest, report }: ApiContext): Map<PathOperation, Located> {
  const names = manifest.operationNames ?? {};
  const unused = new Set(Object.keys(names));
  const named = new Map<PathOperation, Located>();
  for (const entry of found) {
    const { path, method, operation } = entry;
    const route = `${method.toUpperCase()} ${path}`;
    const published = isPublished(operation.operationId) ? operation.operationId : undefined;
    const key = [route, published].find((candidate) => candidate !== undefined && unused.has(candidate));
    if (key === undefined) continue;
    unused.delete(key);
    const pointer = toPointer(['paths', path, method, 'operationId']);
    report.record({ kind: 'operation-id-from-manifest', pointer, ...(published === undefined ? {} : { before: published }), after: names[key]!, reason: `named in the manifest (operationNames "${key}")` });
    operation.operationId = names[key]!;
    named.set(entry, { file: manifest.file, location: manifest.locate(toPointer(['operationNames', key])) });
  }
  for (const key of unused) {
    throw new SpecError(manifest.file, manifest.locate(toPointer(['operationNames', key])), `operationNames "${key}" names no operation of the document: expected "<METHOD> <path>" or a published operationId, one key per operation`);
  }
  return named;
}

/** No two operations share a published (or manifest-given) id; the error names where each was written. */
function checkPublishedIds(found: readonly PathOperation[], named: ReadonlyMap<PathOperation, Located>, { sources, locate }: ApiContext): void {
  const owners = new Map<string, string>();
  for (const entry of found) {
    const { path, method, operation } = entry;
    if (!isPublished(operation.operationId)) continue;
    const id = operation.operationId;
    const pointer = toPointer(['paths', path, method, 'operationId']);
    const publisher = named.has(entry) ? undefined : sourcePublishing(sources, pointer, id);
    const owner = owners.get(id);
    if (owner) {
      const { file, location } = named.get(entry) ?? publisher?.locate(pointer) ?? locate(pointer);
      throw new SpecError(file, location, `duplicate operationId "${id}" (also ${owner}): operationIds must be unique`);
    }
    const operationName = `${method.toUpperCase()} ${path}`;
    owners.set(id, publisher && sources.length > 1 ? `${operationName} in ${publisher.file}` : operationName);
  }
}

/** The source that published this id at this pointer (merging keeps one path and method to one source). */
function sourcePublishing(sources: readonly ConvertedSource[], pointer: string, id: string): ConvertedSource | undefined {
  return sources.find((source) => resolvePointer(source.document, pointer) === id);
}
