// The comparison pages as a reader uses them: sort, filter, read a cell's source or formula
// by hovering or by keyboard focus, use the memory calculator, follow a review's link.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pageAxe } from './util.ts';

const ARCH = '#cmp-architecture';
const tipText = (l: Locator) => l.evaluate((el) => getComputedStyle(el, '::after').content);
// Each test does a few page loads and axe runs; leave room for a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

const kvColumn = async (page: Page) =>
  (await page.locator(`${ARCH} thead th`).allTextContents()).findIndex((t) => t.includes('토큰당 KV 캐시'));

test('architecture: sort by KV cache, filter by paper, hide computed columns', async ({ page }) => {
  await page.goto('/compare/architecture/');
  const col = await kvColumn(page);
  const header = page.locator(`${ARCH} thead th`).nth(col);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const values = await page
    .locator(`${ARCH} tbody tr > :nth-child(${col + 1})`)
    .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-value') ?? ''));
  const numbers = values.filter(Boolean).map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  expect(numbers[0]).toBe(800); // Llama 2 13B (MHA, 40 layers × 40 KV heads)
  expect(values.slice(values.indexOf('')).every((v) => v === '')).toBe(true); // "–" last
  const rows = page.locator(`${ARCH} tbody tr:not([hidden])`);
  const before = await rows.count();
  await page.locator(`${ARCH} [data-bt-family="qwen"]`).uncheck();
  await expect(rows).toHaveCount(before - 3);
  await page.locator(`${ARCH} [data-bt-group="derived"]`).uncheck();
  await expect(header).toBeHidden();
});

test('a computed cell shows its formula on hover and on keyboard focus; a missing one says 논문에 없음', async ({
  page,
}) => {
  await page.goto('/compare/architecture/');
  const row = page.locator(`${ARCH} #row-llama-2-70b`);
  const col = await kvColumn(page);
  const kvTip = row
    .locator('td')
    .nth(col - 1)
    .locator('.cmp-tip');
  await expect(row.locator('td').nth(col - 1)).toContainText('320');
  // keyboard: from the next computed cell, Shift+Tab lands on the KV cell's formula
  await row.locator('td').nth(col).locator('.cmp-tip').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(kvTip).toBeFocused();
  expect(await tipText(kvTip)).toContain('2(K,V) × 층수 80 × KV 헤드 8 × 헤드 차원 128');
  // hover on a reported cell: its paper source
  await page.mouse.move(0, 0);
  const layersTip = row.locator('td').nth(1).locator('.cmp-tip');
  await layersTip.hover();
  expect(await tipText(layersTip)).toContain('공개 config');
  const missing = page.locator(`${ARCH} #row-qwen-7b td[data-kind="missing"]`).first();
  await expect(missing).toHaveText('–');
  await expect(missing.locator('.cmp-tip')).toHaveAttribute('aria-label', /^논문에 없음/);
  await missing.locator('.cmp-tip').focus();
  expect(await tipText(missing.locator('.cmp-tip'))).toContain('논문에 없음');
});

