/**
 * The generated client of an API, loaded from its package source, as the
 * contract tests use it: untyped here, because the tests are derived from
 * the document at run time (the type-level tests check the types). Apart
 * from client.ts so that a test with an API of its own (media.test.ts) can
 * load its client without being taken for a generic suite of the APIs under
 * test (test/apis/child-run.ts finds those by their import of client.ts).
 */
import { pathToFileURL } from 'node:url';
import type { ContractApi } from '../../src/contract/apis.js';
import { credentialOptions } from '../../src/contract/credentials.js';

export interface ApiResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export type OperationCall = (init: object) => Promise<ApiResult>;

export interface LoadedClient {
  client: Record<string, OperationCall> & { waitForExecution?: (id: string, options?: object) => Promise<Record<string, unknown>> };
  unwrap: (result: ApiResult) => unknown;
  ApiError: new (...args: never[]) => Error;
}

export const CONTRACT_API_KEY = 'contract-test-key-7c1d';

export async function loadClient(api: ContractApi, baseUrl: string, options: Record<string, unknown> = {}): Promise<LoadedClient> {
  const module = (await import(pathToFileURL(api.packageEntry).href)) as Record<string, unknown>;
  const factory = module[api.model.names.factory] as (options: object) => LoadedClient['client'];
  // No retries: a contract answers once; the retry policy has its own tests.
  const client = factory({ ...credentialOptions(api.model, CONTRACT_API_KEY), baseUrl, maxRetries: 0, ...options });
  return { client, unwrap: module.unwrap as LoadedClient['unwrap'], ApiError: module.ApiError as LoadedClient['ApiError'] };
}
