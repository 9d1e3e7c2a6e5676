import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Prism per API for the contract tests (test/contract/).
    globalSetup: ['test/contract/global-setup.ts'],
    // Each test file gets its own TMPDIR and must leave it empty (tempDir() folders are removed).
    setupFiles: ['test/setup/temp-folders.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
