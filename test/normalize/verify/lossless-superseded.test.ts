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

describe('lossless proof with a winning source', () => {
  it('counts what only the superseded page said as explained, not found', async () => {
    const { document, report } = await merged();
    const result = checkLossless([yaml(PAGE), yaml(DOCUMENT)], document, report);
    expect(result.missing).toEqual([]);
    // The page's description, its query parameter and its enum value `legacy`.
    expect(result.superseded).toBe(3);
  });

  it('loses those facts when the drift entry is not recorded', async () => {
    const { document } = await merged();
    const missing = checkLossless([yaml(PAGE), yaml(DOCUMENT)], document, new NormalizationReport()).missing.map(({ kind, key }) => `${kind} ${key}`);
    expect(missing).toEqual(['parameter POST /tasks query:dryRun', 'enum POST /tasks body application/json.kind=legacy', 'description Creates a task from the page.'].map((fact) => expect.stringContaining(fact.split(' ')[0]!)));
    expect(missing).toHaveLength(3);
  });
});
