/**
 * The document's security requirement comes from the manifest's auth and
 * from nowhere else: its scheme, no scopes. A source publishing another
 * document-level requirement is recorded as replaced (operations keep their
 * own). This pass runs before the merge, which takes no document-level
 * security from the sources, and nothing after it sets one.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Pass } from '../pass.js';

export const documentSecurity: Pass = {
  name: 'security',
  run(document, { manifest, sources, report }) {
    const requirement = [{ [manifest.auth.schemeName]: [] }];
    for (const { file, document: source } of sources) {
      if (Array.isArray(source.security) && !isDeepStrictEqual(source.security, requirement)) {
        report.record({
          kind: 'merge-document-security-replaced',
          source: file,
          pointer: '/security',
          reason: 'document-level security comes from the manifest auth; operations keep their own',
          before: source.security,
        });
      }
    }
    return { ...document, security: requirement };
  },
};
