/**
 * Merges the OpenAPI fragments of one API (in manifest order) into one
 * document. Nothing is dropped or overwritten silently: a path+method or a
 * component defined twice with different content is an error naming both
 * files, unless the manifest declares a rename for it, or one of the two
 * sources is the API's winning source (`wins: true`, the vendor's complete
 * document): then the winner's definition is kept and the other is recorded
 * as superseded with every disagreement (documentation drift,
 * supersede.ts). The winner is merged first, so its info, servers and tags
 * lead. Document-level security is not merged (security.ts), and
 * operationIds are checked once, whole, after the overlays
 * (repair/operation-ids.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { SpecError } from '../../errors.js';
import { HTTP_METHODS, isObject, type JsonObject } from '../../openapi/types.js';
import { toPointer } from '../../openapi/pointer.js';
import type { Pass, SourceFragment } from '../pass.js';
import type { NormalizationReport } from '../report.js';
import { canonicalJson } from '../canonical.js';
import { getOwn, ownObject, setOwn } from '../../openapi/own.js';
import { disagreements } from './supersede.js';
import { dropOrphansOfSuperseded } from './orphans.js';

/** `renames["raw/a.md#/components/schemas/Foo"] = "FooV2"` */
export type ComponentRenames = Record<string, string>;

export const merge: Pass = {
  name: 'merge',
  run: (document, { sources, manifest, report }) => mergeSources(document, sources, manifest.renames, report, manifest.sources.find((source) => source.wins)?.file),
};

/** `sources` merged into `document`, in order, the `winner` (a source's file) first. */
export function mergeSources(document: JsonObject, sources: readonly SourceFragment[], renames: ComponentRenames, report: NormalizationReport, winner?: string): JsonObject {
  const merged: JsonObject = { openapi: '3.1.0', paths: {}, components: {}, ...document };
  const ordered = [...sources.filter((source) => source.file === winner), ...sources.filter((source) => source.file !== winner)];
  const winning = ordered[0]?.file === winner ? ordered[0] : undefined;
  /** Whether a definition `file` gives at `pointer` yields to the winner's (which is already merged): recorded, then skipped. */
  const superseded = (file: string, document: JsonObject, pointer: string, owner: string | undefined, value: unknown, kept: unknown): boolean => {
    if (!winning || owner !== winning.file || file === winning.file) return false;
    const { listed, count } = disagreements(value, document, kept, winning.document);
    report.record({
      kind: 'source-definition-superseded',
      source: file,
      winner: winning.file,
      pointer,
      reason: `${winning.file} wins (manifest: wins: true): ${count === 0 ? 'the same once references are followed' : `${count} disagreement${count === 1 ? '' : 's'} with it`}`,
      before: structuredClone(value),
      count,
      disagreements: listed,
    });
    return true;
  };
  const pathOwners = new Map<string, string>();
  const componentOwners = new Map<string, string>();
  const unusedRenames = new Set(Object.keys(renames));

  const rootOwners = new Map<string, string>();
  const losing = new Map<string, JsonObject>();
  for (const source of ordered) {
    const { file } = source;
    const fail = (pointer: string, reason: string): never => {
      const { file: shown, location } = source.locate(pointer);
      throw new SpecError(shown, location, reason);
    };
    const document = applyRenames(file, source.document, renames, unusedRenames, report);
    if (winning && file !== winning.file) losing.set(file, document);
    if (isObject(document.info) && !isObject(merged.info)) merged.info = structuredClone(document.info);
    mergeServers(merged, document);
    mergeTags(merged, document);
    mergeOtherRootFields(merged, document, file, rootOwners, fail, (pointer, value, kept) => superseded(file, document, pointer, rootOwners.get(pointer), value, kept));

    const paths = isObject(document.paths) ? document.paths : {};
    for (const [path, pathItem] of Object.entries(paths)) {
      if (!isObject(pathItem)) continue;
      const target = ownObject(merged.paths as JsonObject, path);
      for (const [key, value] of Object.entries(pathItem)) {
        const owner = `${path} ${key}`;
        const isMethod = (HTTP_METHODS as readonly string[]).includes(key);
        if (Object.hasOwn(target, key) && !(isDeepStrictEqual(target[key], value) && !isMethod)) {
          if (superseded(file, document, toPointer(['paths', path, key]), pathOwners.get(owner), value, target[key])) continue;
          fail(
            toPointer(['paths', path, key]),
            isMethod
              ? `operation ${key.toUpperCase()} ${path} is also defined in ${pathOwners.get(owner)}: define it in one source, or remove it with an overlay`
              : `path item field "${key}" of ${path} conflicts with ${pathOwners.get(owner)}`,
          );
        }
        setOwn(target, key, structuredClone(value));
        pathOwners.set(owner, file);
      }
    }

    const components = isObject(document.components) ? document.components : {};
    for (const [type, entries] of Object.entries(components)) {
      if (!isObject(entries)) continue;
      const targetGroup = ownObject(merged.components as JsonObject, type);
      for (const [name, definition] of Object.entries(entries)) {
        const pointer = toPointer(['components', type, name]);
        if (Object.hasOwn(targetGroup, name)) {
          if (!isDeepStrictEqual(targetGroup[name], definition)) {
            if (superseded(file, document, pointer, componentOwners.get(pointer), definition, targetGroup[name])) continue;
            fail(pointer, `component ${pointer} differs from the one in ${componentOwners.get(pointer)}: add a rename for "${file}#${pointer}" to the manifest`);
          }
          report.record({
            kind: 'merge-identical-component-collapsed',
            source: file,
            pointer,
            reason: `deep-equal to the definition from ${componentOwners.get(pointer)}`,
          });
          continue;
        }
        setOwn(targetGroup, name, structuredClone(definition));
        componentOwners.set(pointer, file);
      }
    }
  }
  if (winning) dropOrphansOfSuperseded(merged, componentOwners, losing, winning.file, report);
  if (unusedRenames.size > 0) {
    const [first] = unusedRenames;
    throw new SpecError(first!.split('#')[0]!, { pointer: first!.split('#')[1] }, 'manifest rename matches no component of that source');
  }
  return merged;
}

