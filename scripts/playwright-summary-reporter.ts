import { mkdirSync, writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints one plain line `N passed, N failed, N skipped` after the e2e run and
 * writes the counts to test-results/e2e-summary.json for scripts/test-all.mjs.
 * A test is counted once, by its final outcome (a pass after a retry is "flaky" and counts as passed).
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, result.status);
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const status of this.outcomes.values()) {
      if (status === 'passed') passed += 1;
      else if (status === 'skipped') skipped += 1;
      else failed += 1;
    }
    if (result.status !== 'passed' && failed === 0) failed = 1;
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/e2e-summary.json', JSON.stringify({ passed, failed, skipped }));
    process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
