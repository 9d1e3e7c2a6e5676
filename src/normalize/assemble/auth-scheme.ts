/**
 * The document's security schemes, with what the manifest says of them.
 *
 * - A scheme the manifest defines is added under its name in
 *   `components.securitySchemes`; one the sources (or overlays) publish under
 *   that name must agree with it (the description aside, and the HTTP scheme
 *   in any case); the manifest's fields win, and the published description
 *   stays when the manifest has none. A manifest scheme (an option or
 *   variable name) that neither defines it nor is published fails.
 * - A requirement naming a scheme nothing defines (Supabase requires
 *   `bearer`, `oauth2` and `fga_permissions` and defines none) cannot be
 *   met: it is dropped from its list, recorded with what it was, and warned
 *   about with its pointer. An AND requirement goes as a whole: sending only
 *   the schemes it does define would be a request the API refuses.
 * - A scheme the clients cannot send (mutualTLS, an HTTP scheme other than
 *   basic and bearer) is kept and warned about: operations needing only it
 *   cannot be called by the generated client.
 */
import { isDeepStrictEqual } from 'node:util';
import { SpecError } from '../../errors.js';
import { getOwn, ownObject, setOwn } from '../../openapi/own.js';
import { toPointer } from '../../openapi/pointer.js';
import { resolveLocal } from '../../openapi/refs.js';
import { isObject, type JsonObject, type SecurityRequirement } from '../../openapi/types.js';
import { visitDocument, type PathToken } from '../../openapi/visit.js';
import type { Pass } from '../pass.js';
import type { NormalizationReport } from '../report.js';

export const authScheme: Pass = {
  name: 'auth-scheme',
  run(document, { manifest, report }) {
    const schemes = ownObject(ownObject(document, 'components'), 'securitySchemes');
    for (const { name, pointer, securityScheme } of manifest.auth.schemes) {
      const published = getOwn(schemes, name);
      if (!securityScheme) {
        if (!isObject(published)) throw new SpecError(manifest.file, { pointer }, `the document defines no security scheme "${name}": give its securityScheme`);
        continue;
      }
      if (!isObject(published)) {
        setOwn(schemes, name, { ...securityScheme });
        continue;
      }
      const { description: _a, ...publishedCore } = published;
      const { description: _b, ...manifestCore } = securityScheme as unknown as JsonObject;
      if (!isDeepStrictEqual(normalizeScheme(publishedCore), normalizeScheme(manifestCore))) {
        throw new SpecError(manifest.file, { pointer: `${pointer}/securityScheme` }, `auth disagrees with the sources' security scheme "${name}" (${JSON.stringify(publishedCore)})`);
      }
      setOwn(schemes, name, { ...published, ...securityScheme });
    }
    dropUndefinedRequirements(document, new Set(Object.keys(schemes)), report);
    warnUnsupported(document, schemes, report);
    if (Object.keys(schemes).length === 0) delete (document.components as JsonObject).securitySchemes;
    return document;
  },
};

function normalizeScheme(scheme: JsonObject): JsonObject {
  return typeof scheme.scheme === 'string' ? { ...scheme, scheme: scheme.scheme.toLowerCase() } : scheme;
}

/** Every requirement list (the document's, and each operation's, callbacks and webhooks included) without requirements naming an undefined scheme. */
function dropUndefinedRequirements(document: JsonObject, defined: ReadonlySet<string>, report: NormalizationReport): void {
  const filter = (holder: JsonObject, path: readonly PathToken[]): void => {
    if (!Array.isArray(holder.security)) return;
    const kept: unknown[] = [];
    holder.security.forEach((requirement: unknown, index: number) => {
      const missing = isObject(requirement) ? Object.keys(requirement).filter((name) => !defined.has(name)) : [];
      if (missing.length === 0) {
        kept.push(requirement);
        return;
      }
      const pointer = toPointer([...path, 'security', index]);
      const names = missing.map((name) => `"${name}"`).join(', ');
      report.warn({ kind: 'security-scheme-undefined', pointer, message: `requires ${names}, which no security scheme (of the document or the manifest auth) defines: requirement dropped` });
      report.record({ kind: 'security-requirement-dropped', pointer, reason: `names undefined security scheme ${names}`, before: requirement });
    });
    if (kept.length !== holder.security.length) holder.security = kept as SecurityRequirement[];
  };
  filter(document, []);
  visitDocument(document, { Operation: (operation, { path }) => filter(operation as JsonObject, path) });
}

/** Schemes no generated client can send, warned about once each. */
function warnUnsupported(document: JsonObject, schemes: Record<string, unknown>, report: NormalizationReport): void {
  for (const [name, written] of Object.entries(schemes)) {
    const scheme = resolveLocal(document, written);
    if (!isObject(scheme)) continue;
    const http = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
    const unsupported =
      scheme.type === 'mutualTLS' ? 'mutualTLS (a TLS client certificate)' : scheme.type === 'http' && http !== 'basic' && http !== 'bearer' ? `http scheme "${String(scheme.scheme)}"` : undefined;
    if (unsupported) {
      report.warn({
        kind: 'security-scheme-unsupported',
        pointer: toPointer(['components', 'securitySchemes', name]),
        message: `${unsupported} is not sent by the generated client: an operation that requires only it cannot be called`,
      });
    }
  }
}
