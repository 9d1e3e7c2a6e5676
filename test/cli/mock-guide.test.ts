/**
 * The guide printed per API: the credentials come from the model's auth,
 * the curl lines from real operations with sampled values. A document's
 * strings are untrusted: a hostile path, parameter name or example must
 * reach curl as a correctly encoded request, and run nothing.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractApi } from '../../src/contract/apis.js';
import { formatGuide, mockGuide } from '../../src/cli/mock-guide.js';
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

function hostileApi() {
  const root = writeTree({
    'specs/hostile/manifest.yaml': manifestYaml(['openapi.yaml']),
    'specs/hostile/openapi.yaml': JSON.stringify(HOSTILE_DOCUMENT),
    'generated/hostile/openapi.yaml': JSON.stringify(HOSTILE_DOCUMENT),
  });
  return contractApi(loadManifest(join(root, 'specs', 'hostile')), join(root, 'generated'));
}

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
