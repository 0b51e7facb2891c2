/**
 * A web-test-runner reporter that writes the run's counts as JSON to a file, so the test script
 * can add them to its summary line without scraping the progress display.
 */
import { writeFileSync } from 'node:fs';

/** @param {string} file where `{ passed, failed, skipped }` is written when the run stops */
export function browserResultsReporter(file) {
  return {
    /** @param {{ sessions: import('@web/test-runner').TestSession[] }} args */
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.passed + counts.failed + counts.skipped;
        if (session.testResults) count(session.testResults, counts);
        // A file that failed to load, or errors outside any test, fails the file.
        const ran = counts.passed + counts.failed + counts.skipped - before;
        if (session.errors.length > 0 || (ran === 0 && session.passed === false)) counts.failed++;
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

/** @param {import('@web/test-runner').TestSuiteResult} suite @param {{ passed: number, failed: number, skipped: number }} counts */
function count(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) count(child, counts);
}
