/** Document-level security: the manifest's requirement, whatever the sources publish. */
import { describe, it } from 'vitest';
import { documentSecurity } from '../../../src/normalize/assemble/security.js';
import { apiContext, expectPass, source, type Want } from '../given.js';

const CASES: Array<[string, { given: Record<string, string>; want: Want }]> = [
  ['no source says anything: the manifest requirement', { given: { 'a.yaml': 'openapi: 3.1.0\n' }, want: { document: 'security: [{api_key_header: []}]\n' } }],
  ['a source publishing the same requirement: nothing to report', { given: { 'a.yaml': 'openapi: 3.1.0\nsecurity: [{api_key_header: []}]\n' }, want: { document: 'security: [{api_key_header: []}]\n' } }],
  [
    'each source publishing another is reported replaced, with what it published',
    {
      given: { 'a.yaml': 'openapi: 3.1.0\nsecurity: []\n', 'b.yaml': 'openapi: 3.1.0\n', 'c.yaml': 'openapi: 3.1.0\nsecurity: [{bearer: [read]}]\n' },
      want: {
        document: 'security: [{api_key_header: []}]\n',
        transformations: [
          { kind: 'merge-document-security-replaced', source: 'a.yaml', pointer: '/security', reason: 'document-level security comes from the manifest auth; operations keep their own', before: [] },
          { kind: 'merge-document-security-replaced', source: 'c.yaml', pointer: '/security', reason: 'document-level security comes from the manifest auth; operations keep their own', before: [{ bearer: ['read'] }] },
        ],
      },
    },
  ],
  [
    'operation-level security is not its business',
    { given: { 'a.yaml': "openapi: 3.1.0\npaths: {/a: {get: {security: [], responses: {'200': {description: OK}}}}}\n" }, want: { document: 'security: [{api_key_header: []}]\n' } },
  ],
];

describe('security pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const sources = Object.entries(given).map(([file, text]) => source(file, text));
    await expectPass(documentSecurity, {}, apiContext({ sources }), want);
  });
});
