/**
 * Type-level tests of the generated Anchor package, checked by `tsc` in
 * `npm test` (each @ts-expect-error fails the build if its line compiles).
 */
import {
  createAnchorBrowserClient,
  createAnchorBrowserClientWith,
  unwrap,
  type CreateTaskRequestBody,
  type RunTaskV2RequestBody,
  type RunTaskV2Response,
  type SessionConfig,
  type TaskExecutionResult,
} from '@openapi-clients/anchorbrowser';
import { createTask, runTask } from '@openapi-clients/anchorbrowser/routes';

// A v2 run without input_params does not compile.
// @ts-expect-error input_params is required
export const missingInputParams: RunTaskV2RequestBody = { cleanup_sessions: false };

// cleanup_sessions is optional (it has a default).
export const withoutCleanup: RunTaskV2RequestBody = { input_params: { 'File Name': 'invoice.pdf' } };

// An unknown body field does not compile.
// @ts-expect-error unknown field
export const unknownField: CreateTaskRequestBody = { name: 'web-scraper', language: 'typescript', colour: 'red' };

// The country code "no" is a string literal, not a boolean.
export const norway: SessionConfig = { proxy: { active: true, type: 'anchor_proxy', country_code: 'no' } };

// @ts-expect-error not a proxy type
export const bogusType: SessionConfig = { proxy: { active: true, type: 'bogus' } };

// The complete document has one Anchor proxy type, with one country list:
// the pages' residential, mobile and gov types are gone (a breaking change, 0.2.0).
// @ts-expect-error anchor_residential is not a proxy type of the complete document
export const residential: SessionConfig = { proxy: { active: true, type: 'anchor_residential', country_code: 'de' } };
// @ts-expect-error "bi" (Burundi) is not in the anchor_proxy list
export const proxyBurundi: SessionConfig = { proxy: { active: true, type: 'anchor_proxy', country_code: 'bi' } };
// The type is optional; the country code is still checked.
export const untypedGermany: SessionConfig = { proxy: { active: true, country_code: 'de' } };
// @ts-expect-error not a country code of the list
export const untypedAtlantis: SessionConfig = { proxy: { active: true, country_code: 'xx' } };
// Custom proxies keep their own shape.
export const custom: SessionConfig = { proxy: { type: 'custom', active: true, server: 'proxy.example:8080', username: 'u', password: 'p' } };

export const status: TaskExecutionResult['status'] = 'queued';
// @ts-expect-error not an execution status
export const badStatus: TaskExecutionResult['status'] = 'paused';

export async function clientTypes(): Promise<void> {
  const client = createAnchorBrowserClient({ apiKey: 'k' });

  // @ts-expect-error the per-operation method requires input_params like the path method does
  await client.runTaskV2({ params: { path: { taskId: 't' } }, body: { cleanup_sessions: true } });
  // @ts-expect-error the path parameter is required
  await client.runTaskV2({ body: { input_params: {} } });

  const result = await client.runTaskV2({ params: { path: { taskId: 't' } }, body: { input_params: { a: 'b' } } });
  // @ts-expect-error before narrowing, data may be undefined
  export200(result.data);
  if (!result.error) export200(result.data); // a successful call is narrowed to the 200 body
  else errorCode(result.error.error?.code); // the error is typed from the spec's ErrorResponse

  // unwrap gives the 200 body; the path method has the same types as the operation method.
  export200(unwrap(await client.POST('/v2/tasks/{taskId}/run', { params: { path: { taskId: 't' } }, body: { input_params: {} } })));
  // @ts-expect-error the path method rejects the same bad body
  await client.POST('/v2/tasks/{taskId}/run', { params: { path: { taskId: 't' } }, body: {} });

  const execution: TaskExecutionResult = await client.waitForExecution('t', { version: '1', intervalMs: 500, timeoutMs: 60_000 });
  // @ts-expect-error version is a string query parameter
  await client.waitForExecution('t', { version: 1 });
  void execution;
}

/**
 * Exact request types, in real calls: a misspelt or unknown key is an error
 * in `body` at any depth, `params.query`, `params.path` and `params.header`;
 * what the schema leaves open (`input_params`' index signature) compiles.
 */
