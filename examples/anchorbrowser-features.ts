import { createAnchorBrowserClient, NotFoundError, unwrap } from '@openapi-clients/anchorbrowser';
import { withPaginate } from '@openapi-clients/anchorbrowser/pages';

// withPaginate adds `paginate`, one method per list operation (a consumer that never pages bundles none of it).
const anchor = withPaginate(createAnchorBrowserClient());
const session = { params: { path: { sessionId: '00000000-0000-4000-8000-000000000001' } } };

// Exact request types: a misspelt or unknown key is a compile error, at any depth.
export const misspelt = () =>
  // @ts-expect-error `nme` is not a property of the request body
  anchor.createTask({ body: { nme: 'web-scraper', language: 'typescript' } });

// Results narrowed by status: each status has its own data or error type.
const navigated = await anchor.navigateToUrl({ ...session, body: { url: 'https://example.com' } });
if (navigated.status === 404) console.error('no such session:', navigated.error);

// Error classes by status: unwrap throws NotFoundError, BadRequestError, RateLimitError… (all ApiError).
let missing = '';
try {
  // `Prefer: code=404` asks the Prism mock for the documented 404.
  unwrap(await anchor.getTaskMetadata({ params: { path: { taskId: '00000000-0000-4000-8000-000000000000' } }, headers: { Prefer: 'code=404' } }));
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  missing = error.operationId ?? '';
}

// Uploads: a multipart body is a plain object; file parts are Blobs or bytes.
const extension = new Blob([new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])], { type: 'application/zip' });
const uploaded = await anchor.uploadExtension({ body: { name: 'empty-extension', file: extension } });

// Downloads by content type: an image/png body is a Blob; `parseAs: 'stream'` gives the bytes as they arrive.
const screenshot: Blob = unwrap(await anchor.takeScreenshot(session));
const stream: ReadableStream<Uint8Array> = unwrap(await anchor.takeScreenshot({ ...session, parseAs: 'stream' }));
await stream.cancel();

// Pagination: every item of every page, fetched lazily, bounded by maxPages, abortable through a signal.
let tasks = 0;
for await (const task of anchor.paginate.listTasks({ params: { query: { limit: '10' } } }, { maxPages: 2 })) tasks += task.id ? 1 : 0;

console.log(JSON.stringify({ navigated: navigated.status, missing, uploaded: uploaded.status, screenshot: screenshot instanceof Blob, tasks }));
