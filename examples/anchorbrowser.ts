import { ApiError, createAnchorBrowserClient, unwrap } from '@openapi-clients/anchorbrowser';

// The key comes from ANCHORBROWSER_API_KEY and the server from ANCHORBROWSER_BASE_URL
// (default https://api.anchorbrowser.io); both can be passed as options instead.
const anchor = createAnchorBrowserClient({ timeoutMs: 30_000, maxRetries: 2 });

// Create a task (the code is sent base64-encoded).
const created = unwrap(
  await anchor.createTask({
    body: {
      name: 'web-scraper',
      language: 'typescript',
      code: btoa('export default async function run() { return "done"; }'),
      browserConfiguration: { proxy: { active: true, type: 'anchor_proxy', country_code: 'de' } },
    },
  }),
);
const task = created.data;
if (!task) throw new Error('createTask returned no task');

// Run version 1 asynchronously: the call returns at once.
const started = unwrap(
  await anchor.runTask({
    body: { taskId: task.id, version: '1', async: true, inputs: { ANCHOR_TARGET_URL: 'https://example.com' } },
  }),
);

// Wait for the execution to end: bounded, abortable, with backoff.
const execution = await anchor.waitForExecution(task.id, { version: '1', timeoutMs: 5 * 60_000 });

// Calls return { data, error, response }; unwrap returns data or throws an ApiError.
try {
  unwrap(await anchor.deployTask({ params: { path: { taskId: task.id } }, body: { code: 'not base64!' } }));
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  // e.g. "deployTask (POST https://api.anchorbrowser.io/v1/task/…/deploy) failed with 422: …"
  console.error(error.status, error.operationId, error.message);
}

// Uploads: a multipart body is a plain object, a file part a Blob (or bytes); the client builds the form.
const zip = new Blob([new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])], { type: 'application/zip' });
const uploaded = await anchor.uploadExtension({ body: { name: 'empty-extension', file: zip } });

console.log(JSON.stringify({ task: task.name, started: started.data?.message, status: execution.status, uploaded: uploaded.response.status }));
