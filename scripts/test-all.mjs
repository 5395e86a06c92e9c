// `npm test`: type-check, lint and format-check, build the site (with its search index), then
// run every unit and browser test, and end with one line "N passed, N failed" summing all
// runners (check, lint and format count one test each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'prn-test-'));
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const npx = (...args) => ['npx', args];

let passed = 0;
let failed = 0;

// Type-check first: astro check covers .astro files that Vitest never imports. Then the habits:
// typed ESLint and Prettier (check only; `npm run format` rewrites).
for (const script of ['check', 'lint', 'format:check']) {
  if (run('npm', ['run', script]) === 0) passed += 1;
  else failed += 1;
}

// The site is built for the origin the browser tests serve it from (no made-up host).
const PORT = process.env.TEST_PORT ?? '4321';
const build = run('npm', ['run', 'build'], { SITE_URL: process.env.SITE_URL ?? `http://localhost:${PORT}` });
if (build !== 0) {
  console.error('\nbuild failed: the browser tests need a built site');
  failed += 1;
}

const vitestJson = join(out, 'vitest.json');
run(...npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`));
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numTotalTestSuites && !v.success && v.numFailedTests === 0 ? 1 : 0);
} else failed += 1;

if (build === 0) {
  const pwJson = join(out, 'playwright.json');
  run(...npx('playwright', 'test', '--reporter=list,json'), { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    passed += s.expected;
    failed += s.unexpected + s.flaky;
  } else failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
