/**
 * One contract per operation of every normalized document, against the
 * Prism servers of the global setup. Nothing here names an operation: a new
 * path in a raw spec, regenerated, is tested by the same code.
 */
import { beforeAll, describe, expect, inject, it, type RunnerTestSuite } from 'vitest';
import { errorStatuses, successStatus } from '../../src/contract/apis.js';
import { needsCredentials, withoutCredentials } from '../../src/contract/credentials.js';
import { exampleRequest, negativeRequests, responseSchemaPointer, validationStatus } from '../../src/contract/requests.js';
import { DocumentValidator } from '../../src/schema-validator.js';
import { readPointer } from '../../src/runtime/errors.js';
import { CONTRACT_API_KEY, contractApisUnderTest, loadClient, type LoadedClient } from './client.js';

const apis = contractApisUnderTest();

const SUCCESS_CASE = 'gets the documented success for the example request, with a body valid against its schema (Ajv 2020)';
const NO_CREDENTIALS_CASE = 'refuses a request without credentials with 401';
const errorCase = (status: string) => `serves the documented ${status} (Prefer: code=…) in its documented shape, parsed into ApiError`;
const operationSuite = (operation: { id: string; method: string; path: string }) => `${operation.id} (${operation.method} ${operation.path})`;

for (const api of apis) describe(api.name, () => {
  const validator = new DocumentValidator(api.document);
  let loaded: LoadedClient;
  beforeAll(async () => {
    loaded = await loadClient(api, inject('prism')[api.name]!);
  });

  for (const operation of api.model.operations) describe(operationSuite(operation), () => {
    const fallbacks: string[] = [];
    const example = exampleRequest(api.document, operation, { fallbacks });
    // A value the sampler could not make from its whole schema (an unsafe pattern): said, not hidden.
    for (const why of fallbacks) console.warn(`${api.name} ${operation.id}: sampled value not from its whole schema: ${why}`);

    it(SUCCESS_CASE, async () => {
      const result = await loaded.client[operation.id]!(example);
      const status = successStatus(operation);
      expect(result.response.status, JSON.stringify(result.error)).toBe(status);
      if (result.data === undefined) return;
      // Read by its documented content type: JSON parsed, text as text, anything else as bytes.
      const media = operation.success!.media[0]!;
      const parseAs = example.parseAs ?? 'json';
      if (parseAs !== 'json') expect(result.response.headers.get('content-type')).toContain(media.type.split(';')[0]);
      if (parseAs === 'arrayBuffer') expect(result.data).toBeInstanceOf(ArrayBuffer);
      else expect(validator.validate(parseAs === 'json' ? responseSchemaPointer(operation, status) : media.schemaPointer, result.data)).toEqual([]);
    });

    // An operation with nothing to get wrong (no body, no query parameters) has no negative cases.
    const negatives = negativeRequests(api.document, operation, validator);
    if (negatives.length > 0) it.each(negatives)('rejects $name, naming the field, through the typed error', async ({ field, request }) => {
      const result = await loaded.client[operation.id]!(request);
      const expected = validationStatus(operation);
      expect(result.response.status).toBe(expected);
      // Prism's own 422 lists violations in its body; with a documented 400 it serves that (with no body when it
      // documents none) and lists them in a header.
      if (expected === 422) expect(result.error).toBeDefined();
      const violations = expected === 422 ? JSON.stringify((result.error as { validation?: unknown }).validation) : result.response.headers.get('sl-violations');
      expect(violations).toContain(field);
      const error = catchError(() => loaded.unwrap(result));
      expect(error).toBeInstanceOf(loaded.ApiError);
      expect(error).toMatchObject({ status: expected, operationId: operation.id });
    });

    if (needsCredentials(operation)) it(NO_CREDENTIALS_CASE, async () => {
      const result = await loaded.client[operation.id]!({ ...example, middleware: [withoutCredentials(api.model)] });
      expect(result.response.status).toBe(401);
      expect(catchError(() => loaded.unwrap(result))).toMatchObject({ status: 401, operationId: operation.id });
    });

    for (const status of errorStatuses(operation)) it(errorCase(status), async () => {
      const result = await loaded.client[operation.id]!({ ...example, headers: { Prefer: `code=${status}` } });
      expect(result.response.status).toBe(Number(status));
      // A JSON error body valid against its schema; a response documented without content has none.
      const documented = operation.responses.find((response) => response.status === status)!;
      if (documented.json) expect(validator.validate(responseSchemaPointer(operation, status), result.error)).toEqual([]);
      else if (documented.media.length === 0) expect(result.error ?? '').toBe('');
      const error = catchError(() => loaded.unwrap(result)) as Error & Record<string, unknown>;
      expect(error).toBeInstanceOf(loaded.ApiError);
      // The class of its status, where the client has one.
      expect(error.name).toBe(STATUS_ERRORS[Number(status)] ?? (Number(status) >= 500 ? 'InternalServerError' : 'ApiError'));
      // The error shapes (client.errors, or derived from the documented bodies), tried in order as the
      // client does: the first whose message is a string reads the body. A documented JSON body fits one,
      // unless the report lists it as fitting none (its schema, or a documented example the shapes do not
      // read whole: derived shapes only, the model refuses such a client.errors); a body-less response fits none.
      const { shapes, unmatched } = api.model.errors;
      const fitting = shapes.find((candidate) => typeof readPointer(result.error, candidate.message) === 'string');
      const fitsNone = unmatched.includes(`${operation.pointer}/responses/${status}`);
      if (documented.json && shapes.length > 0 && !fitsNone) expect(fitting, 'an error shape reads the documented body').toBeDefined();
      const shape = fitsNone ? {} : (fitting ?? {});
      const code = shape.code === undefined ? undefined : readPointer(result.error, shape.code);
      const message = shape.message === undefined ? undefined : readPointer(result.error, shape.message);
      if (shape.code !== undefined) expect(code).toBeDefined();
      if (shape.message !== undefined) expect(message).toBeDefined();
      expect(error).toMatchObject({ status: Number(status), operationId: operation.id, ...(shape.code === undefined ? {} : { code }) });
      expect(error.message).toContain(shape.message === undefined ? `failed with ${status}` : `failed with ${status}: ${String(message)}`);
      if (shape.traceId) expect(error.traceId).toBe(readPointer(result.error, shape.traceId));
      expect(JSON.stringify(error) + String(error) + error.stack).not.toContain(CONTRACT_API_KEY);
    });
  });
});

