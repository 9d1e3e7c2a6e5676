// The consumer the size budget is measured on: create a task and run it, as
// the same program on the official `anchorbrowser` SDK does (10,859 bytes
// gzipped with esbuild). test/packages.test.ts bundles it. It takes only the
// two operations it calls: the other 89 routes are not in its bundle.
import { createAnchorBrowserClientWith, unwrap } from '@openapi-clients/anchorbrowser';
import { createTask, runTask } from '@openapi-clients/anchorbrowser/routes';

const anchor = createAnchorBrowserClientWith({ createTask, runTask });
const task = unwrap(await anchor.createTask({ body: { name: 'web-scraper', language: 'typescript', code: btoa('export default async () => "done";') } })).data;
if (!task) throw new Error('createTask returned no task');
const run = unwrap(await anchor.runTask({ body: { taskId: task.id, async: true } }));
console.log(run.data?.message);
