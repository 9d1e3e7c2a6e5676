import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Prism per API for the contract tests (test/contract/).
    globalSetup: ['test/contract/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
