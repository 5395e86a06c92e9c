// Screenshots of pages in light/dark at desktop and 390 px, for a human look (not a test).
// Usage: node scripts/screenshot.mjs /path/ [/other/] (expects `astro preview` on :4321)
import { chromium } from '@playwright/test';
const paths = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const path of paths) {
  for (const [name, width] of [
    ['desktop', 1280],
    ['mobile', 390],
  ]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`http://localhost:4321${path}`);
      await page.waitForTimeout(300);
      const file = `/tmp/shots/${path.replace(/[^a-z0-9]+/gi, '_')}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
