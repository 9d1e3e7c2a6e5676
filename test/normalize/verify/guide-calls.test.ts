/**
 * A guide's calls and example responses, checked against the document:
 * each finding names the guide's line; nothing of the guide enters the document.
 */
import { describe, expect, it } from 'vitest';
import { checkGuides, guideCalls } from '../../../src/normalize/verify/guide-calls.js';
import type { JsonObject } from '../../../src/openapi/types.js';
import { apiContext, manifest, yaml } from '../given.js';

const DOCUMENT = yaml(`openapi: 3.1.0
paths:
  /v1/task/{taskId}/executions:
    get:
      parameters:
        - {name: taskId, in: path, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: string, pattern: '^[1-9][0-9]*$'}}
        - {name: limit, in: query, schema: {type: string}}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {type: object, required: [data], properties: {data: {type: object, required: [id], properties: {id: {type: string}}}}}
  /v1/task/run:
    post:
      responses: {'200': {description: OK}}
`) as JsonObject;

const fence = '```';
const GUIDE = [
  '# Tasks', // 1
  '', // 2
  `${fence}typescript node.js`, // 3
  'const response = await fetch(`https://api.example.test/v1/task/${taskId}/executions?page=1&limit=1`, {', // 4
  "  headers: { 'x-key': key } });", // 5
  fence, // 6
  `${fence}python`, // 7
  'response = requests.get(f"https://api.example.test/v1/task/{task_id}/executions", params={"page": 1})', // 8
  fence, // 9
  'Example response:', // 10
  `${fence}json`, // 11
  '{"data": {"name": "no id"}}', // 12
  fence, // 13
  `${fence}js`, // 14
  "fetch('https://api.example.test/v1/task/t/executions?page=0')", // 15
  "fetch('https://api.example.test/v1/task/t/executions?sort=asc')", // 16
  "fetch('https://api.example.test/v1/nothing')", // 17
  "fetch('https://elsewhere.test/v1/nothing')", // 18
  "fetch('https://api.example.test/v1/task/run', { method: 'POST' })", // 19
  fence, // 20
  '',
].join('\n');

describe('guide calls', () => {
  it('checks every call on the API server and each example response after one, naming the guide line', () => {
    const checks = checkGuides(DOCUMENT, [{ file: 'raw/guide.md', text: GUIDE }], 'https://api.example.test');
    expect(checks.map(({ line, what, route, problem }) => ({ line, what, route, problem }))).toEqual([
      { line: 4, what: 'call', route: 'GET /v1/task/{taskId}/executions', problem: undefined },
      { line: 8, what: 'call', route: 'GET /v1/task/{taskId}/executions', problem: undefined },
      { line: 12, what: 'example response', route: 'GET /v1/task/{taskId}/executions', problem: expect.stringMatching(/^the example response of GET \/v1\/task\/\{taskId\}\/executions does not match the document's 200 response: \/data must have required property 'id'$/) },
      { line: 15, what: 'call', route: 'GET /v1/task/{taskId}/executions', problem: expect.stringContaining('query parameter "page" = "0"') },
      { line: 16, what: 'call', route: 'GET /v1/task/{taskId}/executions', problem: 'GET /v1/task/{taskId}/executions has no query parameter "sort"' },
      { line: 17, what: 'call', route: undefined, problem: 'GET /v1/nothing is not an operation of the document' },
      // Another origin is not the API's: not checked. A POST is matched as one.
      { line: 19, what: 'call', route: 'POST /v1/task/run', problem: undefined },
    ]);
  });

  it('is a pass that warns with the guide line and leaves the document as it is', async () => {
    const context = { ...apiContext({ manifest: { ...manifest(), baseUrl: 'https://api.example.test' } }), references: [{ file: 'raw/guide.md', text: GUIDE }] };
    const before = structuredClone(DOCUMENT);
    expect(await guideCalls.run(DOCUMENT, context)).toEqual(before);
    expect(context.report.warnings.map((warning) => `${warning.kind} ${warning.message.split(':').slice(0, 2).join(':')}`)).toEqual([
      'guide-example-invalid raw/guide.md:12',
      'guide-call-invalid raw/guide.md:15',
      'guide-call-invalid raw/guide.md:16',
      'guide-call-invalid raw/guide.md:17',
    ]);
  });
});
