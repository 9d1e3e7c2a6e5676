import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildApiModel } from '../../src/model/build.js';
import { clientMethodNames } from '../../src/model/method-names.js';
import type { JsonObject } from '../../src/openapi/types.js';
import { loadManifest } from '../../src/manifest.js';
import { REPO_ROOT, writeTree } from '../helpers.js';

/** A small API of the test's own (not a shipped one, which follows its vendor): clean 3.1, so its source is its normalized document. */
const FIXTURE = join(REPO_ROOT, 'test/fixtures/good-specs/task-runner/specs/tasks');
const document = parse(readFileSync(join(FIXTURE, 'openapi.yaml'), 'utf8')) as JsonObject;
const fixtureManifest = readFileSync(join(FIXTURE, 'manifest.yaml'), 'utf8');

/** The fixture's manifest with one edit, loaded from a copy of its folder. */
function manifestWith(edit: (text: string) => string) {
  const files: Record<string, string> = { 'tasks/manifest.yaml': edit(fixtureManifest) };
  for (const file of readdirSync(FIXTURE)) if (file !== 'manifest.yaml') files[`tasks/${file}`] = readFileSync(join(FIXTURE, file), 'utf8');
  return loadManifest(join(writeTree(files), 'tasks'));
}

describe('buildApiModel on a manifest and its document', () => {
  it('reads names, auth, operations and the waiter', () => {
    const model = buildApiModel(manifestWith((text) => text), document);
    expect(model.names).toEqual({
      api: 'tasks',
      title: 'Task Runner API',
      client: 'TaskRunner',
      factory: 'createTaskRunnerClient',
      package: '@openapi-clients/tasks',
      version: '0.1.0',
      baseUrlEnv: 'TASKS_BASE_URL',
    });
    expect(model.baseUrl).toBe('https://api.tasks.example.test');
    expect(model.auth).toEqual({
      credentials: [{ scheme: 'api_key_header', send: { type: 'apiKey', in: 'header', name: 'x-tasks-key' }, options: ['apiKey'], envVars: ['TASKS_API_KEY'], description: 'API key passed in the header' }],
      security: [['api_key_header']],
    });
    expect(model.operations.map((operation) => `${operation.methodName}: ${operation.route}`)).toEqual([
      'createTask: POST /v1/task',
      'runTask: POST /v1/task/run',
      'listTaskExecutions: GET /v1/task/{taskId}/executions',
    ]);
    expect(model.waiters).toEqual([expect.objectContaining({ name: 'waitForExecution', itemComponent: 'TaskExecution', itemsPath: ['data', 'results'], operation: model.operations[2] })]);
    expect(model.waiters[0]!.success.status).toBe('200');
  });

  it.each([
    ['an unknown waiter operation', (text: string) => text.replace('operationId: listTaskExecutions', 'operationId: listTaskRuns'), /manifest\.yaml:\d+:\d+ #\/client\/waiters\/waitForExecution\/operationId: no operation "listTaskRuns" in the normalized document$/],
    ['a waiter on a POST', (text: string) => text.replace('operationId: listTaskExecutions', 'operationId: runTask'), /waitForExecution\/operationId: a waiter polls, so "runTask" must be a GET, not POST$/],
    ['a missing path parameter', (text: string) => text.replace('idParameter: taskId', 'idParameter: id'), /waitForExecution\/idParameter: "listTaskExecutions" has no path parameter "id"$/],
    ['an unknown filter', (text: string) => text.replace('        - version\n', '        - colour\n'), /waitForExecution\/filters\/0: "listTaskExecutions" has no query parameter "colour"$/],
    ['items that are not a list', (text: string) => text.replace('items: /data/results', 'items: /data/pagination'), /waitForExecution\/items: "\/data\/pagination" is not an array in the 200 response of "listTaskExecutions"$/],
    ['an error field the error bodies lack', (text: string) => text.replace('message: /error/message', 'message: /error/msg'), /#\/client\/errors\/message: error field message "\/error\/msg" is not in the response #\/paths\/~1v1~1task\/post\/responses\/400$/],
  ])('fails on %s, naming the manifest line and field', (_, edit, message) => {
    expect(() => buildApiModel(manifestWith(edit), document)).toThrow(message);
  });

});

/** The fixture's document with `page` and `limit` typed as the complete Anchor document types them. */
function withStringPaging(schema: JsonObject = { type: 'string', pattern: '^[1-9]\\d*$', default: '1' }): JsonObject {
  const changed = structuredClone(document);
  const parameters = (changed.paths as Record<string, Record<string, { parameters: { name: string; schema: unknown }[] }>>)['/v1/task/{taskId}/executions']!.get!.parameters;
  for (const parameter of parameters) if (parameter.name === 'page' || parameter.name === 'limit') parameter.schema = schema;
  return changed;
}

describe("a waiter's fixed query values are checked against the parameter schemas", () => {
  it.each([
    ['a number for an integer parameter', (text: string) => text, document],
    ['a string for a string parameter', (text: string) => text.replace('page: 1', 'page: "1"').replace('limit: 1', 'limit: "1"'), withStringPaging()],
    ['a string for a string-or-integer parameter', (text: string) => text.replace('page: 1', 'page: "1"').replace('limit: 1', 'limit: "1"'), withStringPaging({ type: ['string', 'integer'] })],
  ])('accepts %s', (_, edit, doc) => {
    expect(buildApiModel(manifestWith(edit), doc).waiters[0]!.query).toBeDefined();
  });

  it.each([
    ['a number for a string parameter (the complete Anchor document)', (text: string) => text, withStringPaging(), /manifest\.yaml:\d+:\d+ #\/client\/waiters\/waitForExecution\/query\/page: 1 is not a string \(the parameter's schema says type: string; write it as the string "1"\)$/],
    ['a string for an integer parameter', (text: string) => text.replace('limit: 1', 'limit: "1"'), document, /#\/client\/waiters\/waitForExecution\/query\/limit: "1" is not an integer \(the parameter's schema says type: integer\)$/],
    ['a boolean for a number parameter', (text: string) => text.replace('page: 1', 'page: true'), withStringPaging({ type: 'number' }), /#\/client\/waiters\/waitForExecution\/query\/page: true is not a number/],
    ['a value outside the enum', (text: string) => text.replace('page: 1', 'page: "3"'), withStringPaging({ type: 'string', enum: ['1', '2'] }), /#\/client\/waiters\/waitForExecution\/query\/page: "3" is not one of the parameter's values \["1","2"\]$/],
    ['a value the pattern refuses', (text: string) => text.replace('page: 1', 'page: "0"'), withStringPaging(), /#\/client\/waiters\/waitForExecution\/query\/page: "0" does not fit the parameter's schema at #\/paths\/~1v1~1task~1\{taskId\}~1executions\/get\/parameters\/2\/schema\/pattern: must match pattern/],
    ['a value below the minimum', (text: string) => text.replace('page: 1', 'page: 0'), withStringPaging({ type: 'integer', minimum: 1 }), /#\/client\/waiters\/waitForExecution\/query\/page: 0 does not fit the parameter's schema at #\/paths\/.*\/schema\/minimum: must be >= 1$/],
    ['a filter that is also a fixed value', (text: string) => text.replace('        - version\n', '        - page\n'), document, /#\/client\/waiters\/waitForExecution\/filters\/0: "page" is also a fixed query value/],
    ['a terminal status the item schema never allows', (text: string) => text.replace('        - failure\n', '        - failed\n'), document, /#\/client\/waiters\/waitForExecution\/terminal\/1: "failed" is not one of the statuses the schema allows \["running","success","failure"\]$/],
  ])('refuses %s, naming the manifest line', (_, edit, doc, message) => {
    expect(() => buildApiModel(manifestWith(edit), doc)).toThrow(message);
  });

  it('follows a $ref to components.parameters and prefers the operation\'s parameter to the path item\'s', () => {
    const changed = withStringPaging({ type: 'integer' });
    const pathItem = (changed.paths as Record<string, JsonObject>)['/v1/task/{taskId}/executions']!;
    const get = pathItem.get as { parameters: { name: string }[] };
    get.parameters = get.parameters.map((parameter) => (parameter.name === 'page' ? ({ $ref: '#/components/parameters/Page' } as never) : parameter));
    (changed.components as JsonObject).parameters = { Page: { name: 'page', in: 'query', schema: { type: 'string' } } };
    pathItem.parameters = [{ name: 'limit', in: 'query', schema: { type: 'string' } }];
    expect(() => buildApiModel(manifestWith((text) => text), changed)).toThrow(/query\/page: 1 is not a string/);
    // limit: the operation's integer wins over the path item's string.
    expect(() => buildApiModel(manifestWith((text) => text.replace('page: 1', 'page: "1"')), changed)).not.toThrow();
  });
});

describe('manifest text that reaches generated code is validated', () => {
  it.each([
    ['a base URL with spaces', (text: string) => text.replace('baseUrl: https://api.tasks.example.test', 'baseUrl: "https://x/ */ export const pwned = 1; /*"'), /#\/baseUrl: baseUrl "https:\/\/x\/ \*\/ export const pwned = 1; \/\*" contains whitespace or control characters$/],
    ['a base URL with a line break', (text: string) => text.replace('baseUrl: https://api.tasks.example.test', 'baseUrl: "https://x/\\nexport const pwned = 1;"'), /#\/baseUrl: .* contains whitespace or control characters$/],
    ['a base URL that is not http', (text: string) => text.replace('baseUrl: https://api.tasks.example.test', 'baseUrl: "javascript:alert(1)"'), /#\/baseUrl: .* must be an http\(s\) URL$/],
    ['a base URL with credentials', (text: string) => text.replace('baseUrl: https://api.tasks.example.test', 'baseUrl: "https://user:secret@api.tasks.example.test"'), /#\/baseUrl: .* must not carry credentials/],
    ['a base URL with a query', (text: string) => text.replace('baseUrl: https://api.tasks.example.test', 'baseUrl: "https://api.tasks.example.test/?v=1"'), /#\/baseUrl: .* must not have a query or fragment/],
    ['a relative base URL', (text: string) => text.replace('baseUrl: https://api.tasks.example.test', 'baseUrl: "/v1"'), /#\/baseUrl: .* is not an absolute URL$/],
    ['a title on two lines', (text: string) => text.replace(/^title: .*$/m, 'title: "Tasks\\n*/ export const pwned = 1;"'), /#\/title: expected the title on one line, without control characters$/],
    ['an env var that closes a comment', (text: string) => text.replace('envVar: TASKS_API_KEY', 'envVar: "X */ export const pwned = 1; /*"'), /#\/auth\/envVar: expected an environment variable name such as "EXAMPLE_API_KEY"/],
    ['an env var in lower case', (text: string) => text.replace('envVar: TASKS_API_KEY', 'envVar: tasks_key'), /#\/auth\/envVar: expected an environment variable name/],
    ['a header name with CRLF', (text: string) => text.replace('name: x-tasks-key', 'name: "x-tasks-key\\r\\nx-evil: 1"'), /#\/auth\/securityScheme\/name: expected an HTTP header name \(RFC 9110 token characters\)/],
    ['a header name with a space', (text: string) => text.replace('name: x-tasks-key', 'name: "tasks api key"'), /#\/auth\/securityScheme\/name: expected an HTTP header name/],
    ['a header name with a colon', (text: string) => text.replace('name: x-tasks-key', 'name: "tasks:key"'), /#\/auth\/securityScheme\/name: expected an HTTP header name/],
    ['a scheme name that is not a component name', (text: string) => text.replace(/schemeName: \w+/, 'schemeName: "a */ b"'), /#\/auth\/schemeName: expected a component name/],
    ['a base-URL env var that is not a variable name', (text: string) => text.replace('baseUrlEnvVar: TASKS_BASE_URL', 'baseUrlEnvVar: "X\\nY"'), /#\/client\/baseUrlEnvVar: expected an environment variable name/],
  ])('refuses %s, naming the manifest line', (_, edit, message) => {
    expect(() => manifestWith(edit)).toThrow(message);
  });
});

describe('client method names', () => {
  it.each([
    [['createTask', 'listTasks'], [], ['createTask', 'listTasks'], []],
    [['use', 'GET', 'request'], [], ['useOperation', 'GETOperation', 'requestOperation'], ['use', 'GET', 'request']],
    [['then', 'constructor', '__proto__', 'hasOwnProperty', 'toString'], [], ['thenOperation', 'constructorOperation', '__proto__Operation', 'hasOwnPropertyOperation', 'toStringOperation'], ['then', 'constructor', '__proto__', 'hasOwnProperty', 'toString']],
    // The renamed method never takes a name another operation already has.
    [['use', 'useOperation', 'useOperation2'], [], ['useOperation3', 'useOperation', 'useOperation2'], ['use']],
    [['waitForRun', 'listRuns'], ['waitForRun'], ['waitForRunOperation', 'listRuns'], ['waitForRun']],
  ])('%j with waiters %j → %j', (ids, waiters, names, renamed) => {
    const result = clientMethodNames(ids, waiters);
    expect(result.names).toEqual(names);
    expect(result.renamed.map((rename) => rename.operationId)).toEqual(renamed);
    for (const rename of result.renamed) expect(rename.reason).toMatch(/\w/);
  });

  it('is reported with the operation it renames, and the client calls it by its new name', () => {
    const renamed = structuredClone(document);
    const paths = renamed.paths as Record<string, Record<string, { operationId?: string }>>;
    paths['/v1/task']!.post!.operationId = 'use';
    const model = buildApiModel(manifestWith((text) => text), renamed);
    expect(model.renamedMethods).toEqual([{ operationId: 'use', methodName: 'useOperation', reason: "client.use is openapi-fetch's own method" }]);
    expect(model.operations[0]).toMatchObject({ id: 'use', methodName: 'useOperation', route: 'POST /v1/task' });
  });

  it.each(['use', 'then', 'request', 'constructor', 'hasOwnProperty'])('refuses a waiter named %s, naming the manifest line', (name) => {
    const manifest = manifestWith((text) => text.replace('    waitForExecution:', `    ${name}:`));
    expect(() => buildApiModel(manifest, document)).toThrow(new RegExp(`manifest\\.yaml:\\d+:\\d+ #/client/waiters/${name}: a waiter cannot be named "${name}"`));
  });
});

describe('manifest client section', () => {
  it.each([
    ['a client name that is not PascalCase', (text: string) => text.replace('  name: TaskRunner', '  name: task runner'), /#\/client\/name: expected a PascalCase name such as "AnchorBrowser", got "task runner"$/],
    ['a version that is not semver', (text: string) => text.replace('  version: 0.1.0', '  version: v1'), /#\/client\/version: expected a semver version such as "0.1.0", got "v1"$/],
    ['an error field that is not a pointer', (text: string) => text.replace('code: /error/code', 'code: error.code'), /#\/client\/errors\/code: expected a JSON pointer such as "\/error\/message", got "error.code"$/],
    ['a waiter without terminal statuses', (text: string) => text.replace(/      terminal:\n(        - \w+\n)+/, '      terminal: []\n'), /#\/client\/waiters\/waitForExecution\/terminal: expected a non-empty list of statuses that end the wait$/],
  ])('fails on %s', (_, edit, message) => {
    expect(() => manifestWith(edit)).toThrow(message);
  });

  it.each([
    ['1.0.0', true],
    ['1.0.0+build.5', true],
    ['2.1.0-rc.1+sha.5114f85', true],
    ['01.2.3', false],
    ['1.2.3-a..b', false],
    ['v1.0.0', false],
    ['=1.0.0', false],
    ['1.0', false],
  ])('validates the version %s with a semver parser: valid %s', (version, valid) => {
    const load = () => manifestWith((text) => text.replace('  version: 0.1.0', `  version: "${version}"`));
    if (valid) expect(load().client.version).toBe(version);
    else expect(load).toThrow(/#\/client\/version: expected a semver version/);
  });

  it('defaults every client field', () => {
    const manifest = manifestWith((text) => text.replace(/\nclient:[\s\S]*$/, '\n'));
    expect(manifest.client).toEqual({ name: 'TaskRunner', package: '@openapi-clients/tasks', version: '0.0.0', baseUrlEnvVar: 'TASKS_BASE_URL', errors: {}, waiters: {}, pagination: {} });
  });
});