export async function exactRequests(): Promise<void> {
  const client = createAnchorBrowserClient({ apiKey: 'k' });
  // @ts-expect-error cleanup_session is misspelt (cleanup_sessions)
  await client.runTaskV2({ params: { path: { taskId: 't' } }, body: { input_params: {}, cleanup_session: true } });
  // @ts-expect-error an unknown body field
  await client.createTask({ body: { name: 'n', language: 'typescript', bogus: 1 } });
  // @ts-expect-error an unknown field two objects down (browserConfiguration.proxy)
  await client.createTask({ body: { name: 'n', language: 'typescript', browserConfiguration: { proxy: { active: true, bogus: 2 } } } });
  // @ts-expect-error a misspelt query parameter (page)
  await client.listTaskExecutions({ params: { path: { taskId: 't' }, query: { pag: '1' } } });
  // @ts-expect-error an unknown path parameter
  await client.runTaskV2({ params: { path: { taskId: 't', id: 'x' } }, body: { input_params: {} } });
  // @ts-expect-error an unknown header parameter: the operation has none
  await client.runTaskV2({ params: { path: { taskId: 't' }, header: { 'x-bogus': 'x' } }, body: { input_params: {} } });
  // Open maps stay open: input_params takes any string keys.
  await client.runTaskV2({ params: { path: { taskId: 't' } }, body: { input_params: { 'File Name': 'a.pdf', anything: 'b' }, cleanup_sessions: true } });
  await client.listTaskExecutions({ params: { path: { taskId: 't' }, query: { page: '1', limit: '1', status: 'success' } } });
}

/** Results narrowed by status: each documented status has its own body type, success and error alike. */
export async function statusNarrowing(): Promise<void> {
  const client = createAnchorBrowserClient({ apiKey: 'k' });
  const navigated = await client.navigateToUrl({ params: { path: { sessionId: 's' } }, body: { url: 'https://example.com' } });
  if (navigated.status === 200) {
    const state: string | undefined = navigated.data.status;
    void state;
  } else if (navigated.status === 400) {
    // The 400 body is ErrorResponse: {error: {code, message}}.
    const code: number | undefined = navigated.error.error?.code;
    void code;
  } else if (navigated.status === 404) {
    // The 404 body wraps ErrorResponse once more: {error: {error: {code, message}}}.
    const code: number | undefined = navigated.error.error?.error?.code;
    // @ts-expect-error the 404 body's error is ErrorResponse, whose code is one level down
    const wrong: number | undefined = navigated.error.error?.code;
    void [code, wrong];
  }
  // @ts-expect-error 201 is not a documented status of navigateToUrl
  if (navigated.status === 201) return;
  // unwrap still gives the success body.
  const state: string | undefined = unwrap(navigated).status;
  void state;
}

/** Bodies that are not JSON are typed as the client reads them: a Blob, or text. */
export async function downloadTypes(): Promise<void> {
  const client = createAnchorBrowserClient({ apiKey: 'k' });
  const shot = unwrap(await client.takeScreenshot({ params: { path: { sessionId: 's' } } }));
  const bytes: Blob = shot;
  const page = unwrap(await client.getWebpageContent({ body: { url: 'https://example.com' } }));
  const text: string = page;
  // @ts-expect-error a screenshot is bytes, not text
  const notText: string = shot;
  void [bytes, text, notText];
  // An upload's file part takes a Blob or bytes, not a string.
  await client.uploadFiles({ params: { path: { sessionId: 's' } }, body: { file: new Uint8Array([1, 2, 3]) } });
  // @ts-expect-error a file part is not a string
  await client.uploadFiles({ params: { path: { sessionId: 's' } }, body: { file: 'C:/file.txt' } });
}

/** A client of the picked operations: those methods, typed as the full client's, and no other. */
export async function pickedClientTypes(): Promise<void> {
  const picked = createAnchorBrowserClientWith({ createTask, runTask }, { apiKey: 'k' });
  const created = unwrap(await picked.createTask({ body: { name: 'web-scraper', language: 'typescript' } }));
  const id: string | undefined = created.data?.id;
  void id;
  // @ts-expect-error name is required, as for the full client
  await picked.createTask({ body: { language: 'typescript' } });
  // @ts-expect-error listTasks was not picked
  await picked.listTasks();
  // @ts-expect-error a route under another operation's name
  createAnchorBrowserClientWith({ createTask: runTask });
  // The path methods reach every route.
  await picked.GET('/v1/task', {});
}

function export200(body: RunTaskV2Response): void {
  void body;
}
function errorCode(code: number | undefined): void {
  void code;
}
