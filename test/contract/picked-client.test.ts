/**
 * `create<Name>ClientWith(routes)`, on every API under test against its
 * Prism: the client has the operations it was given and no other, each
 * answers as the full client's does, and an error names its operation.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { successStatus } from '../../src/contract/apis.js';
import { credentialOptions } from '../../src/contract/credentials.js';
import { exampleRequest } from '../../src/contract/requests.js';
import { CONTRACT_API_KEY, contractApisUnderTest, loadClient, type LoadedClient, type OperationCall } from './client.js';
import type { Route } from '../../src/runtime/client.js';

describe.each(contractApisUnderTest())('$name: a client of the picked operations', (api) => {
  // The first two operations with a route constant: their method names are plain identifiers.
  const picked = api.model.operations.filter((operation) => /^[a-z][A-Za-z0-9]*$/.test(operation.methodName)).slice(0, 2);
  let client: Record<string, OperationCall>;
  let full: LoadedClient;

  beforeAll(async () => {
    const baseUrl = inject('prism')[api.name]!;
    const entry = (await import(pathToFileURL(api.packageEntry).href)) as Record<string, unknown>;
    const routes = (await import(pathToFileURL(join(dirname(api.packageEntry), 'routes.ts')).href)) as Record<string, Route>;
    const factory = entry[`${api.model.names.factory}With`] as (operations: object, options: object) => Record<string, OperationCall>;
    client = factory(Object.fromEntries(picked.map((operation) => [operation.methodName, routes[operation.methodName]])), { ...credentialOptions(api.model, CONTRACT_API_KEY), baseUrl, maxRetries: 0 });
    full = await loadClient(api, baseUrl);
  });

  it('has the given operations and no other', () => {
    expect(picked.length).toBeGreaterThan(0);
    for (const operation of api.model.operations) expect(typeof client[operation.methodName], operation.methodName).toBe(picked.includes(operation) ? 'function' : 'undefined');
  });

  it('answers each given operation as the full client does, and names it in an error', async () => {
    for (const operation of picked) {
      const request = exampleRequest(api.document, operation);
      const [mine, theirs] = [await client[operation.methodName]!(request), await full.client[operation.methodName]!(request)];
      expect(mine.response.status, operation.methodName).toBe(theirs.response.status);
      expect(mine.response.status, operation.methodName).toBe(Number(successStatus(operation)));
      const error = operation.errorResponses[0];
      if (!error) continue;
      const failed = await client[operation.methodName]!({ ...request, headers: { Prefer: `code=${error.status}` } });
      expect(() => full.unwrap(failed)).toThrow(expect.objectContaining({ status: Number(error.status), operationId: operation.id }));
    }
  });
});
