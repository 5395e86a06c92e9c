// The lab in Chromium must give exactly the counts the same tokenizers give in Node
// (tests/unit/tokenizers.test.ts), and must load nothing from outside the site.
import { expect, test } from '@playwright/test';

const FIXED: Array<[string, Record<string, number>]> = [
  ['토크나이저는 텍스트를 토큰으로 나눕니다.', { llama2: 27, qwen: 22, cl100k: 26 }],
  ['The quick brown fox jumps over the lazy dog.', { llama2: 12, qwen: 10, cl100k: 10 }],
  ['大型语言模型', { llama2: 7, qwen: 3, cl100k: 6 }],
];

test('lab loads lazily, offline, and counts tokens like the Node tokenizers', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/reviews/qwen/');
  expect(requests.some((u) => /tokenizer.*\.json/.test(u))).toBe(false);
  const lab = page.locator('[data-tokenizer-lab]');
  await lab.locator('[data-lab-open]').click();
  await expect(lab.locator('[data-lab-status]')).toContainText('불러오는 중');
  await expect(lab).toHaveAttribute('data-ready', '', { timeout: 20_000 });
  // the two vocab files (1.8 MB and 11 MB); tiny config files may be inlined by Vite
  expect(requests.filter((u) => /\/_astro\/tokenizer\.[^/]+\.json$/.test(u)).length).toBe(2);
  expect(requests.every((u) => u.startsWith('http://localhost'))).toBe(true);
  for (const [text, counts] of FIXED) {
    await lab.locator('[data-lab-input]').fill(text);
    for (const [id, n] of Object.entries(counts))
      await expect(lab.locator(`tr[data-tokenizer="${id}"] td`).first()).toHaveText(String(n));
  }
  await expect(lab.locator('.lab-token-text[data-tokenizer="qwen"]')).toHaveText('大型语言模型');
});

test('a failed download shows a clear error and the button works again', async ({ page }) => {
  await page.route(/tokenizer.*\.json$/, (route) => route.abort());
  await page.goto('/reviews/qwen/');
  const lab = page.locator('[data-tokenizer-lab]');
  await lab.locator('[data-lab-open]').click();
  await expect(lab.locator('[data-lab-status]')).toContainText('불러오지 못했습니다');
  await expect(lab.locator('[data-lab-open]')).toBeEnabled();
});
