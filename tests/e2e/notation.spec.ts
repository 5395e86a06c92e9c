// /notation/: a reader finds each symbol rendered as math with an anchor, and reaches the
// page from the footer of any page and from the top of each review.
import { expect, test } from '@playwright/test';

test('the notation page renders every symbol and is linked from reviews and the footer', async ({ page }) => {
  test.setTimeout(120_000); // a long review page loads first; the machine is shared
  await page.goto('/reviews/deepseek-llm/');
  await expect(page.locator('.prose a[href="/notation/"]').first()).toBeVisible();
  await page.locator('footer a[href="/notation/"]').click();
  await expect(page).toHaveURL(/\/notation\/$/);
  await expect(page.locator('h1')).toHaveText('표기법');
  const rows = page.locator('.notation-row');
  expect(await rows.count()).toBeGreaterThan(20);
  // Every symbol is KaTeX output, not raw TeX.
  expect(await page.locator('.notation-row dt .katex').count()).toBe(await rows.count());
  // Anchors readers can link to: the symbol row is in view after jumping to it.
  await page.goto('/notation/#n-kv-heads');
  await expect(page.locator('#n-kv-heads')).toBeInViewport();
  await expect(page.locator('#L')).toContainText('DeepSeek');
});
