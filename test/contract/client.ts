/**
 * The generated client of an API, loaded from its package source, as the
 * contract tests use it: untyped here, because the tests are derived from
 * the document at run time (the type-level tests check the types).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contractApis, type ContractApi } from '../../src/contract/apis.js';
import { REPO_ROOT } from '../helpers.js';

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

/**
 * The specs and generated folders under test: this repository's, unless
 * CONTRACT_SPECS_DIR / CONTRACT_GENERATED_DIR point elsewhere (the
 * spec-driven test runs this very suite on a changed copy that way).
 */
export function contractDirs(): { specs: string; generated: string } {
  return {
    specs: process.env.CONTRACT_SPECS_DIR ?? join(REPO_ROOT, 'specs'),
    generated: process.env.CONTRACT_GENERATED_DIR ?? join(REPO_ROOT, 'generated'),
  };
}

export function contractApisUnderTest(): ContractApi[] {
  const { specs, generated } = contractDirs();
  return contractApis(specs, generated);
}

export async function loadClient(api: ContractApi, baseUrl: string, options: Record<string, unknown> = {}): Promise<LoadedClient> {
  const module = (await import(pathToFileURL(api.packageEntry).href)) as Record<string, unknown>;
  const factory = module[api.factory] as (options: object) => LoadedClient['client'];
  // No retries: a contract answers once; the retry policy has its own tests.
  const client = factory({ apiKey: CONTRACT_API_KEY, baseUrl, maxRetries: 0, ...options });
  return { client, unwrap: module.unwrap as LoadedClient['unwrap'], ApiError: module.ApiError as LoadedClient['ApiError'] };
}
