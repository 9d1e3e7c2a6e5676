/**
 * `openapi-clients mock`: one Prism mock server per API, from the
 * normalized documents in the output folder, on 127.0.0.1, until a signal
 * or the process that started it ends.
 */
import { contractApis } from '../contract/apis.js';
import { startMockServers, stopWhenOrphaned } from '../contract/mock-servers.js';
import { EXIT } from './exit-codes.js';

export async function mockCommand({ specsDir, outDir }: { specsDir: string; outDir: string }): Promise<number> {
  try {
    const apis = contractApis(specsDir, outDir);
    const mocks = await startMockServers(apis);
    stopWhenOrphaned(mocks);
    for (const api of apis) process.stderr.write(`${api.name}: ${mocks.urls[api.name]}  (${api.model.names.baseUrlEnv}=${mocks.urls[api.name]})\n`);
    process.stderr.write('Prism is mocking every API above. Ctrl-C stops them all.\n');
    return new Promise<number>(() => {});
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
}
