// Runtime faults recover: a missing or broken data file gives a clear message and the next
// attempt loads again (route interception stands in for the failing host).
import { expect as baseExpect, test } from '@playwright/test';

// States, not times: generous waits so a loaded machine (2 cores, several builds) cannot fail it.
const expect = baseExpect.configure({ timeout: 20_000 });

test('explorer: a missing, then broken, data.json says so and the retry loads it', async ({ page }) => {
  let calls = 0;
  await page.route('**/benchmarks/data.json', async (route) => {
    calls += 1;
    if (calls === 1) return route.fulfill({ status: 404, body: 'not found' });
    if (calls === 2) return route.fulfill({ status: 200, contentType: 'application/json', body: '{"rows": [' });
    return route.continue();
  });
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(String(e)));
  await page.goto('/benchmarks/');
  const notice = page.locator('[data-explorer-load-error]');
  await expect(notice).toContainText('불러오지 못해');
  await expect(notice).toContainText('404');
  await expect(page.locator('[data-explorer-form]')).toBeHidden();
  // The build-time table is still there to read.
  await expect(page.locator('[data-explorer-table] tbody tr').first()).toBeVisible();

  await notice.getByRole('button', { name: '다시 시도' }).click();
  await expect(notice).toContainText('올바른 JSON이 아닙니다');

  await notice.getByRole('button', { name: '다시 시도' }).click();
  await expect(page.locator('[data-explorer-form]')).toBeVisible();
  await expect(notice).toHaveCount(0);
  expect(calls).toBe(3);
  expect(uncaught).toEqual([]);
});
