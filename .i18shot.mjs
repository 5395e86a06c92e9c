import { chromium } from '@playwright/test';
const [port, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const path of paths) for (const [name, width] of [['d', 1280], ['m', 390]]) for (const scheme of ['light', 'dark']) {
  if (process.env.ONLY && !(name + scheme).startsWith(process.env.ONLY)) continue;
  const page = await browser.newPage({ viewport: { width, height: 1000 }, colorScheme: scheme });
  await page.goto(`http://localhost:${port}${path}`);
  await page.waitForLoadState('networkidle');
  const file = `/tmp/i18shots/${path.replace(/[^a-z0-9]+/gi, '_')}-${name}-${scheme}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
  console.log(file);
  await page.close();
}
await browser.close();
