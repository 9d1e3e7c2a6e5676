/**
 * Applies what the manifest says about the API as a whole: its title, base
 * URL and operation tags. The manifest wins over the sources' document-level
 * settings, and every override is reported. (Its auth is applied by
 * security.ts and auth-scheme.ts.)
 */
import { SpecError } from '../../errors.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import { checkBaseUrl, type Manifest, type TagRule } from '../../manifest.js';
import { compilePattern, type LinearRegex } from '../../safe-regex.js';
import { toPointer } from '../../openapi/pointer.js';
import { canonicalJson } from '../canonical.js';
import type { Pass } from '../pass.js';
import type { NormalizationReport } from '../report.js';
import { operations } from '../../openapi/operations.js';

export const manifestSettings: Pass = {
  name: 'manifest',
  run(document, { manifest, report }) {
    applyInfo(document, manifest, report);
    applyServers(document, manifest, report);
    applyTags(document, manifest, report);
    return document;
  },
};

function applyInfo(document: JsonObject, manifest: Manifest, report: NormalizationReport): void {
  const info = isObject(document.info) ? document.info : {};
  if (info.title !== undefined && info.title !== manifest.title) {
    report.record({ kind: 'manifest-title', pointer: '/info/title', reason: 'title comes from the manifest', before: info.title });
  }
  const version = typeof info.version === 'string' ? info.version : '0.0.0';
  if (typeof info.version !== 'string') {
    report.warn({ kind: 'info-version-missing', pointer: '/info/version', message: 'no source gives info.version; using 0.0.0' });
  }
  const { title: _title, version: _version, ...rest } = info;
  document.info = { title: manifest.title, ...rest, version };
}

function applyServers(document: JsonObject, manifest: Manifest, report: NormalizationReport): void {
  const sourceServers = Array.isArray(document.servers) ? (document.servers as unknown[]) : [];
  const base = manifest.baseUrl === undefined
    ? documentBaseServer(sourceServers, manifest)
    : sourceServers.find((server) => isObject(server) && server.url === manifest.baseUrl) ?? { url: manifest.baseUrl };
  const servers = [base, ...sourceServers.filter((server) => server !== base)];
  document.servers = servers;
  const known = new Set(servers.map(canonicalJson));
  // Operation-level servers that only repeat the document's add nothing.
  for (const { path, method, operation } of operations(document)) {
    if (Array.isArray(operation.servers) && operation.servers.every((server) => known.has(canonicalJson(server)))) {
      report.record({
        kind: 'operation-servers-unified',
        pointer: toPointer(['paths', path, method, 'servers']),
        reason: 'operation servers repeat the document servers',
        before: operation.servers,
      });
      delete operation.servers;
    }
  }
}

/**
 * Without a manifest baseUrl, the clients' server is the document's first
 * absolute http(s) one without variables (`https://{region}.…` is a
 * template); a document without one needs the manifest's.
 */
function documentBaseServer(servers: unknown[], manifest: Manifest): unknown {
  const base = servers.find((server) => isObject(server) && typeof server.url === 'string' && !server.url.includes('{') && checkBaseUrl(server.url) === undefined);
  if (!base) throw new SpecError(manifest.file, manifest.locate('/baseUrl'), 'missing manifest field "baseUrl": the document has no absolute http(s) server URL the clients could default to');
  return base;
}

/** Each tag rule's pathPattern on the linear-time engine: the manifest is input too. */
function pathMatchers(manifest: Manifest): Array<{ rule: TagRule; regex: LinearRegex }> {
  return manifest.tags.flatMap((rule, index) => {
    if (rule.pathPattern === undefined) return [];
    const compiled = compilePattern(rule.pathPattern);
    if (compiled.kind !== 'linear') {
      throw new SpecError(manifest.file, { pointer: `/tags/${index}/pathPattern` }, `invalid regular expression ${JSON.stringify(rule.pathPattern)}: ${compiled.reason}`);
    }
    return [{ rule, regex: compiled.regex }];
  });
}

function applyTags(document: JsonObject, manifest: Manifest, report: NormalizationReport): void {
  const tags = (Array.isArray(document.tags) ? document.tags : []) as JsonObject[];
  const used = new Set<string>();
  const matchers = pathMatchers(manifest);
  const rules = new Map(manifest.tags.map((rule) => [rule.name, rule]));
  const published = new Map(tags.filter(isObject).map((tag) => [tag.name, tag]));
  for (const { path, method, operation } of operations(document)) {
    if (!Array.isArray(operation.tags) || operation.tags.length === 0) {
      const rule = matchers.find(({ regex }) => regex.test(path))?.rule;
      const name = rule?.name ?? 'default';
      if (!rule) {
        report.warn({ kind: 'operation-untagged', pointer: toPointer(['paths', path, method]), message: 'no manifest tag rule matches; tagged "default"' });
      }
      operation.tags = [name];
      report.record({ kind: 'operation-tagged', pointer: toPointer(['paths', path, method, 'tags']), reason: `tag from manifest rule "${name}"` });
    }
    for (const tag of operation.tags as unknown[]) if (typeof tag === 'string') used.add(tag);
  }
  for (const name of used) {
    const rule = rules.get(name);
    const known = published.get(name);
    if (!known) tags.push({ name, ...(rule?.description ? { description: rule.description } : {}) });
    else if (!known.description && rule?.description) known.description = rule.description;
  }
  if (tags.length > 0) document.tags = tags;
}
