// The consumer BrowserAct's size budget is measured on: run a workflow and
// read its task's status, through a client of just those two operations
// (test/packages.test.ts bundles it, as examples/create-and-run.ts for Anchor).
import { createBrowserActClientWith, unwrap } from '@openapi-clients/browseract';
import { getTaskStatus, runTask } from '@openapi-clients/browseract/routes';

const browserAct = createBrowserActClientWith({ runTask, getTaskStatus });
const task = unwrap(await browserAct.runTask({ body: { workflow_id: 'wf_123456789' } }));
const status = unwrap(await browserAct.getTaskStatus({ params: { query: { task_id: task.id } } }));
console.log(task.id, status.status);
