// The labs on a phone (390 px): the RoPE explorer and the scaling calculator show the chart drawn
// for a narrow box, whose text reads at ≥ 11 px as rendered (font size × the SVG's scale on
// screen, as ../shared/notes/measures.md defines it); the tokenizer lab's results fit the screen
// with the tokenizer names in view.
import { expect, test, type Locator } from '@playwright/test';

/** Smallest rendered text size (px) of the SVG texts inside `chart`, and how many there are. */
async function renderedText(chart: Locator): Promise<{ min: number; count: number }> {
  return chart.evaluate((box) => {
    const svg = box.querySelector('svg')!;
    const vb = svg.viewBox.baseVal;
    const scale = vb && vb.width ? svg.getBoundingClientRect().width / vb.width : 1;
    const sizes = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() && t.getClientRects().length)
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return { min: Math.min(...sizes), count: sizes.length };
  });
}

test.use({ viewport: { width: 390, height: 844 } });

for (const [review, widget, narrow, wide] of [
  ['qwen', '[data-rope-explorer]', '[data-rope-chart-narrow]', '[data-rope-chart]'],
  ['deepseek-llm', '[data-scaling-calc]', '[data-scaling-chart-narrow]', '[data-scaling-chart]'],
] as const)
  test(`${review} at 390 px: ${widget} draws its narrow chart with text ≥ 11 px and keeps its key column on screen`, async ({
    page,
  }) => {
    await page.goto(`/reviews/${review}/`);
    const w = page.locator(widget).first();
    await w.scrollIntoViewIfNeeded();
    await expect(w.locator(narrow)).toBeVisible();
    await expect(w.locator(wide)).toBeHidden();
    const { min, count } = await renderedText(w.locator(narrow));
    expect(count).toBeGreaterThan(5);
    expect(min).toBeGreaterThanOrEqual(11);
    // the summary table scrolls inside its region; its first column (the row names) stays on screen
    const key = w.locator('.bt-table tbody th').first();
    const box = (await key.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await w.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
  });

test('qwen at 390 px: the tokenizer lab’s results fit the screen, names in view, text ≥ 11 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/reviews/qwen/');
  const lab = page.locator('[data-tokenizer-lab]');
  await lab.scrollIntoViewIfNeeded();
  await lab.locator('[data-lab-open]').click();
  // loading parses the vocabularies in the worker: wait for the state, generously
  await expect(lab).toHaveAttribute('data-ready', '', { timeout: 90_000 });
  await lab.locator('[data-lab-input]').fill('토크나이저는 텍스트를 토큰으로 나눕니다.');
  await expect(lab.locator('tr[data-tokenizer="qwen"] td').first()).toHaveText('22');
  expect(await lab.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
  for (const id of ['llama2', 'qwen', 'cl100k']) {
    const name = lab.locator(`tr[data-tokenizer="${id}"] th`).first();
    const b = (await name.boundingBox())!;
    expect(b.x, id).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, id).toBeLessThanOrEqual(390);
    const px = await name.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px, id).toBeGreaterThanOrEqual(11);
  }
});