test('memory calculator recomputes weights, KV cache and total', async ({ page }) => {
  await page.goto('/compare/memory/');
  const root = page.locator('[data-memcalc]');
  await expect(root).toHaveAttribute('data-memcalc-ready', '');
  const row = root.locator('tr[data-model="llama-2-70b"]');
  await expect(row.locator('[data-col="kv"]')).toHaveText(/^1\.25/);
  await root.getByLabel('컨텍스트 길이 (토큰)').fill('8192');
  await root.getByLabel('배치 크기').fill('2');
  await expect(row.locator('[data-col="kv"]')).toHaveText(/^5\.00/); // 320 KiB × 8,192 × 2
  await root.getByLabel('정밀도').selectOption('fp32');
  await expect(row.locator('[data-col="weights"]')).toHaveText(/^256\.96/);
  await expect(row.locator('[data-col="kv"]')).toHaveText(/^10\.00/);
  await expect(row.locator('[data-col="total"]')).toHaveText(/^266\.96/);
  await expect(row.locator('[data-col="kv"] .cmp-tip')).toHaveAttribute('aria-label', /× 컨텍스트 8,192 × 배치 2/);
  await root.getByRole('checkbox', { name: /DeepSeek LLM 67B/ }).uncheck();
  await expect(root.locator('tr[data-model="deepseek-llm-67b"]')).toHaveCount(0);
  await root.getByLabel('배치 크기').fill('0');
  await expect(root.getByRole('alert')).toBeVisible();
  expect((await pageAxe(page).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('reviews link into comparison rows, the pages list them back, and the navigation has 비교', async ({ page }) => {
  await page.goto('/reviews/llama-2/');
  const link = page.locator('a.compare-link[href="/compare/memory/#row-llama-2-70b"]');
  await expect(link).toHaveCount(1);
  await page.goto('/compare/architecture/');
  await expect(page.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '비교' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const back = page.locator('[data-compare-backlinks] a[href^="/reviews/llama-2/#"]');
  await expect(back).not.toHaveCount(0);
  await page.goto('/compare/');
  await expect(page.locator('[data-compare-index] a')).toHaveCount(6);
});

test('the training page labels the extrapolation and passes axe in dark mode (light: a11y.spec crawls every page)', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/compare/training/');
  await expect(page.locator('[data-extrapolation-note]')).toContainText('외삽값');
  expect((await pageAxe(page).analyze()).violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

// A reader's view of a comparison as a link: the rows, columns and order, or the calculator's inputs.
const visibleRows = (page: Page, table: string) =>
  page.locator(`${table} tbody tr:not([hidden])`).evaluateAll((rs) => rs.map((r) => r.id));

test('a comparison table keeps its filters and sort order in the address, and a link restores them', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/compare/architecture/');
  const col = await kvColumn(page);
  const header = page.locator(`${ARCH} thead th`).nth(col);
  await page.locator(`${ARCH} [data-bt-family="qwen"]`).uncheck();
  await page.locator(`${ARCH} [data-bt-size]`).first().uncheck();
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const key = await header.getAttribute('data-col');
  await expect(page).toHaveURL(new RegExp(`\\?hide-paper=qwen&hide-size=[^&]+&sort=-${key}$`));
  const rows = await visibleRows(page, ARCH);
  expect(rows.length).toBeGreaterThan(1);
  const total = await page.locator(`${ARCH} tbody tr`).count();
  await expect(page.locator(`${ARCH} caption`)).toHaveText(`모델 구조 비교 (${total}개 중 ${rows.length}개 행)`);
  expect(rows.some((id) => id.startsWith('row-qwen'))).toBe(false);

  // "현재 보기 링크 복사" copies that address
  await page.locator(`${ARCH} [data-bt-copy-link]`).click();
  await expect(page.locator(`${ARCH} [data-bt-link-status]`)).toHaveText('현재 보기 링크를 복사했습니다.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  // the link in another tab: same rows in the same order, same chips, same sorted header
  const other = await context.newPage();
  await other.goto(copied);
  const otherHeader = other.locator(`${ARCH} thead th`).nth(col);
  await expect(otherHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await visibleRows(other, ARCH)).toEqual(rows);
  await expect(other.locator(`${ARCH} caption`)).toHaveText(`모델 구조 비교 (${total}개 중 ${rows.length}개 행)`);
  await expect(other.locator(`${ARCH} [data-bt-family="qwen"]`)).not.toBeChecked();
  await expect(other.locator(`${ARCH} [data-bt-size]`).first()).not.toBeChecked();

  // undoing every change leaves the plain address
  await other.locator(`${ARCH} [data-bt-family="qwen"]`).check();
  await other.locator(`${ARCH} [data-bt-size]`).first().check();
  await expect(other).toHaveURL(new RegExp(`/compare/architecture/\\?sort=-${key}$`));
  await expect(other.locator(`${ARCH} caption`)).toHaveText(`모델 구조 비교 (${total}개 행)`);
});

test('a comparison link with unknown filters or columns shows the whole table', async ({ page }) => {
  await page.goto('/compare/architecture/');
  const all = await visibleRows(page, ARCH);
  await page.goto('/compare/architecture/?hide-paper=%3Cimg%20src%3Dx%3E,gpt-4&hide-cols=everything&sort=-nope');
  await expect(page.locator(ARCH)).toHaveAttribute('data-bt-ready', '');
  expect(await visibleRows(page, ARCH)).toEqual(all);
  await expect(
    page.locator(`${ARCH} thead th[aria-sort="descending"], ${ARCH} thead th[aria-sort="ascending"]`),
  ).toHaveCount(0);
  await expect(page.locator(`${ARCH} [data-bt-group="derived"]`)).toBeChecked();
});

test('the memory calculator keeps its inputs in the address, and a link recomputes them', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/compare/memory/');
  const root = page.locator('[data-memcalc]');
  await expect(root).toHaveAttribute('data-memcalc-ready', '');
  await root.getByLabel('컨텍스트 길이 (토큰)').fill('32768');
  await root.getByLabel('배치 크기').fill('4');
  await root.getByLabel('정밀도').selectOption('int8');
  await root.getByRole('checkbox', { name: /DeepSeek LLM 7B/ }).uncheck();
  await expect(page).toHaveURL(/\?models=[^&]+&context=32768&batch=4&precision=int8$/);
  const kv = await root.locator('tr[data-model="llama-2-70b"] [data-col="kv"]').innerText();
  expect(kv).toMatch(/^20\.00/); // 160 KiB per token at int8 (320 at bf16) × 32,768 × 4 = 20 GiB

  await root.getByRole('button', { name: '현재 보기 링크 복사' }).click();
  await expect(root.locator('[data-memcalc-link] [role=status]')).toHaveText('현재 보기 링크를 복사했습니다.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/compare\/memory\/\?models=[^&]+&context=32768&batch=4&precision=int8$/);

  await page.goto(copied);
  await expect(root).toHaveAttribute('data-memcalc-ready', '');
  await expect(root.getByLabel('컨텍스트 길이 (토큰)')).toHaveValue('32768');
  await expect(root.getByLabel('배치 크기')).toHaveValue('4');
  await expect(root.getByLabel('정밀도')).toHaveValue('int8');
  await expect(root.getByRole('checkbox', { name: /DeepSeek LLM 7B/ })).not.toBeChecked();
  await expect(root.locator('tr[data-model="deepseek-llm-7b"]')).toHaveCount(0);
  await expect(root.locator('tr[data-model="llama-2-70b"] [data-col="kv"]')).toHaveText(kv);

  // a review's link to a model outside the defaults shows that model's row, scrolled into view
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(
    '/compare/memory/?models=deepseek-llm-7b,deepseek-llm-67b,llama-2-7b,llama-2-13b,llama-2-70b#row-llama-2-13b',
  );
  await expect(root).toHaveAttribute('data-memcalc-ready', '');
  await expect(root.locator('#row-llama-2-13b')).toBeInViewport();

  // out-of-range and unknown values fall back to the page's defaults, without an error
  await page.goto('/compare/memory/?context=0&batch=abc&precision=fp4&models=gpt-4');
  await expect(root).toHaveAttribute('data-memcalc-ready', '');
  await expect(root.getByLabel('컨텍스트 길이 (토큰)')).toHaveValue('4096');
  await expect(root.getByRole('alert')).toBeHidden();
  await expect(root.locator('tbody tr')).toHaveCount(0);
});

test('a comparison’s CSV and slide hold the rows and columns on screen, each value with its source', async ({
  page,
}) => {
  await page.goto('/compare/architecture/?hide-paper=qwen,pangu-pi-pro&hide-cols=reported&sort=-kv_bf16');
  await expect(page.locator(ARCH)).toHaveAttribute('data-bt-ready', '');
  const rows = await page
    .locator(`${ARCH} tbody tr:not([hidden]) th`)
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-value')!));
  expect(rows[0]).toBe('Llama 2 13B'); // 800 KiB per token, the largest

  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`${ARCH} [data-bt-csv]`).click()]);
  const file = readFileSync(await dl.path(), 'utf8');
  expect(dl.suggestedFilename()).toBe('compare-architecture.csv');
  const lines = file.slice(1).trim().split('\r\n');
  const meta = lines.filter((l) => /^"?#/.test(l)).map((l) => l.replace(/^"|"$/g, ''));
  expect(meta[0]).toBe('# 제목: 모델 구조 비교');
  expect(meta.find((l) => l.startsWith('# 주소:'))).toContain(
    '/compare/architecture/?hide-paper=qwen,pangu-pi-pro&hide-cols=reported&sort=-kv_bf16#cmp-architecture',
  );
  const data = lines.filter((l) => !/^"?#/.test(l));
  // only the computed columns the reader kept, each followed by its source (here: its formula)
  expect(data[0]).toBe(
    'model,paper,공식으로 센 파라미터 (B),공식으로 센 파라미터 출처,토큰당 KV 캐시 (fp16/bf16) (KiB),토큰당 KV 캐시 (fp16/bf16) 출처,임베딩 비중 (%),임베딩 비중 출처',
  );
  expect(data.slice(1).map((l) => l.split(',')[0])).toEqual(rows);
  const llama70 = data.find((l) => l.startsWith('Llama 2 70B,'))!;
  expect(llama70).toContain(',320,"계산값: 2(K,V) × 층수 80 × KV 헤드 8 × 헤드 차원 128');

  // the slide: the same rows in the same order, computed values marked ᶜ, the view's address
  const [slide] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`${ARCH} [data-table-slide-svg]`).click(),
  ]);
  const svg = readFileSync(await slide.path(), 'utf8');
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const at = rows.map((r) => texts.indexOf(r));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(texts).toContain('320ᶜ');
  expect(texts).toContain('–'); // DeepSeek gives no tied/untied embedding: its parameter count is not computed
  expect(texts.some((t) => t.includes('ᶜ 계산값'))).toBe(true);
  expect(texts.some((t) => t.includes('굵은 값'))).toBe(false); // no best-of-column cells in a comparison
  expect(texts.some((t) => t.includes('/compare/architecture/?hide-paper=qwen,pangu-pi-pro'))).toBe(true);
});
