// Widget code arrives on first use (src/lib/browser/first-use.ts), not at page load: a first
// visit fetches no widget code, and the reader's first click still does its job once the code
// has arrived. Other specs use each widget first (charts.spec: a toggle click, the RoPE select,
// the scaling-law input; reading.spec: preview focus, hover and the phone sheet).
import { expect, test } from '@playwright/test';
import { holdRequests } from './util.ts';

/** The reading tools' code (previews, contents sheet, copy buttons), loaded on first use. */
const READING_CODE = /\/_astro\/client\.[\w-]+\.js$/;

test('a review fetches no widget code before use, and the first click is kept', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/reviews/qwen/');
  await page.waitForLoadState('networkidle');
  expect(await page.locator('[data-chart-ready]').count()).toBe(0);
  await expect(page.locator('#preview-popover')).toHaveCount(0); // made by the preview code
  await expect(page.locator('[data-read-progress]')).toBeHidden(); // shown by the reading code
  // the copy button's code is fetched by this very click, which then copies
  await page.getByRole('button', { name: 'BibTeX 복사' }).click();
  await expect(page.locator('#bibtex-status')).toHaveText('복사했습니다.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@\w+\{/);
  // scrolling brought the reading code: the progress bar is on
  await expect(page.locator('[data-read-progress]')).toBeVisible();
});

test('the search code arrives with the first open, and words typed while it loads are searched', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  // hold the search code back until the reader has typed, as on a slow connection
  const code = await holdRequests(page, '**/_astro/dialog-search*.js');
  await page.goto('/reviews/deepseek-llm/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => s.includes('dialog-search'))).toEqual([]);
  await page.keyboard.press('Control+k');
  const input = page.locator('[data-search-dialog] [data-search-input]');
  await expect(input).toBeFocused();
  await page.keyboard.type('GQA');
  await expect.poll(() => scripts.some((s) => s.includes('dialog-search'))).toBe(true);
  code.release();
  await expect(
    page.locator('[data-search-dialog] [data-search-results][data-query="GQA"] .search-hit').first(),
  ).toBeVisible();
});

test('a hover that wakes the preview code opens its preview once the code is in', async ({ page }) => {
  // The code is held until the pointer is over the link: only the replayed hover can open the preview.
  const code = await holdRequests(page, READING_CODE);
  await page.goto('/reviews/qwen/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#preview-popover')).toHaveCount(0);
  await page.locator('a.cite').first().hover();
  await expect.poll(code.requested).toBe(true);
  code.release();
  await expect(page.locator('#preview-popover')).toBeVisible();
  await expect(page.locator('#preview-popover')).toContainText('Jianlin Su');
});

test('a first tap on a citation before the code is in previews it once the code arrives, without following it', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  const code = await holdRequests(page, READING_CODE);
  await page.goto('/reviews/qwen/');
  await page.waitForLoadState('networkidle');
  const cite = page.locator('a.cite').first();
  await cite.tap(); // the click is held until the code has run, then sent again with its pointer type
  await expect.poll(code.requested).toBe(true);
  code.release();
  await expect(page.locator('#preview-popover')).toBeVisible();
  await expect(page.locator('#preview-popover')).toContainText('Jianlin Su');
  expect(new URL(page.url()).hash).toBe('');
  await context.close();
});

test('a page whose widget is the page keeps a click made before its code has run (chart page: copy embed)', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  // the chart page's code is requested at load; it is held until the reader has clicked
  const code = await holdRequests(page, /\/_astro\/page-client\.[\w-]+\.js$/);
  await page.goto('/charts/qwen-long-context-ppl/?hide=qwen-7b', { waitUntil: 'domcontentloaded' });
  await expect.poll(code.requested).toBe(true);
  await page.locator('[data-copy-embed]').click();
  await expect(page.locator('[data-copy-status]')).toHaveText('');
  code.release();
  await expect(page.locator('[data-copy-status]')).toHaveText('임베드 코드를 복사했습니다.');
  // the copied code is the one the page's code writes: this origin and the view in the URL
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    `src="${baseURL}/embed/qwen-long-context-ppl/?hide=qwen-7b"`,
  );
});
