// Rendered type sizes of registry charts (shared/notes/measures.md: a text's on-screen size is
// its font size times every scale applied to it — here the SVG's screen transform).
import { chartIds, reviewChartIds } from '../../src/charts/ids.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';

// Page loads, downloads and exports on a shared 2-core machine: generous budget, no fixed waits.
test.describe.configure({ timeout: 120_000 });

const CHARTS = reviewChartIds;
const REVIEWS = ['qwen', 'llama-2', 'deepseek-llm', 'pangu-pi-pro'];

interface Sizes {
  layout: string;
  ticks: { min: number; max: number; count: number };
  /** Width the chart is drawn at on screen (viewBox width × scale). */
  drawnWidth: number;
  legendFont: number;
  legendHeight: number;
}

/** Measures the visible chart of a figure. */
async function chartSizes(fig: Locator): Promise<Sizes> {
  return fig.evaluate((el) => {
    const variant = [...el.querySelectorAll<HTMLElement>('.chart-svg:not([hidden]) .chart-variant')].find(
      (v) => v.getClientRects().length > 0,
    );
    const svg = variant?.querySelector('svg');
    if (!variant || !svg)
      return { layout: '', ticks: { min: 0, max: 0, count: 0 }, drawnWidth: 0, legendFont: 0, legendHeight: 0 };
    const texts = [...svg.querySelectorAll<SVGTextElement>('[data-role$="axis tick label"] text')];
    const sizes = texts.map((t) => {
      const m = t.getScreenCTM()!;
      return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
    });
    const m = svg.getScreenCTM()!;
    const legend = el.querySelector<HTMLElement>('.chart-legend');
    const chip = legend?.querySelector<HTMLElement>('.chart-chip');
    return {
      layout: variant.dataset.layout!,
      ticks: { min: Math.min(...sizes), max: Math.max(...sizes), count: sizes.length },
      drawnWidth: svg.viewBox.baseVal.width * Math.hypot(m.a, m.b),
      legendFont: chip ? parseFloat(getComputedStyle(chip).fontSize) : 0,
      legendHeight: legend ? legend.getBoundingClientRect().height : 0,
    };
  });
}

async function embedAt(page: Page, id: string, w: number, h: number) {
  await page.setViewportSize({ width: w, height: h });
  await page.goto(`/embed/${id}/`);
  const fig = page.locator('[data-chart-figure]');
  const s = await chartSizes(fig);
  const title = await page.locator('.embed-title').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const source = await page.locator('.chart-source').boundingBox();
  return { ...s, title, source };
}

test('embeds at 960×540 and 1280×720: frame layout, ticks ≥ 12 px, full width, title > legend > ticks, source visible', async ({
  page,
}) => {
  test.setTimeout(120_000); // twelve embed loads
  for (const [w, h] of [
    [960, 540],
    [1280, 720],
  ] as const) {
    for (const id of CHARTS) {
      const s = await embedAt(page, id, w, h);
      const at = `${id} at ${w}×${h}`;
      expect(s.layout, at).toBe('frame');
      expect(s.ticks.count, at).toBeGreaterThan(2);
      expect(s.ticks.min, `${at}: smallest tick label`).toBeGreaterThanOrEqual(12);
      expect(s.drawnWidth, `${at}: drawn width`).toBeGreaterThan(w * 0.85);
      if (s.legendFont) expect(s.legendFont, `${at}: legend vs ticks`).toBeGreaterThan(s.ticks.max);
      expect(s.title, `${at}: title vs legend/ticks`).toBeGreaterThan(Math.max(s.legendFont, s.ticks.max));
      expect(s.source, at).not.toBeNull();
      expect(s.source!.y + s.source!.height, `${at}: source line inside the frame`).toBeLessThanOrEqual(h + 0.5);
      await expect(page.locator('.chart-source [data-site-address]')).toBeVisible();
    }
  }
});

test('embeds under 480 px switch to the narrow layout with a compact legend', async ({ page }) => {
  test.setTimeout(90_000);
  for (const id of CHARTS) {
    const s = await embedAt(page, id, 400, 300);
    expect(s.layout, id).toBe('narrow');
    expect(s.ticks.min, `${id}: smallest tick label at 400×300`).toBeGreaterThanOrEqual(9);
    if (s.legendFont) expect(s.legendHeight, `${id}: one-row legend`).toBeLessThan(40);
    expect(s.source!.y + s.source!.height).toBeLessThanOrEqual(300.5);
  }
});

