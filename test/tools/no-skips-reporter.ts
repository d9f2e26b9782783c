import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';

/**
 * Fails the run when any test was skipped or left as todo: a skip is a test that did not run,
 * and on a fresh clone that hides a tier that never ran (issue 9, item 14). Tiers that need a
 * tool set it up themselves or fail (test/tools/render-tools.ts), so a skip is never expected.
 *
 * A run filtered by name (`vitest run -t …`) skips the tests it did not select on purpose: the
 * guard stays out of it. `.only` is caught like any other skip.
 */
export default class NoSkipsReporter implements Reporter {
  private filteredByName = false;

  onInit(vitest: Vitest): void {
    this.filteredByName = vitest.config.testNamePattern !== undefined;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (this.filteredByName) return;
    const skipped: TestCase[] = [];
    let total = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        total++;
        if (test.result().state === 'skipped') skipped.push(test);
      }
    }
    if (skipped.length === 0) {
      console.log(`no-skips: all ${total} tests ran, none skipped`);
      return;
    }
    console.error(`\nno-skips: ${skipped.length} of ${total} tests did not run; a skipped test is a failure here:`);
    for (const test of skipped) {
      const how = test.options.mode === 'todo' ? 'todo' : 'skipped';
      console.error(`  ${how}: ${test.module.relativeModuleId} > ${test.fullName}`);
    }
    process.exitCode = 1;
  }
}
