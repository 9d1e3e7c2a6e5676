/**
 * The manifest's security scheme, under its name in
 * `components.securitySchemes`. A scheme the sources (or overlays) publish
 * under that name must agree with the manifest's (the description aside,
 * and the HTTP scheme in any case); the manifest's fields win, and the
 * published description stays when the manifest has none.
 */
import { isDeepStrictEqual } from 'node:util';
import { SpecError } from '../../errors.js';
import { getOwn, ownObject, setOwn } from '../../openapi/own.js';
import { isObject, type JsonObject } from '../../openapi/types.js';
import type { Pass } from '../pass.js';

export const authScheme: Pass = {
  name: 'auth-scheme',
  run(document, { manifest }) {
    const schemes = ownObject(ownObject(document, 'components'), 'securitySchemes');
    const { schemeName, securityScheme } = manifest.auth;
    const published = getOwn(schemes, schemeName);
    if (!isObject(published)) {
      setOwn(schemes, schemeName, { ...securityScheme });
      return document;
    }
    const { description: _a, ...publishedCore } = published;
    const { description: _b, ...manifestCore } = securityScheme as unknown as JsonObject;
    if (!isDeepStrictEqual(normalizeScheme(publishedCore), normalizeScheme(manifestCore))) {
      throw new SpecError(
        manifest.file,
        { pointer: '/auth/securityScheme' },
        `auth disagrees with the sources' security scheme "${schemeName}" (${JSON.stringify(publishedCore)})`,
      );
    }
    setOwn(schemes, schemeName, { ...published, ...securityScheme });
    return document;
  },
};

function normalizeScheme(scheme: JsonObject): JsonObject {
  return typeof scheme.scheme === 'string' ? { ...scheme, scheme: scheme.scheme.toLowerCase() } : scheme;
}