test('every review page at 390 px: registry-chart tick labels ≥ 11 px and a compact legend', async ({ page }) => {
  test.setTimeout(120_000); // four long review pages
  await page.setViewportSize({ width: 390, height: 844 });
  let seen = 0;
  for (const id of REVIEWS) {
    await page.goto(`/reviews/${id}/`);
    const figs = page.locator('.prose [data-chart-figure]');
    const n = await figs.count();
    for (let i = 0; i < n; i++) {
      const fig = figs.nth(i);
      await fig.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      // sections off screen skip rendering (content-visibility): wait until this one is laid out
      await expect.poll(async () => (await chartSizes(fig)).ticks.count).toBeGreaterThan(2);
      const s = await chartSizes(fig);
      const at = `${id} chart ${i + 1}`;
      expect(s.layout, at).toBe('narrow');
      expect(s.ticks.min, `${at}: smallest tick label`).toBeGreaterThanOrEqual(11);
      if (s.legendFont) expect(s.legendHeight, `${at}: compact legend`).toBeLessThan(40);
      seen += 1;
    }
  }
  expect(seen).toBeGreaterThanOrEqual(4);
});

/**
 * Where the turned category names of the chart drawn in `root` end and the category axis's title
 * starts, in screen px (null when the visible chart turns no name).
 */
async function turnedNamesAndTitle(root: Locator) {
  return root.evaluate((el) => {
    const svg =
      el instanceof SVGSVGElement
        ? el
        : [...el.querySelectorAll<HTMLElement>('.chart-variant')]
            .find((v) => v.getClientRects().length > 0)
            ?.querySelector('svg');
    if (!svg) return null;
    const names = [
      ...svg.querySelectorAll<SVGTextElement>(
        '[data-role="x-axis tick label"] text, [data-role="fx-axis tick label"] text',
      ),
    ].filter((t) => /rotate\(/.test(t.getAttribute('transform') ?? ''));
    const title = svg.querySelector<SVGTextElement>(
      '[data-role="x-axis label"] text, [data-role="fx-axis label"] text',
    );
    if (!names.length || !title) return null;
    const box = title.getBoundingClientRect();
    return {
      names: names.length,
      namesBottom: Math.max(...names.map((t) => t.getBoundingClientRect().bottom)),
      titleTop: box.top,
      titleHeight: box.height,
    };
  });
}

test('turned category names: the axis title sits right under the lowest one, on the page, phone, embed and slide', async ({
  page,
}) => {
  // The margin under a chart with turned names is computed from their width (series-chart.ts
  // bottomMarginFor): too little and the title overlaps the names, too much and a gap of several
  // lines opens between them (compare-training's slide had 100 px of nothing).
  test.setTimeout(120_000);
  let checked = 0;
  const failures: string[] = [];
  for (const id of chartIds) {
    const views: [string, Awaited<ReturnType<typeof turnedNamesAndTitle>>][] = [];
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/charts/${id}/`);
    const fig = page.locator('[data-chart-figure]').first();
    views.push(['page', await turnedNamesAndTitle(fig)]);
    await page.setViewportSize({ width: 390, height: 844 });
    views.push(['390 px', await turnedNamesAndTitle(fig)]);
    await page.setViewportSize({ width: 960, height: 540 });
    await page.goto(`/embed/${id}/`);
    views.push(['embed 960×540', await turnedNamesAndTitle(page.locator('[data-chart-figure]'))]);
    await page.goto(`/charts/${id}.svg`);
    views.push(['slide', await turnedNamesAndTitle(page.locator('svg[data-chart$="-slide"]'))]);
    for (const [view, m] of views) {
      if (!m) continue;
      const at = `${id} (${view}): names end at ${m.namesBottom.toFixed(1)}, title starts at ${m.titleTop.toFixed(1)}`;
      if (m.titleTop < m.namesBottom - 0.5) failures.push(`${at}: overlap`);
      if (m.titleTop - m.namesBottom > 1.5 * m.titleHeight) failures.push(`${at}: a gap over 1.5 lines`);
      checked += 1;
    }
  }
  expect(failures).toEqual([]);
  // every grouped comparison chart turns its model names at the page size, and more turn them on a phone
  expect(checked).toBeGreaterThanOrEqual(20);
});
