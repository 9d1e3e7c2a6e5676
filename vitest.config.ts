import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One test file per core. Vitest's default (cores − 1) runs the files one at a time on CI's
    // two cores, while most of them wait on a child process (the CLI, tsc, Prism) with a core idle:
    // the whole suite took 990 s that way and 729 s with two workers, on the same machine.
    maxWorkers: availableParallelism(),
    // One Prism per API for the contract tests (test/contract/).
    globalSetup: ['test/contract/global-setup.ts'],
    // Each test file gets its own TMPDIR and must leave it empty (tempDir() folders are removed).
    setupFiles: ['test/setup/temp-folders.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
