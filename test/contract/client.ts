/**
 * The generated client of an API, loaded from its package source, as the
 * contract tests use it: untyped here, because the tests are derived from
 * the document at run time (the type-level tests check the types).
 */
import { pathToFileURL } from 'node:url';
import { contractApis, type ContractApi } from '../../src/contract/apis.js';
import { credentialOptions } from '../../src/contract/credentials.js';
import { testDirs } from '../apis/under-test.js';

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

/** fast-check's seed and runs for the property tests: a failure replays exactly. */
export const PROPERTY_SEED = 20_261_123;
export const PROPERTY_RUNS = 50;

/** The contract APIs of the specs and generated folders under test (test/apis/under-test.ts). */
export function contractApisUnderTest(): ContractApi[] {
  const { specs, generated } = testDirs();
  return contractApis(specs, generated);
}

export async function loadClient(api: ContractApi, baseUrl: string, options: Record<string, unknown> = {}): Promise<LoadedClient> {
  const module = (await import(pathToFileURL(api.packageEntry).href)) as Record<string, unknown>;
  const factory = module[api.model.names.factory] as (options: object) => LoadedClient['client'];
  // No retries: a contract answers once; the retry policy has its own tests.
  const client = factory({ ...credentialOptions(api.model, CONTRACT_API_KEY), baseUrl, maxRetries: 0, ...options });
  return { client, unwrap: module.unwrap as LoadedClient['unwrap'], ApiError: module.ApiError as LoadedClient['ApiError'] };
}

/** One API of the contract run by folder name, for that API's own tests in test/apis/<api>/. */
export function contractApiUnderTest(name: string): ContractApi {
  const api = contractApisUnderTest().find((candidate) => candidate.name === name);
  if (!api) throw new Error(`no API "${name}" under test`);
  return api;
}
