/** Type-level tests of the generated BrowserAct package, checked by `tsc` in `npm test`. */
import { createBrowserActClient, paginate, unwrap, type GetTaskStatusResponse, type RunTaskResponse } from '@openapi-clients/browseract';
import { pageTasks } from '@openapi-clients/browseract/pages';

export async function browserActTypes(): Promise<void> {
  const client = createBrowserActClient();
  // @ts-expect-error workflow_id is required
  await client.runTask({ body: { input_parameters: [] } });
  const task: RunTaskResponse = unwrap(await client.runTask({ body: { workflow_id: 'wf_1', save_browser_data: true } }));
  const result = await client.runTask({ body: { workflow_id: 'wf_1' } });
  if (result.error) {
    // The error is the documented envelope: {code, msg, traceId}.
    const traceId: string | undefined = result.error.traceId;
    void traceId;
  }
  void task;
}

/**
 * Exact request types: each call below is a real call of an operation
 * method, and each misspelt or unknown key is a compile error wherever it
 * goes (openapi-fetch alone accepts them all: openapi-typescript issue 1769).
 */
export async function browserActExactRequests(): Promise<void> {
  const client = createBrowserActClient();
  // @ts-expect-error a misspelt body field (save_browser_data)
  await client.runTask({ body: { workflow_id: 'wf_1', save_browser_dat: true } });
  // @ts-expect-error an unknown query parameter
  await client.pageTasks({ params: { query: { page: 1, sort: 'asc' } } });
  // @ts-expect-error a misspelt required query parameter
  await client.getTask({ params: { query: { taskid: 't' } } });
  // @ts-expect-error an unknown path parameter: the operation has none
  await client.getTask({ params: { query: { task_id: 't' }, path: { id: 't' } } });
  // @ts-expect-error an unknown header parameter: the operation has none
  await client.getTask({ params: { query: { task_id: 't' }, header: { 'x-trace': '1' } } });
  // The same calls without the mistakes compile.
  await client.runTask({ body: { workflow_id: 'wf_1', save_browser_data: true } });
  await client.pageTasks({ params: { query: { page: 1 } } });
  await client.getTask({ params: { query: { task_id: 't' } } });
}

/** Results narrowed by status: the 200 body on 200, the documented envelope on an error status. */
export async function browserActStatusNarrowing(): Promise<void> {
  const client = createBrowserActClient();
  const result = await client.getTaskStatus({ params: { query: { task_id: 't' } } });
  if (result.status === 200) {
    const data: GetTaskStatusResponse = result.data;
    void data;
  } else {
    const traceId: string | undefined = result.error.traceId;
    void traceId;
  }
}

/** paginate() yields the list's items, typed from the operation's body, with the method's own init. */
export async function browserActPagination(): Promise<void> {
  const client = createBrowserActClient();
  for await (const task of paginate(client.pageTasks, pageTasks, { params: { query: { limit: 20, status: 'running' } } }, { maxPages: 5 })) {
    const id: string | undefined = task.id;
    void id;
  }
  // @ts-expect-error the init is the method's: an unknown query parameter does not compile
  paginate(client.pageTasks, pageTasks, { params: { query: { sort: 'asc' } } });
}
