/**
 * One contract per operation of every normalized document, against the
 * Prism servers of the global setup. Nothing here names an operation: a new
 * path in a raw spec, regenerated, is tested by the same code.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contractOperations, documentedStatuses, successStatus } from '../../src/contract/apis.js';
import { exampleRequest, negativeRequests, responseSchemaPointer, validationStatus } from '../../src/contract/requests.js';
import { DocumentValidator } from '../../src/normalize/schema-validator.js';
import { readPointer } from '../../src/runtime/errors.js';
import { CONTRACT_API_KEY, contractApisUnderTest, loadClient, type LoadedClient } from './client.js';

const apis = contractApisUnderTest();
const passed = new Set<string>();

describe.each(apis)('$name', (api) => {
  const validator = new DocumentValidator(api.document);
  let loaded: LoadedClient;
  beforeAll(async () => {
    loaded = await loadClient(api, inject('prism')[api.name]!);
  });

  describe.each(contractOperations(api.document))('$id ($method $path)', (operation) => {
    const example = exampleRequest(api.document, operation);

    it('gets the documented success for the example request, with a body valid against its schema (Ajv 2020)', async () => {
      const result = await loaded.client[operation.id]!(example);
      const status = successStatus(operation.operation);
      expect(result.response.status, JSON.stringify(result.error)).toBe(status);
      if (result.data !== undefined) expect(validator.validate(responseSchemaPointer(operation, status), result.data)).toEqual([]);
      passed.add(`${api.name}.${operation.id}`);
    });

    // An operation with nothing to get wrong (no body, no query parameters) has no negative cases.
    const negatives = negativeRequests(api.document, operation, validator);
    if (negatives.length > 0) it.each(negatives)('rejects $name, naming the field, through the typed error', async ({ field, request }) => {
      const result = await loaded.client[operation.id]!(request);
      const expected = validationStatus(operation);
      expect(result.response.status).toBe(expected);
      expect(result.error).toBeDefined();
      // Prism's own 422 lists violations in its body; with a documented 400 it serves that and lists them in a header.
      const violations = expected === 422 ? JSON.stringify((result.error as { validation?: unknown }).validation) : result.response.headers.get('sl-violations');
      expect(violations).toContain(field);
      const error = catchError(() => loaded.unwrap(result));
      expect(error).toBeInstanceOf(loaded.ApiError);
      expect(error).toMatchObject({ status: expected, operationId: operation.id });
    });

    it('refuses a request without credentials with 401', async () => {
      const result = await loaded.client[operation.id]!({ ...example, headers: { [api.authHeader]: null } });
      expect(result.response.status).toBe(401);
      expect(catchError(() => loaded.unwrap(result))).toMatchObject({ status: 401, operationId: operation.id });
    });

    const errorStatuses = documentedStatuses(operation.operation).filter((status) => /^[45]\d\d$/.test(status));
    it.each(errorStatuses)('serves the documented %s (Prefer: code=…) in its documented shape, parsed into ApiError', async (status) => {
      const result = await loaded.client[operation.id]!({ ...example, headers: { Prefer: `code=${status}` } });
      expect(result.response.status).toBe(Number(status));
      expect(validator.validate(responseSchemaPointer(operation, status), result.error)).toEqual([]);
      const error = catchError(() => loaded.unwrap(result)) as Error & Record<string, unknown>;
      expect(error).toBeInstanceOf(loaded.ApiError);
      const shape = api.manifest.client.errors;
      const code = readPointer(result.error, shape.code);
      const message = readPointer(result.error, shape.message);
      expect(code).toBeDefined();
      expect(message).toBeDefined();
      expect(error).toMatchObject({ status: Number(status), operationId: operation.id, code });
      expect(error.message).toContain(`failed with ${status}: ${String(message)}`);
      if (shape.traceId) expect(error.traceId).toBe(readPointer(result.error, shape.traceId));
      expect(JSON.stringify(error) + String(error) + error.stack).not.toContain(CONTRACT_API_KEY);
    });
  });
});

describe('coverage', () => {
  it('every operation of every normalized document passed its contract test', () => {
    const all = apis.flatMap((api) => contractOperations(api.document).map((operation) => `${api.name}.${operation.id}`));
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((operation) => !passed.has(operation))).toEqual([]);
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
