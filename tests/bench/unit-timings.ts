// The unit suite's slowest files and tests, from vitest's JSON report: where its time goes, to compare two runs
// file by file when the machine is shared and the suite's wall time says little.
//   npx vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile.json=/tmp/unit.json
//   npx tsx tests/bench/unit-timings.ts /tmp/unit.json [count] [files|tests]
import { readFileSync } from 'node:fs';

interface JsonReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; startTime: number; endTime: number; assertionResults: TestResult[] }[];
}
interface TestResult {
  fullName: string;
  duration?: number | null;
}

const [file, count = '15', kind = 'files'] = process.argv.slice(2);
if (!file) throw new Error('usage: unit-timings.ts REPORT.json [count] [files|tests]');
const report = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
const shortName = (path: string) => path.replace(/.*\/tests\/unit\//, '');
const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(7);

const files = report.testResults.map((result) => ({
  name: shortName(result.name),
  duration: result.endTime - result.startTime,
  testsDuration: result.assertionResults.reduce((sum, test) => sum + (test.duration ?? 0), 0),
  tests: result.assertionResults.length,
}));
const total = files.reduce((sum, each) => sum + each.duration, 0);
console.log(
  `${files.length} files, ${report.numTotalTests} tests (${report.numPassedTests} passed, ${report.numFailedTests} failed, ` +
    `${report.numPendingTests} skipped); files' durations add up to ${seconds(total).trim()} s`,
);
if (kind === 'tests') {
  const tests = report.testResults.flatMap((result) =>
    result.assertionResults.map((test) => ({ file: shortName(result.name), ...test })),
  );
  tests.sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0));
  for (const test of tests.slice(0, Number(count))) {
    console.log(seconds(test.duration ?? 0), test.file, '::', test.fullName);
  }
} else {
  files.sort((a, b) => b.duration - a.duration);
  console.log('   file   tests  count');
  for (const each of files.slice(0, Number(count))) {
    console.log(seconds(each.duration), seconds(each.testsDuration), String(each.tests).padStart(5), ' ', each.name);
  }
}
