/**
 * The rule that names operations published without an operationId: from the
 * summary when it is a verb phrase, else from method and path. Names are
 * identifiers of bounded length whatever the summary and path hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveOperationName, joinWords, MAX_LENGTH, qualifiedNames } from '../../../src/normalize/repair/operation-names.js';

const name = (method: string, path: string, summary?: string) => joinWords(deriveOperationName(method, path, summary).words);

const CASES: Array<[string, { given: [method: string, path: string, summary?: string]; want: string }]> = [
  // From the summary.
  ['a verb phrase', { given: ['get', '/v1/applications', 'List applications'], want: 'listApplications' }],
  ['articles are dropped', { given: ['post', '/v1/sessions', 'Create a session'], want: 'createSession' }],
  ['title case reads the same', { given: ['get', '/v1/sessions/{id}/screenshot', 'Take Screenshot'], want: 'takeScreenshot' }],
  ['"Get the list of X" reads list X', { given: ['get', '/deployments', 'Get the list of deployments'], want: 'listDeployments' }],
  ['"List all X" reads list X', { given: ['get', '/files', 'List all files'], want: 'listFiles' }],
  ['"Create a new X" reads create X', { given: ['post', '/deployments', 'Create a new deployment'], want: 'createDeployment' }],
  ['parentheses are dropped', { given: ['post', '/v1/task/run/{name}', 'Run Task by Name (Legacy)'], want: 'runTaskByName' }],
  ['the phrase ends at a comma', { given: ['get', '/endpoints', 'List all endpoints, can be filtered by type'], want: 'listEndpoints' }],
  ['the phrase ends at a full stop', { given: ['get', '/regions', 'List regions. Each has drivers.'], want: 'listRegions' }],
  ['the phrase ends at a clause word', { given: ['get', '/audio', 'Stream audio via WebSocket'], want: 'streamAudio' }],
  ['acronyms are one capital', { given: ['post', '/v1/tools/page-pdf', 'Get Page PDF'], want: 'getPagePdf' }],
  ['at most five words, not ending on a connector', { given: ['get', '/deployments/{id}', 'Get a deployment by ID or name'], want: 'getDeploymentById' }],
  ['five words kept', { given: ['post', '/v1/task/{id}/draft', 'Create or Update Task Draft (Legacy)'], want: 'createOrUpdateTaskDraft' }],
  ['accents are folded', { given: ['get', '/models', 'Get vicuña models'], want: 'getVicunaModels' }],
  ['one verb alone is a name', { given: ['post', '/v1/sessions/{id}/scroll', 'Scroll'], want: 'scroll' }],
  // From method and path.
  ['no summary: GET collection lists', { given: ['get', '/v1/applications'], want: 'listApplications' }],
  ['GET item gets the singular', { given: ['get', '/v1/applications/{applicationId}'], want: 'getApplication' }],
  ['GET of a singular resource gets it', { given: ['get', '/queue/status'], want: 'getStatus' }],
  ['POST collection creates', { given: ['post', '/v1/identities'], want: 'createIdentity' }],
  ['PUT item updates', { given: ['put', '/v1/identities/{identityId}'], want: 'updateIdentity' }],
  ['PATCH item updates', { given: ['patch', '/batches/{id}'], want: 'updateBatch' }],
  ['DELETE item deletes the singular', { given: ['delete', '/v1/applications/{applicationId}/auth-flows/{authFlowId}'], want: 'deleteAuthFlow' }],
  ['DELETE collection deletes them all', { given: ['delete', '/v1/sessions/all'], want: 'deleteAll' }],
  ['POST on an action segment: the action on the resource', { given: ['post', '/fine-tunes/{id}/cancel'], want: 'cancelFineTune' }],
  ['an action segment in camel case', { given: ['post', '/v1/task/{taskId}/deploy'], want: 'deployTask' }],
  ['a summary that is no verb phrase falls back to the path', { given: ['post', '/v1/sessions/{sessionId}/mouse/click', 'Mouse Click'], want: 'clickMouse' }],
  ['other methods use their own name', { given: ['head', '/files'], want: 'headFiles' }],
  ['the root path', { given: ['get', '/'], want: 'getRoot' }],
  ['version segments are no resource', { given: ['get', '/v2/'], want: 'getRoot' }],
  ['an empty summary falls back', { given: ['get', '/files/{id}', ''], want: 'getFile' }],
];

describe('deriveOperationName', () => {
  it.each(CASES)('%s', (_name, { given, want }) => {
    expect(name(...given)).toBe(want);
  });

  it('says where the name came from', () => {
    expect(deriveOperationName('get', '/a', 'List things').from).toBe('summary');
    expect(deriveOperationName('get', '/a', 'Things').from).toBe('path');
    expect(deriveOperationName('get', '/a', 42).from).toBe('path');
  });

  it('bounds a summary of long words', () => {
    expect(name('get', '/a', `Get ${'x'.repeat(500)} ${'y'.repeat(30)}`)).toBe(`getX${'x'.repeat(MAX_LENGTH - 4)}`);
    expect(name('get', `/${'z'.repeat(1000)}`)).toHaveLength(MAX_LENGTH);
  });

  it('gives an identifier of bounded length for any summary, method and path, every time the same', () => {
    const segment = fc.oneof(fc.string(), fc.string().map((text) => `{${text}}`), fc.constantFrom('v1', 'users', 'run', '{id}', 'ñ', '__proto__', '0'));
    fc.assert(
      fc.property(fc.constantFrom('get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'), fc.array(segment, { maxLength: 6 }), fc.option(fc.string({ unit: 'grapheme', maxLength: 300 })), (method, segments, summary) => {
        const path = `/${segments.join('/')}`;
        const derived = name(method, path, summary ?? undefined);
        expect(derived).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(derived.length).toBeLessThanOrEqual(MAX_LENGTH);
        expect(name(method, path, summary ?? undefined)).toBe(derived);
        for (const qualified of qualifiedNames(deriveOperationName(method, path, summary).words, path).map(joinWords)) {
          expect(qualified).toMatch(/^[a-z][A-Za-z0-9]*$/);
          expect(qualified.length).toBeLessThanOrEqual(MAX_LENGTH);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('qualifiedNames', () => {
  it('inserts path segments after the verb, most specific first, and appends a version', () => {
    expect(qualifiedNames(['list', 'recordings'], '/v1/sessions/{id}/recordings').map(joinWords)).toEqual(['listSessionRecordings', 'listRecordingsV1']);
    expect(qualifiedNames(['run', 'task'], '/v1/task/run')).toEqual([['run', 'task', 'v1']]);
    expect(qualifiedNames(['list', 'jobs'], '/fine-tunes').map(joinWords)).toEqual(['listFineTuneJobs']);
  });
});
