// Decks: per-review .pptx packs built at build time, and the /charts/ deck builder (.pptx with
// native charts and tables, and an offline reveal.js HTML deck).
import { expect, test, type APIRequestContext } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';

// Page loads, downloads and exports on a shared 2-core machine: generous budget, no fixed waits.
test.describe.configure({ timeout: 120_000 });

const REVIEW_CHARTS: Record<string, string[]> = {
  qwen: ['qwen-long-context-ppl', 'qwen-tokenizer-compression'],
  'deepseek-llm': ['deepseek-scaling-curves'],
  'pangu-pi-pro': ['pangu-figure1-gains', 'pangu-vocab-share'],
};

async function parts(zip: JSZip, prefix: string): Promise<string[]> {
  const names = Object.keys(zip.files).filter((n) => n.startsWith(prefix) && n.endsWith('.xml'));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

/** Numbers of a chart's CSV (header block skipped), as the chart XML would print them. */
async function csvNumbers(request: APIRequestContext, id: string): Promise<string[]> {
  const csv = (await (await request.get(`/charts/${id}.csv`)).text()).replace(/^\ufeff/, '');
  const lines = csv.split('\r\n').filter((l) => l && !/^"?#/.test(l));
  return lines
    .slice(1)
    .flatMap((l) => l.split(',').slice(1))
    .filter((v) => /^-?\d+(\.\d+)?$/.test(v) && Number(v) !== 0);
}

test('every review links its slide pack; the pack holds native charts with the chart data and the source', async ({
  page,
  request,
}) => {
  for (const [review, ids] of Object.entries(REVIEW_CHARTS)) {
    await page.goto(`/reviews/${review}/`);
    const link = page.locator('a[data-slide-pack]');
    await expect(link).toBeVisible();
    const res = await request.get((await link.getAttribute('href'))!);
    expect(res.ok(), review).toBe(true);
    const zip = await JSZip.loadAsync(await res.body());
    const charts = await parts(zip, 'ppt/charts/chart');
    expect(charts.length, `${review}: one native chart per review chart`).toBe(ids.length);
    const all = charts.join('\n');
    for (const id of ids) {
      const nums = await csvNumbers(request, id);
      expect(nums.length).toBeGreaterThan(1);
      for (const n of nums.slice(0, 6)) expect(all, `${review}/${id}: value ${n}`).toContain(`<c:v>${n}</c:v>`);
    }
    const slides = (await parts(zip, 'ppt/slides/slide')).join('\n');
    const notes = (await parts(zip, 'ppt/notesSlides/')).join('\n');
    expect(slides).toContain('출처: ');
    expect(slides).toContain('CC BY 4.0');
    expect(notes).toContain('출처: ');
    // Korean text in the theme's font (with an East Asian face and Hangul charset), not named per run
    const theme = (await parts(zip, 'ppt/theme/')).join('\n');
    expect(theme).toMatch(/<a:ea typeface="Malgun Gothic"[^>]*charset="-127"/);
    expect(slides).not.toContain('charset="-122"');
  }
  // the Qwen perplexity chart keeps both log axes
  await page.goto('/reviews/qwen/');
  const zip = await JSZip.loadAsync(await (await request.get('/decks/qwen.pptx')).body());
  const ppl = (await parts(zip, 'ppt/charts/chart')).find((x) => x.includes('Qwen-7B + dynamic NTK'))!;
  expect(ppl).toContain('<c:logBase val="2"/>');
  expect(ppl).toContain('<c:logBase val="10"/>');
});

test('deck builder: ticked chart (as last seen, one series hidden) and table → .pptx; unknown items named and skipped', async ({
  page,
}) => {
  await page.goto('/charts/qwen-long-context-ppl/');
  const hiddenName = (await page.locator('[data-chart-series="qwen-14b"]').innerText()).trim();
  await page.locator('[data-chart-series="qwen-14b"]').click();
  await expect(page.locator('[data-chart-series="qwen-14b"]')).toHaveAttribute('aria-pressed', 'false');

  await page.goto('/charts/?deck=chart:qwen-long-context-ppl,table:qwen/table-2,chart:no-such-chart');
  await expect(page.locator('[data-deck-status]')).toContainText('chart:no-such-chart');
  await expect(page.locator('[data-deck-item="chart:qwen-long-context-ppl"]')).toBeChecked();
  await expect(page.locator('[data-deck-count]')).toHaveText('선택한 항목 2개');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-deck-pptx]').click()]);
  const zip = await JSZip.loadAsync(readFileSync(await dl.path()));
  const charts = await parts(zip, 'ppt/charts/chart');
  expect(charts.length).toBe(1);
  expect(charts[0]).toContain('Qwen-7B + dynamic NTK');
  expect(charts[0]).not.toContain(`<c:v>${hiddenName}</c:v>`);
  const slides = (await parts(zip, 'ppt/slides/slide')).join('\n');
  expect(slides).toContain('<a:tbl>');
  expect(slides).toContain('MMLU');
  await expect(page.locator('[data-deck-status]')).toContainText('no-such-chart');
});

test('deck builder: the same selection as a reveal.js HTML deck that works offline', async ({ page, context }) => {
  await page.goto('/charts/?deck=chart:deepseek-scaling-curves,table:qwen/table-2');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-deck-reveal]').click()]);
  expect(dl.suggestedFilename()).toMatch(/\.html$/);
  const path = test.info().outputPath(dl.suggestedFilename());
  await dl.saveAs(path);
  // offline: nothing but the file itself may load
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  const deck = await context.newPage();
  await deck.setViewportSize({ width: 960, height: 540 });
  await deck.goto(`file://${path}`);
  await expect(deck.locator('.reveal.ready')).toBeVisible();
  // one chart slide, then Qwen Table 2 split into slide-sized pages (it has more rows than fit)
  expect(await deck.locator('.reveal .slides section.table-slide').count()).toBeGreaterThanOrEqual(1);
  await expect(deck.locator('.reveal .slides section')).toHaveCount(
    1 + (await deck.locator('.reveal .slides section.table-slide').count()),
  );
  await expect(deck.locator('section.chart-slide svg[data-slide]')).toBeVisible();
  await deck.keyboard.press('ArrowRight');
  await expect(deck.locator('section.table-slide table').first()).toBeVisible();
  expect(requests).toEqual([]);
});
