import { expect, test } from '@playwright/test';
import { watchErrors } from './util.ts';

const REVIEWS = ['qwen', 'llama-2', 'deepseek-llm', 'pangu-pi-pro'];

test('home lists every review with its summary and tags', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  for (const id of REVIEWS) await expect(page.locator(`.review-item a[href="/reviews/${id}/"]`)).toBeVisible();
  await expect(page.locator('.review-item .tag').first()).toBeVisible();
});

for (const id of REVIEWS) {
  test(`review ${id}: math rendered, every question anchored, concepts linked, no console errors`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/reviews/${id}/`);
    expect(await page.locator('.prose .katex').count()).toBeGreaterThan(3);
    expect(await page.locator('.prose').innerText()).not.toContain('$$');
    const questions = page.locator('nav[aria-label="이 리뷰가 답하는 질문"] a');
    const n = await questions.count();
    expect(n).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < n; i++) {
      const href = (await questions.nth(i).getAttribute('href'))!;
      await expect(page.locator(`.prose h2${href}`)).toHaveCount(1);
    }
    expect(await page.locator('.prose a.concept[href^="/concepts/"]').count()).toBeGreaterThan(3);
    await expect(page.locator('.paper-card')).toContainText('arXiv');
    expect(errors).toEqual([]);
  });
}

test('heading anchors and table of contents move to the section', async ({ page }) => {
  await page.goto('/reviews/qwen/');
  await page.locator('nav[aria-label="이 리뷰가 답하는 질문"] a[href="#ntk-aware-interpolation"]').click();
  await expect(page).toHaveURL(/#ntk-aware-interpolation$/);
  await expect(page.locator('#ntk-aware-interpolation')).toBeInViewport();
  const anchor = page.locator('#results .heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#results');
});

test('dark mode toggles and persists across reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/reviews/llama-2/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.locator('#theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#theme-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.goto('/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('dark mode follows the system when nothing is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('previous/next links chain the reviews in the home page order', async ({ page }) => {
  // Walk "next" from the newest review: every review is reached once, in the order the home page
  // lists them, and each "previous" points back to the page we came from.
  await page.goto('/');
  const order = await page
    .locator('.review-item a[href^="/reviews/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  expect([...order].sort()).toEqual(REVIEWS.map((id) => `/reviews/${id}/`).sort());
  const visited: string[] = [];
  let path: string | null = order[0]!;
  await page.goto(path);
  await expect(page.locator('.prev-next a[rel="prev"]')).toHaveCount(0);
  while (path && visited.length <= order.length) {
    visited.push(path);
    const next = page.locator('.prev-next a[rel="next"]');
    if ((await next.count()) === 0) break;
    const target: string = (await next.getAttribute('href'))!;
    await page.goto(target);
    await expect(page.locator('.prev-next a[rel="prev"]')).toHaveAttribute('href', path);
    path = target;
  }
  expect(visited).toEqual(order);
});

test('trimming a tag or paper address lands on an index of them, not on 404', async ({ page }) => {
  // a tag page links up to every tag; there, the tag shows how many reviews carry it
  await page.goto('/tags/gqa/');
  await page.getByRole('link', { name: '모든 태그 보기' }).click();
  await expect(page).toHaveURL(/\/tags\/$/);
  await expect(page.locator('h1')).toHaveText('태그');
  const homeTags = new Set(
    await (
      await page.request.get('/')
    )
      .text()
      .then((html) => [...html.matchAll(/href="(\/tags\/[^"]+\/)"/g)].map((m) => decodeURI(m[1]!))),
  );
  const listed = await page
    .locator('[data-tag-index] a')
    .evaluateAll((as) => as.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname)));
  expect(new Set(listed)).toEqual(homeTags);
  const gqa = page.locator('[data-tag-index] a[href="/tags/gqa/"]');
  await expect(gqa).toContainText('리뷰 2편'); // DeepSeek LLM and Llama 2
  await gqa.click();
  await expect(page.locator('.review-item')).toHaveCount(2);

  // every paper, with its result tables and its review
  const res = await page.goto('/papers/');
  expect(res?.status()).toBe(200);
  for (const id of REVIEWS) {
    await expect(page.locator(`[data-paper-index] a[href="/papers/${id}/"]`)).toBeVisible();
    await expect(page.locator(`[data-paper-index] a[href="/reviews/${id}/"]`)).toHaveText('리뷰 읽기');
  }
  await page.locator('[data-paper-index] a[href="/papers/qwen/"]').click();
  await expect(page.getByRole('link', { name: '논문별 결과 표' })).toHaveAttribute('href', '/papers/');
});

test('404 page is Korean and offers a way back', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('페이지를 찾을 수 없습니다');
});

test('RSS feed and sitemap list the reviews', async ({ request }) => {
  const rss = await (await request.get('/rss.xml')).text();
  for (const id of REVIEWS) expect(rss).toContain(`/reviews/${id}/`);
  expect((await request.get('/sitemap-index.xml')).ok()).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a review is fully readable: prose, math, tables and charts are in the HTML', async ({ page }) => {
    await page.goto('/reviews/qwen/');
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.locator('.prose .katex').count()).toBeGreaterThan(3);
    expect(await page.locator('.prose table.bt-table tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('.prose .chart-svg svg').count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator('[data-rope-chart] svg')).toBeVisible();
  });
});
