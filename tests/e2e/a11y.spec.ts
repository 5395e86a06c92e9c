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
