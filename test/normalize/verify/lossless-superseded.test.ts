/**
 * The lossless proof where a winning source supersedes a page: what only
 * the page said (a description, an enum value, a parameter) is missing from
 * the result, and counts as explained by the drift entry, never as found.
 * Without the entry the same result loses those facts.
 */
import { describe, expect, it } from 'vitest';
import { merge } from '../../../src/normalize/assemble/merge.js';
import { NormalizationReport } from '../../../src/normalize/report.js';
import { checkLossless } from '../../../src/normalize/verify/lossless.js';
import { apiContext, manifest, source, yaml } from '../given.js';

const PAGE = `openapi: 3.1.0
paths:
  /tasks:
    post:
      description: Creates a task from the page.
      parameters: [{name: dryRun, in: query, schema: {type: boolean}}]
      requestBody: {content: {application/json: {schema: {type: object, properties: {kind: {type: string, enum: [legacy, current]}}}}}}
      responses: {'200': {description: OK}}
`;
const DOCUMENT = `openapi: 3.1.0
paths:
  /tasks:
    post:
      description: Creates a task.
      requestBody: {content: {application/json: {schema: {type: object, properties: {kind: {type: string, enum: [current]}}}}}}
      responses: {'200': {description: OK}}
`;

async function merged() {
  const sources = [source('raw/page.yaml', PAGE), source('raw/openapi.yaml', DOCUMENT)];
  const base = manifest();
  const context = apiContext({ sources, manifest: { ...base, sources: [{ file: 'raw/page.yaml' }, { file: 'raw/openapi.yaml', wins: true }] } });
  const document = await merge.run({}, context);
  return { document, report: context.report };
}

/** What only the page said: its description, its query parameter and its enum value `legacy`. */
const ONLY_THE_PAGE = ['description Creates a task from the page.', 'parameter POST /tasks query:dryRun', expect.stringMatching(/^enum .*legacy/)];

describe('lossless proof with a winning source', () => {
  it('loses what only the superseded page said when the drift entry is not recorded', async () => {
    const { document } = await merged();
    const missing = checkLossless([yaml(PAGE), yaml(DOCUMENT)], document, new NormalizationReport()).missing.map(({ kind, key }) => `${kind} ${key}`);
    expect([...new Set(missing)].sort()).toEqual(expect.arrayContaining(ONLY_THE_PAGE));
    expect(new Set(missing).size).toBe(ONLY_THE_PAGE.length);
  });

  it('counts each of those facts as explained by the entry (superseded), none as found', async () => {
    const { document, report } = await merged();
    const without = checkLossless([yaml(PAGE), yaml(DOCUMENT)], document, new NormalizationReport());
    const result = checkLossless([yaml(PAGE), yaml(DOCUMENT)], document, report);
    expect(result.missing).toEqual([]);
    expect(result.superseded).toBe(without.missing.length);
    expect(result.checked).toBe(without.checked);
  });
});
