import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with the three slowest test files (where the time goes), then one plain line,
 * `N passed, N failed, N skipped`, for CI logs.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const count = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      for (const test of tests) count[test.result().state]++;
      // A file that failed outside its tests (a hook, an import) counts once as failed, even
      // when its tests were skipped because of it.
      if (module.state() === 'failed' && !tests.some((t) => t.result().state === 'failed')) count.failed++;
    }
    const seconds = (module: TestModule) => {
      const d = module.diagnostic();
      return (d.duration + d.collectDuration + d.setupDuration) / 1000;
    };
    const slowest = [...testModules].sort((a, b) => seconds(b) - seconds(a)).slice(0, 3);
    if (slowest.length > 0) {
      console.log('Slowest test files:');
      for (const module of slowest) console.log(`  ${seconds(module).toFixed(1)} s  ${module.relativeModuleId}`);
    }
    console.log(`${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  }
}
