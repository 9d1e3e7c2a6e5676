/**
 * A consumer of @openapi-clients/anchorbrowser as a Node or browser project
 * writes it, compiled with strict tsc under each tsconfig of
 * docs/consumers.md by test/packages/consumer-environments.test.ts: every
 * public type a call touches (options, results, errors, uploads, downloads,
 * waiters, paging, the routes and pages entries) must resolve from either
 * environment's globals alone. Type-checked only, never run.
 */
import { ApiError, ConnectionError, createAnchorBrowserClient, createAnchorBrowserClientWith, NotFoundError, paginate, TimeoutError, unwrap, type ApiResult, type PlainRequest, type TaskExecutionResult } from '@openapi-clients/anchorbrowser';
import { listTasks as listTasksPages } from '@openapi-clients/anchorbrowser/pages';
import { createTask, runTask, takeScreenshot } from '@openapi-clients/anchorbrowser/routes';

const anchor = createAnchorBrowserClient({
  apiKey: 'sk-example',
  baseUrl: 'https://api.anchorbrowser.io',
  headers: { 'x-request-source': 'consumer' },
  timeoutMs: 30_000,
  maxRetries: 2,
  // The option's own signature: a fetch wrapper compiles without naming DOM-only types.
  fetch: (url, init) => fetch(url, init),
});

// A result narrowed by status: the 404 body differs from the 400 one.
const navigated = await anchor.navigateToUrl({ params: { path: { sessionId: 'session-1' } }, body: { url: 'https://example.com' } });
if (navigated.status === 404) console.error('no such session', navigated.error);
else if (navigated.error) console.error(`failed with ${navigated.status}`, navigated.error);
else console.log(navigated.data);

// unwrap: the success body, or an ApiError thrown (its subclass by status).
try {
  const task = unwrap(await anchor.getTaskMetadata({ params: { path: { taskId: 'no-such-task' } } }));
  console.log(task.data?.name);
} catch (error) {
  if (error instanceof NotFoundError) console.error('not found:', error.operationId);
  else if (error instanceof ApiError) console.error(error.status, error.code, error.traceId, error.method, error.url, error.body);
  else if (error instanceof ConnectionError || error instanceof TimeoutError) console.error(error.message);
  else throw error;
}

// An upload (a Blob and bytes) and a download (a Blob).
const zip = new Blob([new Uint8Array([0x50, 0x4b, 0x05, 0x06])], { type: 'application/zip' });
const uploaded = await anchor.uploadExtension({ body: { name: 'extension', file: zip } });
const response: Response = uploaded.response;
const screenshot: Blob = unwrap(await anchor.takeScreenshot({ params: { path: { sessionId: 'session-1' } }, signal: AbortSignal.timeout(10_000) }));
console.log(response.headers.get('content-type'), screenshot.size);

// A waiter, abortable.
const controller = new AbortController();
const execution: TaskExecutionResult = await anchor.waitForExecution('task-1', { version: '1', timeoutMs: 60_000, signal: controller.signal });
console.log(execution.status);

// Paging through the pages entry.
for await (const task of paginate(anchor.listTasks, listTasksPages, { params: { query: { limit: '50' } } }, { maxPages: 3 })) console.log(task.id);

// A client of only the routes it calls, and middleware seeing the request openapi-fetch builds.
const small = createAnchorBrowserClientWith({ createTask, runTask, takeScreenshot }, { apiKey: 'sk-example' });
small.use({
  onRequest({ request }) {
    const plain = request as unknown as PlainRequest;
    plain.headers.set('x-trace', plain.method);
  },
});
const created: ApiResult = await small.createTask({ body: { name: 'web-scraper', language: 'typescript', code: btoa('export default () => 1;') } });
console.log(created.response.status);
