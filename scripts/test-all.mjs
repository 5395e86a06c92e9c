// `npm test`: type-check, lint and format-check, build the site (with its search index), then
// run every unit and browser test, and end with one line "N passed, N failed" summing all
// runners (check, lint and format count one test each).
//
// Three lanes run at once. Only the browser tests keep both cores busy (two workers); the build
// uses about one and a third, and the check, ESLint, Prettier and Vitest one each (Vitest runs its
// files in one worker: its default on two cores). With those four in one lane, that lane was the
// longest, and its last minutes ran on one core while the other idled.
//   lane 1: build → Playwright (the browser tests need the built site);
//   lane 2: check → Vitest;
//   lane 3: format:check → ESLint.
// Vitest starts only once the build is done: its own builds (a site copy, two failing builds)
// share node_modules/ caches with the main build, and two Astro builds at once would also make
// the slowest step slower. Typed ESLint also waits for the build: it reads the content types the
// build's sync writes into .astro/ (in a fresh clone they are not there before), and the CPU is
// busy with the build and the check meanwhile. Lanes 2 and 3 print each step's output when the
// step ends, so the lanes never interleave inside one step's log.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'prn-test-'));
const seconds = (t0) => ((Date.now() - t0) / 1000).toFixed(0);

/** Runs one command; streams its output, or buffers it and prints it whole at the end. */
function run(name, cmd, args, { env = {}, buffered = false } = {}) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    const chunks = [];
    if (buffered) for (const s of [child.stdout, child.stderr]) s.on('data', (c) => chunks.push(c));
    const done = (code) => {
      if (buffered) process.stdout.write(`\n── ${name} ──\n${Buffer.concat(chunks).toString()}`);
      console.log(`── ${name}: exit ${code}, ${seconds(t0)} s ──`);
      resolve(code);
    };
    child.on('error', (e) => {
      chunks.push(Buffer.from(String(e)));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

let passed = 0;
let failed = 0;
const count = (ok) => (ok ? (passed += 1) : (failed += 1));
const t0 = Date.now();

// The site is built for the origin the browser tests serve it from (no made-up host).
const PORT = process.env.TEST_PORT ?? '4321';
const built = run('build', 'npm', ['run', 'build'], {
  env: { SITE_URL: process.env.SITE_URL ?? `http://localhost:${PORT}` },
}).then((code) => {
  if (code === 0) return true;
  console.error('\nbuild failed: the browser tests need a built site');
  failed += 1;
  return false;
});

async function browserLane() {
  if (!(await built)) return;
  const pwJson = join(out, 'playwright.json');
  await run('playwright', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
  });
  if (!existsSync(pwJson)) return count(false);
  const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
  passed += s.expected;
  failed += s.unexpected + s.flaky;
}

async function checkLane() {
  // astro check covers .astro files that Vitest never imports. It gets its own Vite and Astro cache
  // folders: the build runs at the same time (astro.config.ts, PRN_CACHE_DIR, says why).
  const checkCache = { PRN_CACHE_DIR: join(process.cwd(), 'node_modules', '.cache', 'prn-check') };
  count((await run('check', 'npm', ['run', 'check'], { buffered: true, env: checkCache })) === 0);
  await built; // whatever its result: Vitest does not need the built site
  const vitestJson = join(out, 'vitest.json');
  await run(
    'vitest',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    {
      buffered: true,
    },
  );
  if (!existsSync(vitestJson)) return count(false);
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numTotalTestSuites && !v.success && v.numFailedTests === 0 ? 1 : 0);
}

async function habitsLane() {
  // Prettier in check mode (`npm run format` rewrites), then typed ESLint once the build has
  // written the content types (whatever its result: a failed build is reported by lane 1).
  count((await run('format:check', 'npm', ['run', 'format:check'], { buffered: true })) === 0);
  await built;
  count((await run('lint', 'npm', ['run', 'lint'], { buffered: true })) === 0);
}

await Promise.all([browserLane(), checkLane(), habitsLane()]);
console.log(`\nreports: ${out} · ${seconds(t0)} s in all`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
