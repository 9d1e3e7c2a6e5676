/**
 * The document-level security requirement, decided before the merge (which
 * takes none from the sources). A manifest that names one (`auth.security`,
 * or the single-scheme shape's scheme) sets it, and each source publishing
 * another is recorded as replaced; operations keep their own. Without one,
 * the sources' own requirement is kept: when every source publishes the same
 * (or none does), it stays the document's; when they differ, each source's
 * requirement is written onto its own operations that have none (an
 * operation of a source without one gets `security: []`, as it had no auth),
 * recorded per source, and the document gets none.
 */
import { isDeepStrictEqual } from 'node:util';
import { SKIP, visitDocument } from '../../openapi/visit.js';
import type { JsonObject, SecurityRequirement } from '../../openapi/types.js';
import type { ConvertedSource, Pass } from '../pass.js';

export const documentSecurity: Pass = {
  name: 'security',
  run(document, { manifest, sources, report }) {
    const required = manifest.auth.security;
    if (required) {
      for (const { file, document: source } of sources) {
        if (Array.isArray(source.security) && !isDeepStrictEqual(source.security, required)) {
          report.record({
            kind: 'merge-document-security-replaced',
            source: file,
            pointer: '/security',
            reason: 'document-level security comes from the manifest auth; operations keep their own',
            before: source.security,
          });
        }
      }
      return { ...document, security: required };
    }
    const published = sources.map((source) => source.document.security);
    if (published.every((security) => isDeepStrictEqual(security, published[0]))) {
      return Array.isArray(published[0]) ? { ...document, security: structuredClone(published[0]) } : document;
    }
    for (const source of sources) {
      if (moveToOperations(source)) {
        report.record({
          kind: 'document-security-to-operations',
          source: source.file,
          pointer: '/security',
          reason: 'the sources publish different document-level security: each source\'s applies to its own operations',
          before: source.document.security ?? [],
        });
      }
      delete source.document.security;
    }
    return document;
  },
};

/** Writes the source's document-level requirement (none: `[]`) onto its operations without one; whether any was written. */
function moveToOperations(source: ConvertedSource): boolean {
  const requirement = Array.isArray(source.document.security) ? source.document.security : [];
  let moved = false;
  visitDocument(source.document as JsonObject, {
    Operation: (operation, { path: [root] }) => {
      if (root === 'paths' && !Array.isArray(operation.security)) {
        operation.security = structuredClone(requirement) as SecurityRequirement[];
        moved = true;
      }
      return SKIP;
    },
  });
  return moved;
}
