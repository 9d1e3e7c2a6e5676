/**
 * A consumer of @openapi-clients/browseract as a Node or browser project
 * writes it, compiled with strict tsc under each tsconfig of
 * docs/consumers.md by test/packages/consumer-environments.test.ts.
 * Type-checked only, never run.
 */
import { ApiError, createBrowserActClient, createBrowserActClientWith, paginate, RateLimitError, unwrap, type GetTaskStatusResponse } from '@openapi-clients/browseract';
import { pageTasks } from '@openapi-clients/browseract/pages';
import { getTaskStatus, runTask } from '@openapi-clients/browseract/routes';

const browserAct = createBrowserActClient({ apiKey: 'ba-example', timeoutMs: 30_000 });

// A result narrowed by status.
const status = await browserAct.getTaskStatus({ params: { query: { task_id: 'task-1' } } });
if (status.status === 200) {
  const body: GetTaskStatusResponse = status.data;
  console.log(body.status);
} else {
  console.error(`failed with ${status.status}, traceId ${status.error.traceId}`);
}

// unwrap and the errors it throws.
try {
  const task = unwrap(await browserAct.runTask({ body: { workflow_id: 'wf_123456789', input_parameters: [{ name: 'keyword', value: 'laptops' }] } }));
  console.log(task.id);
} catch (error) {
  if (error instanceof RateLimitError) console.error('slow down');
  else if (error instanceof ApiError) console.error(error.status, error.code, error.traceId);
  else throw error;
}

// Paging through the pages entry, abortable.
const controller = new AbortController();
for await (const task of paginate(browserAct.pageTasks, pageTasks, { params: { query: { limit: 20 } } }, { maxPages: 5, signal: controller.signal })) console.log(task.id, task.status);

// A client of only the routes it calls.
const small = createBrowserActClientWith({ runTask, getTaskStatus });
const run = unwrap(await small.runTask({ body: { workflow_id: 'wf_123456789' } }));
console.log(unwrap(await small.getTaskStatus({ params: { query: { task_id: run.id } } })).status);
