/**
 * `npm test`: the unit suite (vitest), then the browser suite (Playwright in a real
 * Chromium), then one line with the totals of both: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../main/platform/chromium';

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };

mkdirSync('test-results', { recursive: true });
const bin = (name: string) => `node_modules/.bin/${name}`;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status ?? 1;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** The parts of Playwright's JSON report read here. */
interface E2eSuite {
  title: string;
  specs?: { title: string; tests: { status: string }[] }[];
  suites?: E2eSuite[];
}
interface E2eReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: E2eSuite[];
}

/** "file › title" of every test that failed first and passed on its retry. */
function flakyTitles(report: E2eReport): string[] {
  const out: string[] = [];
  const walk = (suite: E2eSuite) => {
    for (const spec of suite.specs ?? [])
      if (spec.tests.some((t) => t.status === 'flaky')) out.push(`${suite.title} › ${spec.title}`);
    for (const inner of suite.suites ?? []) walk(inner);
  };
  report.suites.forEach(walk);
  return out;
}

// Unit tests.
rmSync('test-results/unit.json', { force: true });
const unitCode = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json') as
  | {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    }
  | undefined;
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitCode !== 0 && (!unit || unit.numFailedTests === 0)) totals.failed += 1; // the runner itself failed

// Browser tests.
const chromium = findChromium();
let e2eCode: number;
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  totals.failed += 1;
  e2eCode = 1;
} else {
  rmSync('test-results/e2e.json', { force: true });
  e2eCode = run(bin('playwright'), ['test'], { ...process.env, LECTERN_CHROMIUM: chromium });
  const e2e = readJson('test-results/e2e.json') as E2eReport | undefined;
  if (e2e) {
    const flaky = flakyTitles(e2e);
    if (flaky.length)
      console.log(`Passed only on retry (flaky, to be looked at): ${flaky.join('; ')}`);
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
  }
  if (e2eCode !== 0 && (!e2e || e2e.stats.unexpected === 0)) totals.failed += 1;
}

console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(unitCode !== 0 || e2eCode !== 0 ? 1 : 0);
