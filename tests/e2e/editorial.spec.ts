// Editorial checks on the built site (#17).
// 1. The TL;DR card at the top of each review that has one (frontmatter `tldr`) and of every
//    edited review: three numbers with their source (paper + table) on screen, three takeaways,
//    and jump links that land on their headings. One page load per review: phone width first,
//    then the same page at desktop width.
// 2. No page of the site shows the site's internal names (fetched, not rendered: cheap).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EDITED_REVIEWS } from '../editorial-reviews.ts';
import { INTERNAL_NAMES } from '../../src/lib/editorial.ts';
import { sitemapPaths, watchErrors } from './util.ts';

const reviewsDir = join(process.cwd(), 'content', 'reviews');
const withTldr = readdirSync(reviewsDir)
  .filter(
    (f) => f.endsWith('.mdx') && /^---[\s\S]*?\ntldr:[\s\S]*?\n---/.test(readFileSync(join(reviewsDir, f), 'utf8')),
  )
  .map((f) => f.replace(/\.mdx$/, ''));
const CARD_REVIEWS = [...new Set([...EDITED_REVIEWS, ...withTldr])];

test.describe.configure({ timeout: 90_000 });

for (const id of CARD_REVIEWS) {
  test(`${id}: TL;DR card shows three sourced numbers and its links reach their headings`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/reviews/${id}/`);
    const card = page.locator('[data-tldr]');
    await expect(card).toBeVisible();
    // Before the first section of the review: the reader meets the point first.
    const [cardTop, bodyTop] = await Promise.all([
      card.evaluate((el) => el.getBoundingClientRect().top + scrollY),
      page
        .locator('.prose h2')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + scrollY),
    ]);
    expect(cardTop).toBeLessThan(bodyTop);

    const numbers = card.locator('[data-tldr-number]');
    await expect(numbers).toHaveCount(3);
    for (const n of await numbers.all()) {
      await expect(n.locator('.tldr-value')).toHaveText(/\d/);
      await expect(n.locator('[data-tldr-source]')).toHaveText(
        /^출처: .+, (Table|Figure|README|본문|비교표|모델 구성표)/,
      );
      await expect(n.locator('[data-tldr-source]')).toBeVisible();
      // Fits the phone screen: nothing of the number box spills sideways.
      const box = await n.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    await expect(card.locator('.tldr-takeaways > li')).toHaveCount(3);

    // Desktop: the three numbers sit side by side in one row.
    await page.setViewportSize({ width: 1280, height: 900 });
    const tops = await numbers.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);

    const links = card.locator('[data-tldr-link]');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      const href = (await links.nth(i).getAttribute('href'))!;
      await page.evaluate(() => window.scrollTo(0, 0));
      await links.nth(i).click();
      // The URL holds the hash percent-encoded; Korean heading ids are compared decoded.
      await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(href));
      const target = page.locator(`[id="${href.slice(1)}"]`);
      await expect(target).toHaveCount(1);
      await expect(target).toBeInViewport();
    }
    expect(errors).toEqual([]);
  });
}

/** Visible text of an HTML page: scripts, styles, comments and tags removed. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

// A review still waiting for its editorial pass, and its paper page (the paper YAML and data
// notes belong to the same editor), are left to that editor: the lead extends EDITED_REVIEWS to
// all four at merge, and then every page is checked.
const ALL_REVIEWS = readdirSync(reviewsDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const PENDING = ALL_REVIEWS.filter((id) => !EDITED_REVIEWS.includes(id)).flatMap((id) => [
  `/reviews/${id}/`,
  `/papers/${id}/`,
]);

test('no page shows the site internals (사실 시트, 출처 사본, 데이터 파일, src/, content/, .yaml, 자동으로 붙…)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const paths = (await sitemapPaths(page.request)).filter((p) => !PENDING.includes(p));
  const problems: string[] = [];
  for (const path of paths) {
    const res = await page.request.get(path);
    expect(res.ok(), path).toBe(true);
    const text = visibleText(await res.text());
    for (const name of INTERNAL_NAMES) {
      const at = text.indexOf(name);
      if (at >= 0) problems.push(`${path}: "${text.slice(Math.max(0, at - 30), at + name.length + 30).trim()}"`);
    }
  }
  expect(problems).toEqual([]);
});
