import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildClientModel } from '../../src/codegen/client-model.js';
import type { JsonObject } from '../../src/ingest/source.js';
import { loadManifest } from '../../src/manifest.js';
import { REPO_ROOT, writeTree } from '../helpers.js';

const document = parse(readFileSync(join(REPO_ROOT, 'generated/anchorbrowser/openapi.yaml'), 'utf8')) as JsonObject;
const anchorManifest = readFileSync(join(REPO_ROOT, 'specs/anchorbrowser/manifest.yaml'), 'utf8');

/** The Anchor manifest with one edit, loaded from a copy of its folder. */
function manifestWith(edit: (text: string) => string) {
  const files: Record<string, string> = { 'anchorbrowser/manifest.yaml': edit(anchorManifest) };
  for (const file of ['raw/v1-run-task-by-name.md', 'raw/v2-run-task.md', 'raw/v1-create-task.md', 'raw/tasks-guide.md', 'overlays/operation-ids.yaml', 'overlays/guide-endpoints.yaml', 'overlays/proxy-country-by-type.yaml']) {
    files[`anchorbrowser/${file}`] = readFileSync(join(REPO_ROOT, 'specs/anchorbrowser', file), 'utf8');
  }
  return loadManifest(join(writeTree(files), 'anchorbrowser'));
}

describe('buildClientModel', () => {
  it('reads the Anchor client from the manifest and the document', () => {
    const model = buildClientModel(manifestWith((text) => text), document);
    expect(model).toMatchObject({ name: 'AnchorBrowser', factory: 'createAnchorBrowserClient', packageName: '@openapi-clients/anchorbrowser', version: '0.1.0' });
    expect(model.definition).toMatchObject({
      apiKeyEnv: 'ANCHORBROWSER_API_KEY',
      baseUrlEnv: 'ANCHORBROWSER_BASE_URL',
      defaultBaseUrl: 'https://api.anchorbrowser.io',
      auth: { type: 'apiKey', name: 'anchor-api-key' },
      operations: { createTask: 'POST /v1/task', listTaskExecutions: 'GET /v1/task/{taskId}/executions', runTaskV2: 'POST /v2/tasks/{taskId}/run' },
    });
    expect(model.waiters).toEqual([expect.objectContaining({ name: 'waitForExecution', itemType: 'components["schemas"]["TaskExecution"]', newestExpression: 'body?.data?.results?.[0]' })]);
  });

  it.each([
    ['an unknown waiter operation', (text: string) => text.replace('operationId: listTaskExecutions', 'operationId: listTaskRuns'), /manifest\.yaml:\d+:\d+ #\/client\/waiters\/waitForExecution\/operationId: no operation "listTaskRuns" in the normalized document$/],
    ['a waiter on a POST', (text: string) => text.replace('operationId: listTaskExecutions', 'operationId: runTask'), /waitForExecution\/operationId: a waiter polls, so "runTask" must be a GET, not POST$/],
    ['a missing path parameter', (text: string) => text.replace('idParameter: taskId', 'idParameter: id'), /waitForExecution\/idParameter: "listTaskExecutions" has no path parameter "id"$/],
    ['an unknown filter', (text: string) => text.replace('        - version\n', '        - colour\n'), /waitForExecution\/filters\/0: "listTaskExecutions" has no query parameter "colour"$/],
    ['items that are not a list', (text: string) => text.replace('items: /data/results', 'items: /data/pagination'), /waitForExecution\/items: "\/data\/pagination" is not an array in the 200 response of "listTaskExecutions"$/],
    ['an error field the error bodies lack', (text: string) => text.replace('message: /error/message', 'message: /error/msg'), /#\/client\/errors\/message: error field message "\/error\/msg" is not in the response #\/paths\/~1v1~1task\/post\/responses\/400$/],
  ])('fails on %s, naming the manifest line and field', (_, edit, message) => {
    expect(() => buildClientModel(manifestWith(edit), document)).toThrow(message);
  });

  it('refuses auth the runtime cannot send', () => {
    const manifest = manifestWith((text) => text.replace('    in: header\n    name: anchor-api-key', '    in: query\n    name: key'));
    expect(() => buildClientModel(manifest, document)).toThrow(/#\/auth\/securityScheme: the generated client supports an apiKey in a header or http bearer auth$/);
  });
});

describe('manifest client section', () => {
  it.each([
    ['a client name that is not PascalCase', (text: string) => text.replace('  name: AnchorBrowser', '  name: anchor browser'), /#\/client\/name: expected a PascalCase name such as "AnchorBrowser", got "anchor browser"$/],
    ['a version that is not semver', (text: string) => text.replace('  version: 0.1.0', '  version: v1'), /#\/client\/version: expected a semver version such as "0.1.0", got "v1"$/],
    ['an error field that is not a pointer', (text: string) => text.replace('code: /error/code', 'code: error.code'), /#\/client\/errors\/code: expected a JSON pointer such as "\/error\/message", got "error.code"$/],
    ['a waiter without terminal statuses', (text: string) => text.replace(/      terminal:\n(        - \w+\n)+/, '      terminal: []\n'), /#\/client\/waiters\/waitForExecution\/terminal: expected a non-empty list of statuses that end the wait$/],
  ])('fails on %s', (_, edit, message) => {
    expect(() => manifestWith(edit)).toThrow(message);
  });

  it('defaults every client field', () => {
    const manifest = manifestWith((text) => text.replace(/\n# The generated package[\s\S]*$/, '\n'));
    expect(manifest.client).toEqual({ name: 'AnchorBrowser', package: '@openapi-clients/anchorbrowser', version: '0.0.0', baseUrlEnvVar: 'ANCHORBROWSER_BASE_URL', errors: {}, waiters: {} });
  });
});
