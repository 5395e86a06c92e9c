// The dark theme under axe. The every-page axe crawl (light theme) is part of the one
// site-wide crawl in crawl.spec.ts. The dark theme changes colours, so two pages with most kinds of
// coloured element (a review: prose, math, tables, charts, widgets; a chart page and its controls)
// stand for the site. One test per page, so the two workers can share them.
import { expect, test } from '@playwright/test';
import { pageAxe } from './util.ts';

for (const path of ['/reviews/deepseek-llm/', '/charts/qwen-long-context-ppl/'])
  test(`the dark theme passes axe on ${path}`, async ({ page }) => {
    test.setTimeout(600_000); // a long review page and axe: minutes at load 30 on 2 cores
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const { violations } = await pageAxe(page).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });

// The helper every axe check uses must see what a reader would: a planted low-contrast line deep in
// a review's last section (skipped by content-visibility until rendered) and an image without a text
// alternative are both reported. The shortest review is long enough for that and costs half the axe time.
test('the axe helper reports violations planted in a long review', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('/reviews/pangu-pi-pro/');
  // the planted section must be one the helper has to render first
  await expect
    .poll(() =>
      page.evaluate(() => {
        const last = [...document.querySelectorAll('section.doc-section')].at(-1)!;
        return !last.lastElementChild!.checkVisibility({ contentVisibilityAuto: true });
      }),
    )
    .toBe(true);
  await page.evaluate(() => {
    const last = [...document.querySelectorAll('section.doc-section')].at(-1)!;
    const faint = document.createElement('p');
    faint.textContent = '거의 보이지 않는 문장';
    faint.style.color = '#f4f4f4';
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    last.append(faint, img);
  });
  const { violations } = await pageAxe(page).analyze();
  expect(violations.map((v) => v.id).sort()).toEqual(['color-contrast', 'image-alt']);
});
