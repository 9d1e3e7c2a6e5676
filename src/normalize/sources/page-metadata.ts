/**
 * A documentation page about one operation titles it (`# Run Task by Name`)
 * and leads with its description; they become the operation's summary and
 * description where the spec has none.
 */
import { operations } from '../../openapi/operations.js';
import { toPointer } from '../../openapi/pointer.js';
import type { Pass, SourceContext } from '../pass.js';

export const pageMetadata: Pass<SourceContext> = {
  name: 'page-metadata',
  run(document, { source: { loaded }, report }) {
    const all = operations(document);
    if (all.length !== 1) return document;
    const [{ path, method, operation }] = all as [(typeof all)[number]];
    const base = toPointer(['paths', path, method]);
    if (operation.summary === undefined && loaded.page.title) {
      operation.summary = loaded.page.title;
      report.record({ kind: 'page-title-to-summary', source: loaded.file, pointer: `${base}/summary`, reason: 'the page title names the operation' });
    }
    if (operation.description === undefined && loaded.page.lead) {
      operation.description = loaded.page.lead;
      report.record({ kind: 'page-lead-to-description', source: loaded.file, pointer: `${base}/description`, reason: 'the page lead describes the operation' });
    }
    return document;
  },
};
