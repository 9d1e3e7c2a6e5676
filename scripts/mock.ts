/**
 * `npm run mock`: one Prism mock server per API, from the normalized
 * documents in generated/, on 127.0.0.1, until Ctrl-C, SIGTERM, or the
 * process that started it ends (npm, a shell), however it ends.
 */
import { join, resolve } from 'node:path';
import { contractApis } from '../src/contract/apis.js';
import { startMockServers, stopWhenOrphaned } from '../src/contract/mock-servers.js';

const root = resolve(import.meta.dirname, '..');
try {
  const apis = contractApis(join(root, 'specs'), join(root, 'generated'));
  const mocks = await startMockServers(apis);
  stopWhenOrphaned(mocks);
  for (const api of apis) {
    console.log(`${api.name}: ${mocks.urls[api.name]}  (${api.model.names.baseUrlEnv}=${mocks.urls[api.name]})`);
  }
  console.log('Prism is mocking every API above. Ctrl-C stops them all.');
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
