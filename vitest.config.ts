import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest keeps a core free by default; most of the suite waits on files and child processes,
    // so on a 2-core machine one file at a time left half the machine idle.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
