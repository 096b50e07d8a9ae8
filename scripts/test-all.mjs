// `npm test`: the whole suite, on a fresh clone too. Installs dependencies and a
// Chromium when missing, then runs typecheck, lint, unit tests, the production
// build (with its bundle-size check) and the browser tests, and ends with one
// plain line `N passed, N failed, N skipped`.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, root, run } from './lib.mjs';

ensureDependencies();
const chromium = await ensureChromium();

rmSync(join(root, 'test-results'), { recursive: true, force: true });
mkdirSync(join(root, 'test-results'), { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const code = run(cmd, args, { env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  lines.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  return code === 0;
}

function readSummary(file, name) {
  const path = join(root, 'test-results', file);
  if (!existsSync(path)) {
    totals.failed += 1; // the runner died before it could report
    lines.push(`FAIL ${name}: no summary written`);
    return;
  }
  const s = JSON.parse(readFileSync(path, 'utf8'));
  totals.passed += s.passed;
  totals.failed += s.failed;
  totals.skipped += s.skipped;
  lines.push(`     ${name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
}

/** A check without test cases (typecheck, lint, build) counts as one test. */
function countCheck(passed) {
  if (passed) totals.passed += 1;
  else totals.failed += 1;
}

countCheck(step('typecheck', 'npm', ['run', '--silent', 'typecheck']));
countCheck(step('lint', 'npm', ['run', '--silent', 'lint']));
step('unit tests', 'npx', ['vitest', '--run'], { CI_SUMMARY: '1' });
readSummary('unit-summary.json', 'unit tests');
const built = step('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
countCheck(built);
if (built) {
  countCheck(step('bundle size', 'node', ['scripts/bundle-size.mjs']));
  step('browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], {
    CI_SUMMARY: '1',
    ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
  });
  readSummary('e2e-summary.json', 'browser tests');
} else {
  totals.failed += 1;
  lines.push('FAIL browser tests: skipped because the build failed');
}

console.log('\n=== summary ===');
for (const l of lines) console.log(l);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
