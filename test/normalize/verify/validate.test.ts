/** Redocly's `recommended` ruleset on the finished document: errors fail the run, warnings go to the report. */
import { describe, it } from 'vitest';
import { validation } from '../../../src/normalize/verify/validate.js';
import { apiContext, expectPass, manifest, yaml, type Want } from '../given.js';

const document = (paths: string) => `openapi: 3.1.0
info: {title: Test API, version: '1', description: d}
servers: [{url: https://api.example.test}]
security: [{api_key_header: []}]
tags: [{name: T, description: t}]
paths:
${paths}components: {securitySchemes: {api_key_header: {type: apiKey, in: header, name: x-api-key}}}
`;
const operation = (id: string, parameter?: string) =>
  `{tags: [T], summary: s, description: d, operationId: ${id}, ${parameter ? `parameters: [{name: ${parameter}, in: path, required: true, schema: {type: string}}], ` : ''}responses: {'200': {description: OK}, '400': {description: Bad}}}`;
const AMBIGUOUS = `  '/t/run/{name}': {post: ${operation('a', 'name')}}\n  '/t/{id}/deploy': {post: ${operation('b', 'id')}}\n`;

const CASES: Array<[string, { given: string; lint?: string; want: Want }]> = [
  ['a clean document passes, recording nothing', { given: document(`  /t: {get: ${operation('listT')}}\n`), want: { document: document(`  /t: {get: ${operation('listT')}}\n`) } }],
  [
    'a warning of the ruleset is recorded as lint:<rule> with its pointer',
    { given: document(AMBIGUOUS), want: { document: document(AMBIGUOUS), warnings: [{ kind: 'lint:no-ambiguous-paths', pointer: '/paths/~1t~1{id}~1deploy' }] } },
  ],
  ['a rule the manifest turns off records nothing', { given: document(AMBIGUOUS), lint: 'lint:\n  no-ambiguous-paths: off\n', want: { document: document(AMBIGUOUS) } }],
  ['an error fails the run naming the rule and the pointer', { given: document(AMBIGUOUS), lint: 'lint:\n  no-ambiguous-paths: error\n', want: { error: /^api\/openapi\.yaml:#\/paths\/~1t~1\{id\}~1deploy: invalid OpenAPI 3\.1 \(no-ambiguous-paths\): / } }],
];

describe('redocly validation pass', () => {
  it.each(CASES)('%s', async (_name, { given, lint, want }) => {
    await expectPass(validation, yaml(given), apiContext({ manifest: lint ? manifest(lint) : undefined }), want);
  });
});
