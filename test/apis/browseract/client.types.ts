/** Type-level tests of the generated BrowserAct package, checked by `tsc` in `npm test`. */
import { createBrowserActClient, unwrap, type RunTaskResponse } from '@openapi-clients/browseract';

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
