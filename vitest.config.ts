import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/integration/**', 'node_modules/**', 'test/.cache/**'],
    // A hang guard, not a speed test (growth is asserted as ratios): heavy deterministic tests
    // (conversion of every degenerate fragment, fix-all on long drafts) take 15 s alone and
    // overran 20 s when several suites shared two loaded CPUs.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A skipped or todo test fails the run (issue 9): every tier sets up what it needs or fails.
    reporters: ['default', './test/tools/no-skips-reporter.ts'],
  },
});
