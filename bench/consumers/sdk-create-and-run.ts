// The same program as examples/create-and-run.ts, on the official `anchorbrowser` SDK.
import Anchorbrowser from 'anchorbrowser';

const anchor = new Anchorbrowser();
const task = (await anchor.task.create({ name: 'web-scraper', language: 'typescript', code: btoa('export default async () => "done";') })).data;
if (!task) throw new Error('task.create returned no task');
const run = await anchor.task.run({ taskId: task.id, async: true });
console.log(run.data?.message);
