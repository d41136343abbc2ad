// Prints one plain closing line ("jest: N passed, N failed, N skipped") that CI can read
// without knowing Jest's own summary format.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`;
    process.stdout.write(`\n${line}\n`);
  }
}

module.exports = PlainSummaryReporter;
