import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain line `N passed, N failed, N skipped` after the unit run and
 * writes the same counts to test-results/unit-summary.json for scripts/test-all.mjs.
 * A module that fails to load counts as one failure, so a broken file is never silent.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests += 1;
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (mod.state() === 'failed' && tests === 0) failed += 1;
    }
    failed += unhandledErrors.length;
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/unit-summary.json', JSON.stringify({ passed, failed, skipped }));
    process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
