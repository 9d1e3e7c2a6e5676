// The consumer the size budget is measured on: create a task and run it, as
// the same program on the official `anchorbrowser` SDK does (10,510 bytes
// gzipped with esbuild). test/packages.test.ts bundles it.
import { createAnchorBrowserClient, unwrap } from '@openapi-clients/anchorbrowser';

const anchor = createAnchorBrowserClient();
const task = unwrap(await anchor.createTask({ body: { name: 'web-scraper', language: 'typescript', code: btoa('export default async () => "done";') } })).data;
if (!task) throw new Error('createTask returned no task');
const run = unwrap(await anchor.runTask({ body: { taskId: task.id, async: true } }));
console.log(run.data?.message);
