/**
 * The contract APIs under test (test/apis/under-test.ts) and their
 * generated clients, as the contract tests use them.
 */
import { contractApis, type ContractApi } from '../../src/contract/apis.js';
import { testDirs } from '../apis/under-test.js';

export { CONTRACT_API_KEY, loadClient, type ApiResult, type LoadedClient, type OperationCall } from './load-client.js';

/** fast-check's seed and runs for the property tests: a failure replays exactly. */
export const PROPERTY_SEED = 20_261_123;
export const PROPERTY_RUNS = 50;

/** The contract APIs of the specs and generated folders under test (test/apis/under-test.ts). */
export function contractApisUnderTest(): ContractApi[] {
  const { specs, generated } = testDirs();
  return contractApis(specs, generated);
}

/** One API of the contract run by folder name, for that API's own tests in test/apis/<api>/. */
export function contractApiUnderTest(name: string): ContractApi {
  const api = contractApisUnderTest().find((candidate) => candidate.name === name);
  if (!api) throw new Error(`no API "${name}" under test`);
  return api;
}
