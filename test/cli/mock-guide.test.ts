/**
 * The guide printed per API: the credentials come from the model's auth,
 * the curl lines from real operations with sampled values. A document's
 * strings are untrusted: a hostile path, parameter name or example must
 * reach curl as a correctly encoded request, and run nothing.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractApi } from '../../src/contract/apis.js';
import { formatGuide, mockGuide, operationCurl } from '../../src/cli/mock-guide.js';
import { startPrism, type PrismServer } from '../../src/contract/prism.js';
import { loadManifest } from '../../src/manifest.js';
import { manifestYaml, tempDir, writeTree } from '../helpers.js';

/** The arguments each curl line passes to curl under sh, run in `cwd`. */
function curlArguments(line: string, cwd: string): string[] {
  const script = `curl() { for argument in "$@"; do printf '%s\\0' "$argument"; done; }\n${line}`;
  return execFileSync('sh', ['-c', script], { cwd, encoding: 'utf8' }).split('\0').slice(0, -1);
}

const PATH_VALUE = "a'b $(touch pwned) \u001b]0;owned\u0007/c";
const QUERY_VALUE = '`touch pwned` & x=1';
const BODY = { name: "'; touch pwned; echo '", note: 'line\nbreak \u009b31m \u2028 $HOME' };

/** A normalized document with hostile strings everywhere a curl line takes one, as JSON (valid YAML). */
const HOSTILE_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'Test API', version: '1' },
  servers: [{ url: 'https://api.example.test' }],
  security: [{ api_key_header: [] }],
  paths: {
    '/things': {
      get: { operationId: 'listThings', summary: 'List', responses: { '200': { description: 'OK' } } },
      post: {
        operationId: 'createThing',
        summary: 'Create',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' }, note: { type: 'string' } } }, example: BODY } } },
        responses: { '201': { description: 'Created' } },
      },
    },
    "/things/{id}/it's $(x)": {
      get: {
        operationId: 'getThing',
        summary: 'Get',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: PATH_VALUE },
          { name: "q'x", in: 'query', required: true, schema: { type: 'string' }, example: QUERY_VALUE },
          { name: 'X-Trace', in: 'header', required: true, schema: { type: 'string' }, example: "it's $(touch pwned)" },
        ],
        responses: { '200': { description: 'OK' } },
      },
    },
  },
  components: { securitySchemes: { api_key_header: { type: 'apiKey', in: 'header', name: 'x-api-key' } } },
};

/** The API `hostile` with `document` as its normalized document. */
function apiOf(document: object) {
  const root = writeTree({
    'specs/hostile/manifest.yaml': manifestYaml(['openapi.yaml']),
    'specs/hostile/openapi.yaml': JSON.stringify(document),
    'generated/hostile/openapi.yaml': JSON.stringify(document),
  });
  return contractApi(loadManifest(join(root, 'specs', 'hostile')), join(root, 'generated'));
}

const hostileApi = () => apiOf(HOSTILE_DOCUMENT);

