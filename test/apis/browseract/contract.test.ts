/**
 * BrowserAct's own contract test: the run-a-workflow guide's call through
 * the generated client, against the Prism of the global setup.
 */
import { describe, expect, inject, it } from 'vitest';
import { contractApiUnderTest, loadClient } from '../../contract/client.js';

const api = contractApiUnderTest('browseract');

describe('BrowserAct run-a-workflow guide', () => {
  it('runs a workflow task with input_parameters, save_browser_data and callback URLs', async () => {
    const browserAct = await loadClient(api, inject('prism')[api.name]!);
    const result = await browserAct.client.runTask!({
      body: {
        workflow_id: 'wf_123456789',
        input_parameters: [{ name: 'keyword', value: 'laptops' }],
        save_browser_data: true,
        callback_url: 'https://your-server.com/webhooks/workflow-callback',
        status_change_callback_url: 'https://your-server.com/webhooks/task-status-change-callback',
      },
    });
    expect(browserAct.unwrap(result)).toEqual({ id: 'task_123456789', profile_id: 'profile_abc123' });
  });
});
