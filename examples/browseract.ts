import { ApiError, createBrowserActClient, unwrap } from '@openapi-clients/browseract';

// The key comes from BROWSERACT_API_KEY (sent as Authorization: Bearer) and the
// server from BROWSERACT_BASE_URL (default https://api.browseract.com).
const browserAct = createBrowserActClient();

// Run a workflow: input parameters, saved browser data and webhooks.
const task = unwrap(
  await browserAct.runTask({
    body: {
      workflow_id: 'wf_123456789',
      input_parameters: [{ name: 'keyword', value: 'laptops' }],
      save_browser_data: true,
      callback_url: 'https://your-server.com/webhooks/workflow-callback',
      status_change_callback_url: 'https://your-server.com/webhooks/task-status-change-callback',
    },
  }),
);

// BrowserAct errors carry a traceId to quote to support.
try {
  unwrap(await browserAct.runTask({ body: { workflow_id: '' } }));
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  console.error(`failed with ${error.status} (code ${error.code}, traceId ${error.traceId})`);
}

console.log(JSON.stringify({ taskId: task.id, profileId: task.profile_id }));
