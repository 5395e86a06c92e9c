// Every page in the sitemap: zero axe-core violations, no console errors, and the basics
// of a well-formed page (title, description, canonical, lang="ko").
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths, watchErrors } from './util.ts';

// The crawl is split into shards so the two workers share it and each stays well inside its budget.
const SHARDS = 4;
for (let shard = 0; shard < SHARDS; shard++)
test(`every built page passes axe, has metadata and logs no errors (pages ${shard + 1} of every ${SHARDS})`, async ({ page }) => {
  test.setTimeout(600_000);
  const failures: string[] = [];
  const paths = (await sitemapPaths(page)).filter((_, i) => i % SHARDS === shard);
  expect(paths.length).toBeGreaterThan(5);
  for (const path of paths) {
    const errors = watchErrors(page);
    await page.goto(path);
    const meta = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name=description]')?.getAttribute('content') ?? '',
      canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '',
      lang: document.documentElement.lang,
    }));
    if (!meta.title || !meta.description || !meta.canonical || meta.lang !== 'ko') failures.push(`${path}: metadata ${JSON.stringify(meta)}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations) failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    if (errors.length) failures.push(`${path}: console ${errors.join(' | ')}`);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
  }
  expect(failures).toEqual([]);
});

test('the dark theme passes axe on a review and a chart page', async ({ page }) => {
  test.setTimeout(300_000); // two long pages and two axe runs, slow on a busy machine
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/reviews/deepseek-llm/', '/charts/qwen-long-context-ppl/']) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});
