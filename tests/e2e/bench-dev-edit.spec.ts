// The bench's dev-edit wait (scripts/bench/dev-edit.ts) ends only when the edited text is on
// the page: not on a reload that still shows the old version, and it follows the page
// through the dev server's reloads.
import { test, expect } from '@playwright/test';
import { waitForText } from '../../scripts/bench/dev-edit.ts';

test('waitForText ignores reloads that still show the old review and resolves on the new text', async ({ page }) => {
  // A stand-in for the dev server: the page is reloaded (as Vite's full reload does) and shows
  // whatever the "server" holds at that moment.
  let version = '옛 문단';
  let served = 0;
  await page.route('http://dev.test/review/', (route) => {
    served += 1;
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><body><p>${version}</p></body>`,
    });
  });
  await page.goto('http://dev.test/review/');
  const reload = () => page.reload({ waitUntil: 'domcontentloaded' });

  let done = false;
  const wait = waitForText(page, '새 문단', 30_000).then(() => (done = true));
  await reload(); // the dev server reloaded before the recompiled review was ready
  await reload();
  await expect(page.locator('p')).toHaveText('옛 문단');
  expect(done).toBe(false);
  version = '옛 문단 새 문단';
  await reload();
  await wait;
  expect(done).toBe(true);
  expect(served).toBe(4);
  await expect(page.locator('p')).toHaveText('옛 문단 새 문단');
});

test('waitForText finds new text in a far section the browser has not laid out (content-visibility: auto)', async ({
  page,
}) => {
  // where an edit appended to a review lands: its last section, thousands of px below the screen
  await page.setContent(
    `<section style="height: 5000px">앞 절</section><section style="content-visibility: auto"><p>끝에 붙인 문단</p></section>`,
  );
  expect(await page.evaluate(() => document.body.innerText.includes('끝에 붙인 문단'))).toBe(false);
  await waitForText(page, '끝에 붙인 문단', 5_000);
});

test('waitForText fails with the text it waited for when it never shows', async ({ page }) => {
  await page.setContent('<p>옛 문단</p>');
  await expect(waitForText(page, '없는 문단', 500)).rejects.toThrow('did not show "없는 문단" within 500 ms');
});
