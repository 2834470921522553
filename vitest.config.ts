import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of src/ and scripts/, and browser tests that need a built site.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          env: { TZ: 'Europe/London' },
          // The build tests start Node processes, a second each on a busy machine: 5 s (the
          // default) is too close to what a loaded CI run takes; 30 s still catches a hang.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
