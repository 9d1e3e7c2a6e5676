/**
 * Document-level security: the manifest's requirement when it names one,
 * whatever the sources publish; otherwise the sources' own, moved onto each
 * source's operations when the sources differ.
 */
import { describe, expect, it } from 'vitest';
import { documentSecurity } from '../../../src/normalize/assemble/security.js';
import { apiContext, expectPass, manifest, source, type Want } from '../given.js';

const OK = "responses: {'200': {description: OK}}";
const NO_MANIFEST_AUTH = { ...manifest(), auth: { schemes: [] } };

/** The sources' own requirements (no manifest auth); `sources` are the sources' documents after the pass, as the merge takes them. */
const OWN_CASES: Array<[string, { given: Record<string, string>; want: Want; sources?: Record<string, string> }]> = [
  ['one source: its requirement stays the document\'s', { given: { 'a.yaml': 'openapi: 3.1.0\nsecurity: [{basic: []}, {token: []}]\n' }, want: { document: 'security: [{basic: []}, {token: []}]\n' } }],
  ['no source publishes one: none', { given: { 'a.yaml': 'openapi: 3.1.0\n', 'b.yaml': 'openapi: 3.1.0\n' }, want: { document: {} } }],
  ['every source publishes the same: the document\'s', { given: { 'a.yaml': 'security: [{k: []}]\n', 'b.yaml': 'security: [{k: []}]\n' }, want: { document: 'security: [{k: []}]\n' } }],
  [
    'sources that differ: each requirement onto its own operations without one, recorded per source',
    {
      given: {
        'a.yaml': `security: [{k: []}]\npaths: {/a: {get: {${OK}}, post: {security: [], ${OK}}}}\n`,
        'b.yaml': `paths: {/b: {get: {${OK}}}}\n`,
      },
      want: {
        document: {},
        transformations: [
          { kind: 'document-security-to-operations', source: 'a.yaml', pointer: '/security', before: [{ k: [] }] },
          { kind: 'document-security-to-operations', source: 'b.yaml', pointer: '/security', before: [] },
        ],
      },
      sources: {
        'a.yaml': `paths: {/a: {get: {${OK}, security: [{k: []}]}, post: {security: [], ${OK}}}}\n`,
        'b.yaml': `paths: {/b: {get: {${OK}, security: []}}}\n`,
      },
    },
  ],
];

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

describe('security pass, without manifest auth', () => {
  it.each(OWN_CASES)('%s', async (_name, { given, want, sources: after }) => {
    const sources = Object.entries(given).map(([file, text]) => source(file, text));
    await expectPass(documentSecurity, {}, apiContext({ manifest: NO_MANIFEST_AUTH, sources }), want);
    if (after) for (const converted of sources) expect(converted.document, converted.file).toEqual(source(converted.file, after[converted.file]!).document);
  });
});

describe('security pass', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const sources = Object.entries(given).map(([file, text]) => source(file, text));
    await expectPass(documentSecurity, {}, apiContext({ sources }), want);
  });
});
