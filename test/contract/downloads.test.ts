/**
 * Success bodies that are not JSON, through each operation's method as a
 * consumer calls it (no `parseAs`): `text/*` arrives as a string, anything
 * else as a Blob of the response's bytes; never a JSON SyntaxError. Every
 * API under test, every such operation, against its Prism.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { successStatus } from '../../src/contract/apis.js';
import { exampleRequest } from '../../src/contract/requests.js';
import { contractApisUnderTest, loadClient, type LoadedClient } from './client.js';
import type { Route } from '../../src/runtime/client.js';

const apis = contractApisUnderTest().map((api) => ({
  api,
  downloads: api.model.operations.filter((operation) => operation.success && !operation.success.json && operation.success.media.length > 0 && !/json/i.test(operation.success.media[0]!.type)),
}));

describe.each(apis)('$api.name: downloads', ({ api, downloads }) => {
  let loaded: LoadedClient;
  beforeAll(async () => {
    loaded = await loadClient(api, inject('prism')[api.name]!);
  });

  it('the package’s routes say how each success body is read: text, a Blob, or JSON (no word)', async () => {
    const routes = (await import(pathToFileURL(join(dirname(api.packageEntry), 'routes.ts')).href)) as Record<string, Route>;
    for (const operation of api.model.operations) {
      const route = routes[operation.methodName];
      if (route === undefined) continue;
      const reads = downloads.includes(operation) ? (operation.success!.media[0]!.type.toLowerCase().startsWith('text/') ? 'text' : 'blob') : undefined;
      // A multipart route comes with its form builder: its words are the first element's.
      const words = (typeof route === 'string' ? route : route[0]).split(' ');
      expect(words.slice(2).filter((word) => word === 'text' || word === 'blob'), operation.methodName).toEqual(reads ? [reads] : []);
    }
  });

  it.each(downloads.map((operation) => [operation.methodName, operation] as const))('%s reads its body by its documented content type', async (_name, operation) => {
    const { parseAs: _parseAs, ...request } = exampleRequest(api.document, operation);
    const result = await loaded.client[operation.methodName]!(request);
    expect(result.response.status).toBe(Number(successStatus(operation)));
    const type = operation.success!.media[0]!.type.toLowerCase();
    if (type.startsWith('text/')) expect(typeof result.data).toBe('string');
    else {
      expect(result.data).toBeInstanceOf(Blob);
      expect((result.data as Blob).size).toBeGreaterThan(0);
    }
  });
});
