// The dark theme under axe. The every-page axe crawl (light theme) is part of the one
// site-wide crawl in crawl.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the dark theme passes axe on a review and a chart page', async ({ page }) => {
  test.setTimeout(900_000); // two long pages and two axe runs: over 5 min at load 30 on 2 cores
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/reviews/deepseek-llm/', '/charts/qwen-long-context-ppl/']) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});