function applyRenames(
  file: string,
  document: JsonObject,
  renames: ComponentRenames,
  unused: Set<string>,
  report: NormalizationReport,
): JsonObject {
  const mine = Object.entries(renames).filter(([key]) => key.startsWith(`${file}#`));
  if (mine.length === 0) return document;
  const copy = structuredClone(document);
  const components = isObject(copy.components) ? copy.components : {};
  const refMap = new Map<string, string>();
  for (const [key, newName] of mine) {
    const pointer = key.slice(file.length + 1);
    const match = /^\/components\/([^/]+)\/([^/]+)$/.exec(pointer);
    const group = match ? getOwn(components, match[1]!) : undefined;
    if (!match || !isObject(group) || !Object.hasOwn(group, match[2]!)) continue;
    unused.delete(key);
    if (Object.hasOwn(group, newName)) throw new SpecError(file, { pointer }, `rename target "${newName}" already exists in this source`);
    setOwn(group, newName, group[match[2]!]);
    delete group[match[2]!];
    refMap.set(`#${pointer}`, `#/components/${match[1]}/${newName}`);
    report.record({
      kind: 'merge-component-renamed',
      source: file,
      pointer: `/components/${match[1]}/${newName}`,
      reason: `renamed from ${match[2]} by the manifest to avoid a conflict`,
    });
  }
  rewriteRefs(copy, refMap);
  return copy;
}

function rewriteRefs(node: unknown, refMap: Map<string, string>): void {
  if (Array.isArray(node)) {
    node.forEach((item) => rewriteRefs(item, refMap));
  } else if (isObject(node)) {
    if (typeof node.$ref === 'string' && refMap.has(node.$ref)) node.$ref = refMap.get(node.$ref);
    for (const value of Object.values(node)) rewriteRefs(value, refMap);
  }
}

function mergeServers(merged: JsonObject, document: JsonObject): void {
  if (!Array.isArray(document.servers)) return;
  const servers = (merged.servers ??= []) as unknown[];
  const known = new Set(servers.map(canonicalJson));
  for (const server of document.servers) {
    const key = canonicalJson(server);
    if (known.has(key)) continue;
    known.add(key);
    servers.push(structuredClone(server));
  }
}

/** Root fields merged by the loop above or set from the manifest. */
const MERGED_ROOT_FIELDS = new Set(['openapi', 'info', 'servers', 'tags', 'security', 'paths', 'components']);

/**
 * Everything else at the root (`webhooks`, `externalDocs`,
 * `jsonSchemaDialect`, `x-…` extensions) is kept: `webhooks` entry by entry,
 * the rest whole; two sources giving one of them differently is an error.
 */
function mergeOtherRootFields(
  merged: JsonObject,
  document: JsonObject,
  file: string,
  owners: Map<string, string>,
  fail: (pointer: string, reason: string) => never,
  superseded: (pointer: string, value: unknown, kept: unknown) => boolean,
): void {
  for (const [key, value] of Object.entries(document)) {
    if (MERGED_ROOT_FIELDS.has(key)) continue;
    const entries: Array<[string[], unknown]> = key === 'webhooks' && isObject(value) ? Object.entries(value).map(([name, item]) => [[key, name], item]) : [[[key], value]];
    for (const [path, entry] of entries) {
      const pointer = toPointer(path);
      const parent = path.length === 2 ? ownObject(merged, key) : merged;
      const name = path.at(-1)!;
      if (Object.hasOwn(parent, name) && !isDeepStrictEqual(parent[name], entry)) {
        if (superseded(pointer, entry, parent[name])) continue;
        fail(pointer, `${pointer} differs from the one in ${owners.get(pointer)}: keep one in a single source`);
      }
      setOwn(parent, name, structuredClone(entry));
      owners.set(pointer, file);
    }
  }
}

function mergeTags(merged: JsonObject, document: JsonObject): void {
  if (!Array.isArray(document.tags)) return;
  const tags = (merged.tags ??= []) as JsonObject[];
  const byName = new Map(tags.map((tag) => [tag.name, tag]));
  for (const tag of document.tags) {
    if (!isObject(tag)) continue;
    const known = byName.get(tag.name);
    if (!known) {
      const copy = structuredClone(tag);
      tags.push(copy);
      byName.set(tag.name, copy);
    } else if (!known.description && tag.description) known.description = tag.description;
  }
}
