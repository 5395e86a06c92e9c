import { expect, test } from '@playwright/test';
import { pageAxe, watchErrors } from './util.ts';

test('the long-context chart draws one line per series and a toggle hides one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/reviews/qwen/');
  const fig = page.locator('[data-chart-id="qwen-long-context-ppl"]').first();
  // the page layout at this width (the narrow one is for boxes under 480 px)
  const svg = fig.locator('.chart-svg .chart-variant[data-layout="page"] svg');
  await expect(svg).toBeVisible();
  const buttons = fig.locator('[data-chart-series]');
  const n = await buttons.count();
  expect(n).toBe(11);
  expect(await svg.locator('[data-mark][data-role="line"]').count()).toBe(n);
  expect(await svg.locator('[data-mark="qwen-7b"][data-role="dot"] > *').count()).toBe(5); // 5 context lengths
  const line = svg.locator('[data-mark="qwen-7b"][data-role="line"]');
  await expect(line).toBeVisible();
  // the chart's code is not fetched until the reader first uses a chart, and that first click
  // is not lost while the code arrives
  await page.waitForLoadState('networkidle');
  expect(await page.locator('[data-chart-ready]').count()).toBe(0);
  await buttons.first().click();
  await expect(buttons.first()).toHaveAttribute('aria-pressed', 'false');
  await expect(line).toBeHidden();
  await buttons.first().click();
  await expect(line).toBeVisible();
});

test('the waterfall’s series toggle hides that model’s value label with its bar, and only that one', async ({
  page,
}) => {
  await page.goto('/charts/pangu-figure1-gains/');
  const svg = page.locator('.chart-svg .chart-variant[data-layout="page"] svg').first();
  const label = (text: string) => svg.locator('g[data-role="text"] text', { hasText: text });
  await expect(label('55.04')).toBeVisible(); // Qwen-1.8B
  await expect(label('56.49')).toBeVisible(); // PanGu-π-1.5B Pro
  await page.locator('[data-chart-series="qwen-1.8b"]').click();
  await expect(page.locator('[data-chart-series="qwen-1.8b"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(label('55.04')).toBeHidden();
  await expect(label('56.49')).toBeVisible();
  await page.locator('[data-chart-series="pangu-pi-pro-1.5b"]').click();
  await expect(label('56.49')).toBeHidden();
  await page.locator('[data-chart-series="qwen-1.8b"]').click();
  await expect(label('55.04')).toBeVisible();
});

test('chart values can be read by keyboard', async ({ page }) => {
  await page.goto('/charts/qwen-long-context-ppl/');
  const box = page.locator('.chart-svg').first();
  await box.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-chart-readout]')).toHaveText('Qwen-7B · 1024: 4.23');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-chart-readout]')).toHaveText('Qwen-7B · 2048: 3.78');
  await page.locator('[data-chart-series="qwen-7b"]').click();
  await box.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-chart-readout]')).not.toContainText('Qwen-7B ·');
});

test('the tokenizer-compression chart switches to the CJK view', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/charts/qwen-tokenizer-compression/');
  const fig = page.locator('[data-chart-figure]');
  await expect(fig.locator('.chart-svg[data-view="all"]')).toBeVisible();
  await fig.locator('[data-chart-view="cjk"]').click();
  await expect(fig.locator('.chart-svg[data-view="cjk"]')).toBeVisible();
  await expect(fig.locator('.chart-svg[data-view="all"]')).toBeHidden();
  await expect(page).toHaveURL(/view=cjk/);
  await page.reload();
  await expect(fig.locator('.chart-svg[data-view="cjk"]')).toBeVisible();
});

test('chart page state in the URL is validated, never echoed', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/charts/qwen-long-context-ppl/?hide=qwen-7b,%3Cimg%20src%3Dx%3E&view=%22%3E%3Cscript%3E');
  await expect(page.locator('[data-chart-series="qwen-7b"]')).toHaveAttribute('aria-pressed', 'false');
  expect(await page.content()).not.toContain('<img src=x>');
  expect(errors).toEqual([]);
});

test('the RoPE explorer’s inputs appear once its section is drawn, and it recomputes when they change', async ({
  page,
}) => {
  await page.goto('/reviews/qwen/');
  const ex = page.locator('[data-rope-explorer]');
  const cell = ex.locator('tr[data-method="rope"] td').nth(3);
  await expect(cell).toHaveText('23 / 64');
  // far from the first screen its selects are not made yet (deferred-fields.ts); scrolling there makes them
  await expect(ex.locator('select')).toHaveCount(0);
  await ex.scrollIntoViewIfNeeded();
  await expect(ex.locator('select')).toHaveCount(4);
  await ex.locator('select[name=targetLength]').selectOption('2048');
  await expect(cell).toHaveText('0 / 64');
  await ex.locator('select[name=targetLength]').selectOption('32768');
  await expect(ex.locator('tr[data-method="dynamic-ntk"] td').nth(1)).toHaveText('α = 31');
  await expect(ex.locator('tr[data-method="pi"] td').nth(3)).toHaveText('0 / 64');
});

test('the scaling-law calculator updates with the compute budget', async ({ page }) => {
  await page.goto('/reviews/deepseek-llm/');
  const calc = page.locator('[data-scaling-calc]');
  await expect(calc.locator('[data-scaling-c]')).toHaveText('C = 1×10²⁰ FLOPs');
  const eta = calc.locator('[data-key="etaOpt"] dd');
  const before = await eta.textContent();
  await calc.locator('input[name=logC]').fill('24');
  await expect(calc.locator('[data-scaling-c]')).toHaveText('C = 1×10²⁴ FLOPs');
  await expect(eta).not.toHaveText(before!);
  // η_opt = 0.3118 · (1e24)^(−0.125) = 0.3118 × 10^−3 = 3.118e−4
  await expect(eta).toHaveText('3.12×10⁻⁴');
});

test('chart pages pass axe and offer every download', async ({ page, request }) => {
  await page.goto('/charts/deepseek-scaling-curves/');
  for (const ext of ['.svg', '.png', '-dark.png', '-transparent.png', '.csv']) {
    const href = `/charts/deepseek-scaling-curves${ext}`;
    await expect(page.locator(`a[href="${href}"]`)).toBeVisible();
    expect((await request.get(href)).ok()).toBe(true);
  }
  const { violations } = await pageAxe(page).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart in every review is an SVG in the HTML', async ({ page }) => {
    for (const id of ['qwen', 'llama-2', 'deepseek-llm', 'pangu-pi-pro']) {
      await page.goto(`/reviews/${id}/`);
      const figs = page.locator('[data-chart-figure]');
      const n = await figs.count();
      for (let i = 0; i < n; i++) expect(await figs.nth(i).locator('.chart-svg svg').count()).toBeGreaterThan(0);
      // buttons whose code arrives on first use are shown by CSS only where scripts run
      await expect(page.locator('button[data-copy]')).toBeHidden();
    }
  });
});
