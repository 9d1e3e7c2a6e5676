/**
 * vitest global setup: one Prism per normalized document in generated/,
 * shared by the contract tests (their URLs through `inject('prism')`), and
 * stopped at the end of the run, failing it (exit code 1) if a port is
 * left open.
 */
import type { TestProject } from 'vitest/node';
import { startMockServers } from '../../src/contract/mock-servers.js';
import { contractApisUnderTest } from './client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prism: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mocks = await startMockServers(contractApisUnderTest());
  project.provide('prism', mocks.urls);
  return async () => {
    try {
      await mocks.stop();
    } catch (error) {
      // vitest reports a teardown error but still exits 0: fail the run ourselves.
      console.error(`contract teardown: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  };
}
