// Slide exports of what a table shows right now: the results tables (filtered rows, hidden
// column groups, sort order) and the benchmark explorer (the selected pairs), 1920×1080.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { countColours } from './pixels.ts';

// Page loads, downloads and exports on a shared 2-core machine: generous budget, no fixed waits.
test.describe.configure({ timeout: 120_000 });

async function download(page: Page, button: string): Promise<{ dl: Download; body: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { dl, body: readFileSync(await dl.path()) };
}
/** The text nodes of a slide SVG, in document order. */
const slideTexts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

test('results table: the slide shows the visible rows in their order and the visible columns, in the chosen theme', async ({
  page,
}) => {
  const T = '#bt-qwen-table-2';
  await page.goto('/papers/qwen/');
  await page.locator(`${T} [data-bt-family="LLaMA"]`).uncheck();
  await page.locator(`${T} [data-bt-group="code"]`).uncheck();
  await page.locator(`${T} thead th`).nth(1).locator('button').click(); // sort by the first score column
  const rows = page.locator(`${T} tbody tr:not([hidden])`);
  const models = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('th')!.getAttribute('data-value')!));
  const hiddenModels = await page
    .locator(`${T} tbody tr[hidden]`)
    .evaluateAll((trs) => trs.map((tr) => tr.querySelector('th')!.getAttribute('data-value')!));
  const codeHeaders = await page.locator(`${T} thead th[data-bt-colgroup="code"] .bt-bench`).allInnerTexts();
  expect(hiddenModels.length).toBeGreaterThan(0);
  expect(codeHeaders.length).toBeGreaterThan(0);

  await page.locator(`${T} [data-table-slide-variant]`).selectOption('dark');
  const svg = (await download(page, `${T} [data-table-slide-svg]`)).body.toString('utf8');
  expect(svg).toMatch(/^<svg [^>]*width="1920" height="1080"/);
  const texts = slideTexts(svg);
  // every visible model, in the order on screen; no filtered-out model; no hidden column
  const at = models.map((m) => texts.indexOf(m));
  expect(
    at.every((i) => i >= 0),
    `models on the slide: ${models.join(', ')}`,
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  for (const m of hiddenModels) expect(texts).not.toContain(m);
  for (const h of codeHeaders) expect(texts.some((t) => t.startsWith(h))).toBe(false);
  expect(texts.some((t) => t.startsWith('출처: Qwen'))).toBe(true);
  expect(texts.some((t) => t.includes('/papers/qwen/#bt-qwen-table-2') && t.includes('CC BY 4.0'))).toBe(true);
  expect(svg).toContain('@font-face{font-family:Pretendard');
  // type readable from the back of the room: no text under 24 px at 1920 wide
  const sizes = [...svg.matchAll(/<text[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);

  const { dl, body: png } = await download(page, `${T} [data-table-slide-png]`);
  expect(dl.suggestedFilename()).toBe('qwen-table-2-dark-slide.png');
  await dl.saveAs(test.info().outputPath('table-slide.png'));
  // dark background, light text, the dark theme's tint on best cells
  const { width, height, counts } = await countColours(page, png, ['#111318', '#e8eaee', '#1d4633', '#ffffff'], 4);
  expect({ width, height }).toEqual({ width: 1920, height: 1080 });
  expect(counts[0]).toBeGreaterThan(1920 * 1080 * 0.5);
  expect(counts[1]).toBeGreaterThan(500);
  expect(counts[2]).toBeGreaterThan(500);
  expect(counts[3]).toBe(0);
  await expect(page.locator(`${T} [data-table-slide-status]`)).toContainText('내려받았습니다');
});

test('explorer: after filtering, the slide shows only the selected pairs; the transparent slide has no background', async ({
  page,
}) => {
  await page.goto('/benchmarks/');
  const form = page.locator('[data-explorer-form]');
  await expect(form).toBeVisible();
  await form.locator('select[name=b]').selectOption(['mmlu']);
  await expect(page).toHaveURL(/b=mmlu/);
  const rows = page.locator('[data-explorer-table] tbody tr');
  const pairs = await rows.evaluateAll((trs) =>
    trs.map((tr) => `${tr.querySelector('th')!.textContent} · ${tr.querySelector('.explorer-bench')!.textContent}`),
  );
  expect(pairs.length).toBeGreaterThan(1);
  expect(pairs.every((p) => p.endsWith(' · MMLU'))).toBe(true);

  const svg = (await download(page, '[data-table-slide-svg]')).body.toString('utf8');
  const texts = slideTexts(svg);
  // the selected pairs in the table's order; those that do not fit at 24 px are counted on the slide
  const shown = texts.filter((t) => t === 'MMLU').length;
  expect(shown, 'bench cells on the slide').toBeGreaterThan(1);
  const models = pairs.map((p) => p.replace(/ · MMLU$/, ''));
  const at = models.slice(0, shown).map((m) => texts.indexOf(m));
  expect(
    at.every((i) => i > 0),
    `first ${shown} pairs on the slide`,
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  if (shown < pairs.length) expect(texts.some((t) => t.startsWith(`외 ${pairs.length - shown}쌍`))).toBe(true);
  else expect(shown).toBe(pairs.length);
  // no other benchmark's row: the bench column holds MMLU only
  const benchNames = await form.locator('select[name=b] option').allInnerTexts();
  for (const other of benchNames.filter((b) => b !== 'MMLU')) expect(texts, other).not.toContain(other);
  expect(texts.some((t) => t.includes('/benchmarks/?b=mmlu') && t.includes('CC BY 4.0'))).toBe(true);

  await form.locator('[data-table-slide-variant]').selectOption('transparent');
  const { dl, body: png } = await download(page, '[data-table-slide-png]');
  await dl.saveAs(test.info().outputPath('explorer-slide.png'));
  const { width, height, counts } = await countColours(page, png, ['#ffffff', '#1b1d22'], 4);
  expect({ width, height }).toEqual({ width: 1920, height: 1080 });
  expect(counts[0], 'no painted background').toBe(0);
  expect(counts[1], 'dark text').toBeGreaterThan(500);
});