/**
 * Stands on its own (it passes or fails alone, under `-t` too): the operations
 * are read from the documents here, not through the operation model, and
 * each must be in the model, have its cases registered in this file, a
 * client method to send them through and an example request its own schema
 * accepts. Whether each case passes is that case's own test.
 */
/** The error class names of the statuses that have one (src/runtime/errors.ts). */
const STATUS_ERRORS: Record<number, string> = {
  400: 'BadRequestError', 401: 'AuthenticationError', 403: 'PermissionDeniedError', 404: 'NotFoundError',
  409: 'ConflictError', 422: 'UnprocessableEntityError', 429: 'RateLimitError',
};

describe('coverage', () => {
  const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

  it('every operation of every normalized document has its contract cases: success, 401 and each documented error', async (context) => {
    const suites = context.task.file.tasks.filter((task): task is RunnerTestSuite => task.type === 'suite');
    let operationCount = 0;
    for (const api of apis) {
      const validator = new DocumentValidator(api.document);
      const { client } = await loadClient(api, 'http://127.0.0.1:9');
      const apiSuite = suites.find((suite) => suite.name === api.name);
      expect(apiSuite, `no contract suite for ${api.name}`).toBeDefined();
      for (const [path, pathItem] of Object.entries(api.document.paths as Record<string, Record<string, { operationId?: unknown; responses?: Record<string, unknown> }>>)) {
        for (const method of HTTP_METHODS.filter((candidate) => candidate in pathItem)) {
          operationCount++;
          const where = `${api.name} ${method.toUpperCase()} ${path}`;
          const written = pathItem[method]!;
          expect(written.operationId, `${where} has no operationId`).toEqual(expect.any(String));
          const operation = api.model.operations.find((candidate) => candidate.path === path && candidate.method === method);
          expect(operation, `${where} is not in the operation model`).toMatchObject({ id: written.operationId });
          expect(typeof client[operation!.id], `${where}: client.${operation!.id}`).toBe('function');
          expect(() => successStatus(operation!), where).not.toThrow();
          const body = operation!.requestBody?.json;
          if (body) expect(validator.validate(body.schemaPointer, exampleRequest(api.document, operation!).body), `${where}: example body`).toEqual([]);
          const suite = apiSuite!.tasks.find((task) => task.type === 'suite' && task.name === operationSuite(operation!)) as RunnerTestSuite | undefined;
          expect(suite, `${where}: no contract suite ${operationSuite(operation!)}`).toBeDefined();
          const cases = suite!.tasks.map((task) => task.name);
          const errors = Object.keys(written.responses ?? {}).filter((status) => /^[45]\d\d$/.test(status));
          expect(cases, where).toEqual(expect.arrayContaining([SUCCESS_CASE, ...(needsCredentials(operation!) ? [NO_CREDENTIALS_CASE] : []), ...errors.map(errorCase)]));
        }
      }
    }
    expect(operationCount).toBe(apis.reduce((sum, api) => sum + api.model.operations.length, 0));
    expect(operationCount).toBeGreaterThan(0);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected unwrap() to throw');
}
