import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// No browser downloads on this machine: use an installed Chromium. The tests prefer Chromium's
// headless shell (Debian package chromium-headless-shell: the same Blink build, without the
// browser UI), which is what Playwright itself runs headless tests on; on this 2-core machine
// it runs the suite on 253 CPU-seconds instead of the full browser's 400 (every test the same).
const INSTALLED = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
const executablePath = process.env.CHROMIUM_PATH ?? INSTALLED.find((p) => existsSync(p)) ?? INSTALLED[0]!;
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${INSTALLED.join(' or ')}. Install one (Debian: apt-get install -y ` +
      'chromium-headless-shell) or set CHROMIUM_PATH to a Chrome/Chromium binary.',
  );
}

const PORT = Number(process.env.TEST_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // A test's budget: ample for a 2-core machine shared with other builds (a quiet run needs a tenth).
  timeout: 120_000,
  // Assertions wait for a state; 5 s (the default) is a wall-clock budget a loaded 2-core machine
  // does not always give, and a passing state is reached at once when the machine is quiet.
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // dist/ as a static host serves it (scripts/static-server.ts: /dir → /dir/ redirect, /dir/ → index.html,
  // 404.html): up in a fraction of a second, where `astro preview` loads Astro, Vite and every
  // integration first and then spent ~12 s of CPU over the suite.
  webServer: {
    command: `node scripts/static-server.ts dist ${PORT} none`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: true,
    timeout: 60_000,
  },
});
