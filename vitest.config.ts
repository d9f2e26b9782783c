import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/integration/**', 'node_modules/**', 'test/.cache/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A skipped or todo test fails the run (issue 9): every tier sets up what it needs or fails.
    reporters: ['default', './test/tools/no-skips-reporter.ts'],
  },
});
