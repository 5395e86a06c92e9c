// Widget code arrives on first use (src/lib/browser/first-use.ts), not at page load: a first
// visit fetches no widget code, and the reader's first click still does its job once the code
// has arrived. Other specs use each widget first (charts.spec: a toggle click, the RoPE select,
// the scaling-law input; reading.spec: preview focus, hover and the phone sheet).
import { expect, test } from '@playwright/test';

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