/** One GET per kind of credential, each requiring only its own scheme. */
const SCHEMES = {
  bearer: { type: 'http', scheme: 'bearer' },
  basic: { type: 'http', scheme: 'basic' },
  oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.test/token', scopes: {} } } },
  header_key: { type: 'apiKey', in: 'header', name: 'X-Key' },
  query_key: { type: 'apiKey', in: 'query', name: 'api_key' },
  cookie_key: { type: 'apiKey', in: 'cookie', name: 'session' },
};
const SCHEMES_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'Test API', version: '1' },
  security: [{ bearer: [] }],
  paths: Object.fromEntries(
    Object.keys(SCHEMES).map((scheme) => [
      `/${scheme}`,
      { get: { operationId: `get_${scheme}`, summary: scheme, security: [{ [scheme]: [] }], responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' }, example: { ok: true } } } }, '401': { description: 'No credentials' } } } },
    ]),
  ),
  components: { securitySchemes: SCHEMES },
};
/** The credential each scheme's curl line carries. */
const SENT: Record<keyof typeof SCHEMES, RegExp> = {
  bearer: /-H 'Authorization: Bearer <any value>'/,
  basic: /-H 'Authorization: Basic [A-Za-z0-9+/=]+'/,
  oauth: /-H 'Authorization: Bearer <any value>'/,
  header_key: /-H 'X-Key: <any value>'/,
  query_key: /\/query_key\?api_key=any-value'/,
  cookie_key: /-H 'Cookie: session=any-value'/,
};

describe('mockGuide', () => {
  const url = 'http://127.0.0.1:4010';

  it('names the URL, the base URL variable and the auth header with a placeholder', () => {
    const guide = mockGuide(hostileApi(), url);
    expect(guide).toMatchObject({ name: 'hostile', url, env: { name: 'TEST_BASE_URL', value: url }, auth: [{ in: 'header', name: 'x-api-key', value: '<any value>' }] });
    expect(formatGuide(guide).split('\n').slice(0, 3)).toEqual([`hostile: ${url}`, `  TEST_BASE_URL=${url}`, '  auth: x-api-key: <any value>']);
  });

  it('one GET without parameters, one POST with its JSON body, one GET with path parameters: each reaches curl as the request it stands for', () => {
    const cwd = tempDir();
    const lines = mockGuide(hostileApi(), url).curl;
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    const [list, create, get] = lines.map((line) => curlArguments(line, cwd));
    expect(list).toEqual(['-sS', `${url}/things`, '-H', 'x-api-key: <any value>']);
    expect(create!.slice(0, 8)).toEqual(['-sS', '-X', 'POST', `${url}/things`, '-H', 'x-api-key: <any value>', '-H', 'Content-Type: application/json']);
    expect(create![8]).toBe('--data-raw');
    // Control characters travel as JSON escapes: the same string once parsed.
    expect(JSON.parse(create![9]!)).toEqual(BODY);
    const sent = new URL(get![1]!);
    const segments = sent.pathname.split('/');
    expect(segments.slice(0, 3)).toEqual(['', 'things', encodeURIComponent(PATH_VALUE)]);
    expect(decodeURIComponent(segments[3]!)).toBe("it's $(x)");
    expect(sent.searchParams.get("q'x")).toBe(QUERY_VALUE);
    expect(get!.slice(2)).toEqual(['-H', "X-Trace: it's $(touch pwned)", '-H', 'x-api-key: <any value>']);
    expect(readdirSync(cwd), 'nothing ran').toEqual([]);
  });
});

describe('the credential of each kind of scheme, as Prism checks it', () => {
  const api = apiOf(SCHEMES_DOCUMENT);
  let prism: PrismServer;
  beforeAll(async () => {
    prism = await startPrism(api.documentPath);
  });
  afterAll(async () => {
    await prism?.stop();
  });

  it.each(Object.keys(SCHEMES) as Array<keyof typeof SCHEMES>)('%s: the curl line carries it, and Prism answers 200 (401 without it)', async (scheme) => {
    const operation = api.model.operations.find((candidate) => candidate.path === `/${scheme}`)!;
    const line = operationCurl(api, operation, prism.url);
    expect(line).toMatch(SENT[scheme]);
    const status = async (command: string) => (await promisify(execFile)('sh', ['-c', `${command} -o /dev/null -w '%{http_code}'`])).stdout;
    expect(await status(line), line).toBe('200');
    expect(await status(`curl -sS ${prism.url}/${scheme}`)).toBe('401');
  });

  it('the API’s own line is its document-level requirement; none when a call may go without', () => {
    expect(formatGuide(mockGuide(api, prism.url))).toContain('\n  auth: Authorization: Bearer <any value>\n');
    const open = apiOf({ ...SCHEMES_DOCUMENT, security: [{ bearer: [] }, {}] });
    expect(mockGuide(open, prism.url).auth).toEqual([]);
    expect(formatGuide(mockGuide(open, prism.url))).toContain('\n  auth: none\n');
  });
});
