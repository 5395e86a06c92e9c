import { expect, test } from '@playwright/test';
import { pageAxe } from './util.ts';
import { readFileSync } from 'node:fs';

/** Every CSV: BOM, then "# key: value" lines (quoted when they hold a comma), then the data. */
function csvMeta(file: string): string[] {
  expect(file.charCodeAt(0)).toBe(0xfeff);
  return file
    .slice(1)
    .split('\r\n')
    .filter((l) => /^"?#/.test(l))
    .map((l) => l.replace(/^"|"$/g, '').replace(/""/g, '"'));
}
function dataLines(file: string): string[] {
  csvMeta(file);
  return file
    .slice(1)
    .trim()
    .split('\r\n')
    .filter((l) => !/^"?#/.test(l));
}

const TABLE = '#bt-qwen-table-2';

async function columnValues(page: import('@playwright/test').Page, col: number): Promise<string[]> {
  return page
    .locator(`${TABLE} tbody tr:not([hidden]) > :nth-child(${col + 1})`)
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value') ?? ''));
}

test('sorting a score column orders rows high to low, then low to high, missing values last', async ({ page }) => {
  await page.goto('/papers/qwen/');
  const header = page.locator(`${TABLE} thead th`).nth(1); // MMLU
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const desc = (await columnValues(page, 1)).filter(Boolean).map(Number);
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  expect(desc[0]).toBe(69.8); // LLaMA 2 70B tops MMLU in Qwen's Table 2
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const asc = await columnValues(page, 1);
  const firstMissing = asc.indexOf('');
  expect(firstMissing === -1 || asc.slice(firstMissing).every((v) => v === '')).toBe(true);
  const c = page.locator(`${TABLE} thead th`).nth(2); // C-Eval has "–" cells
  await c.getByRole('button').press('Enter');
  await expect(c).toHaveAttribute('aria-sort', 'descending');
  const ceval = await columnValues(page, 2);
  expect(ceval.at(-1)).toBe('');
});

test('family filter hides rows and column groups hide columns', async ({ page }) => {
  await page.goto('/papers/qwen/');
  const rows = page.locator(`${TABLE} tbody tr:not([hidden])`);
  const before = await rows.count();
  await page.locator(`${TABLE} [data-bt-family="Qwen"]`).uncheck();
  await expect(rows).toHaveCount(before - 3);
  await page.locator(`${TABLE} [data-bt-size="l"]`).uncheck(); // > 40B: LLaMA-65B, Llama 2 70B, StableBeluga2-70B
  await expect(rows).toHaveCount(before - 3 - 3);
  await expect(page.locator(`${TABLE} tbody tr:not([hidden])`, { hasText: 'Llama 2 70B' })).toHaveCount(0);
  const codeHeader = page.locator(`${TABLE} thead th[data-bt-colgroup="code"]`).first();
  await expect(codeHeader).toBeVisible();
  await page.locator(`${TABLE} [data-bt-group="code"]`).uncheck();
  await expect(codeHeader).toBeHidden();
});

test('CSV download contains exactly the visible rows', async ({ page }) => {
  await page.goto('/papers/qwen/');
  await page.locator(`${TABLE} [data-bt-family="LLaMA"]`).uncheck();
  const visible = await page.locator(`${TABLE} tbody tr:not([hidden])`).count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${TABLE} [data-bt-csv]`).click()]);
  const file = readFileSync(await download.path(), 'utf8');
  expect(file).toMatch(/^\ufeff"?# 제목: /);
  const csv = dataLines(file);
  expect(csv).toHaveLength(visible + 1);
  expect(csv.some((l) => l.startsWith('LLaMA-'))).toBe(false);
  expect(csv.find((l) => l.startsWith('Qwen-14B'))).toContain('66.3');
  // the same header and unit line as the table's own CSV file, so the two read alike
  const full = await (await page.request.get('/tables/qwen/table-2.csv')).text();
  expect(csv[0]).toBe(dataLines(full)[0]);
  expect(csv[0]).toMatch(/^model,MMLU \(5-shot\),/);
  expect(csvMeta(file).find((l) => l.startsWith('# 단위:'))).toBe(csvMeta(full).find((l) => l.startsWith('# 단위:')));
});

test('best score per column is marked, lower-is-better respected', async ({ page }) => {
  await page.goto('/papers/qwen/');
  await expect(page.locator(`${TABLE} tbody tr`, { hasText: 'Qwen-14B' }).locator('td').nth(1)).toHaveClass(/bt-best/); // C-Eval 72.1
  // Only that cell of the C-Eval column (the second score column) is marked.
  const cevalBest = await page
    .locator(`${TABLE} tbody tr > td.bt-best:nth-of-type(2)`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  expect(cevalBest).toEqual(['72.1']);
  // Lower is better (a perplexity table): in every column the marked cells hold the smallest value (ties all marked).
  const ppl = page.locator('#bt-qwen-table-3');
  const columns = await ppl.locator('tbody tr').first().locator('td').count();
  expect(columns).toBeGreaterThan(0);
  for (let c = 0; c < columns; c++) {
    const cells = ppl.locator(`tbody tr > td:nth-of-type(${c + 1})`);
    const values = (await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? '')))
      .filter(Boolean)
      .map(Number);
    const best = await ppl
      .locator(`tbody tr > td.bt-best:nth-of-type(${c + 1})`)
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    const min = Math.min(...values);
    if (values.length < 2) expect(best, `column ${c + 1}: one score, nothing to compare`).toEqual([]);
    else
      expect(best, `column ${c + 1}: every cell with the smallest value, and only those`).toEqual(
        values.filter((v) => v === min),
      );
  }
});

test('numbers keep the precision the paper prints', async ({ page }) => {
  await page.goto('/papers/qwen/');
  const mpt = page.locator(`${TABLE} tbody tr`, { hasText: 'MPT-7B' });
  await expect(mpt.locator('td').nth(3)).toHaveText('3.0'); // MATH, printed "3.0"
  await page.goto('/papers/pangu-pi-pro/');
  await expect(page.locator('tbody tr', { hasText: 'MobileLLaMA-1.4B' }).first()).toContainText('25.10');
});

test('every table offers its full CSV and a PNG for slides', async ({ page, request }) => {
  await page.goto('/papers/qwen/');
  await expect(page.locator(`${TABLE} a[href="/tables/qwen/table-2.csv"]`)).toBeVisible();
  const file = await (await request.get('/tables/qwen/table-2.csv')).text();
  expect(csvMeta(file)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^# 출처: Qwen/),
      expect.stringMatching(/^# 단위: /),
      expect.stringMatching(/^# 라이선스: .*CC BY 4\.0/),
      expect.stringMatching(/^# 주소: http/),
    ]),
  );
  const csv = dataLines(file);
  expect(csv[0]).toBe(
    'model,MMLU (5-shot),C-Eval (5-shot),GSM8K (8-shot),MATH (4-shot),HumanEval (0-shot),MBPP (3-shot),BBH (3-shot)',
  );
  expect(csv).toContain('Qwen-14B,66.3,72.1,61.3,24.8,32.3,40.8,53.4');
  expect(csv.find((l) => l.startsWith('Falcon-7B,'))).toBe('Falcon-7B,27.8,,6.8,2.3,,11.2,28');
  const png = Buffer.from(await (await request.get('/tables/qwen/table-2.png')).body());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
});

test('a cell from another table shows its source on focus', async ({ page }) => {
  await page.goto('/papers/llama-2/');
  const foreign = page.locator('.bt-foreign').first();
  await foreign.focus();
  await expect(foreign).toHaveAttribute('aria-label', /(출처|주):/);
});

test('wide tables scroll inside their box at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/papers/qwen/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await page.locator(`${TABLE} .bt-scroll`).evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test.describe('explorer', () => {
  test('shows three different reported numbers for LLaMA 2 70B on MMLU with their sources', async ({ page }) => {
    await page.goto('/benchmarks/?b=mmlu&m=llama-2-70b');
    const row = page.locator('[data-explorer-table] tbody tr', { hasText: 'Llama 2 70B' }).first();
    // Each report as the reader sees it: the number as printed, then its table.
    const reports = row.locator('.explorer-report');
    await expect(reports).toHaveCount(5);
    const seen = await reports.evaluateAll((els) =>
      els.map((e) => `${e.querySelector('strong')?.textContent} ${e.querySelector('.bt-shot')?.textContent}`),
    );
    // Qwen Table 2, Llama 2 Tables 3, 4 and 19, DeepSeek Table 5 (each paper's own print).
    expect(seen.sort()).toEqual([
      '68.9 Table 19 · 5-shot',
      '68.9 Table 3 · 5-shot',
      '68.9 Table 4 · 5-shot',
      '69.0 Table 5 · 5-shot',
      '69.8 Table 2 · 5-shot',
    ]);
    await expect(row.locator('.explorer-spread')).toHaveText('0.9');
  });
  test('selection lives in the URL and the CSV holds the current view', async ({ page }) => {
    await page.goto('/benchmarks/');
    await page.locator('select[name=b]').selectOption(['gsm8k']);
    await expect(page).toHaveURL(/\?b=gsm8k/);
    const pairs = await page.locator('[data-explorer-table] tbody tr').count();
    expect(pairs).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-explorer-csv]').click()]);
    const lines = dataLines(readFileSync(await download.path(), 'utf8')).slice(1);
    expect(lines.length).toBeGreaterThanOrEqual(pairs * 2);
    expect(lines.every((l) => l.includes('GSM8K'))).toBe(true);
  });
  test('passes axe', async ({ page }) => {
    await page.goto('/benchmarks/?b=mmlu');
    const { violations } = await pageAxe(page).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('tables are complete and correct as plain HTML', async ({ page }) => {
    await page.goto('/papers/deepseek-llm/');
    const t = page.locator('#bt-deepseek-llm-table-5');
    await expect(t.locator('caption')).toContainText('Table 5');
    await expect(t.locator('tbody tr', { hasText: 'DeepSeek LLM 67B' })).toContainText('71.3');
    await expect(t.locator('.bt-source')).toContainText('출처');
    await expect(page.locator('[data-explorer-form]')).toHaveCount(0);
  });
  test('the explorer shows the cross-paper table', async ({ page }) => {
    await page.goto('/benchmarks/');
    expect(await page.locator('[data-explorer-table] tbody tr').count()).toBeGreaterThan(20);
  });
});
