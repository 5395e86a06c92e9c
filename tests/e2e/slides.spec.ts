// Slide exports of the current view, made in the browser from the chart page.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { countColours } from './pixels.ts';

// Page loads, downloads and exports on a shared 2-core machine: generous budget, no fixed waits.
test.describe.configure({ timeout: 120_000 });

const ID = 'deepseek-scaling-curves';

test('a slide exported with one series hidden: 1920×1080 PNG without that series, SVG with the footer', async ({
  page,
}) => {
  await page.goto(`/charts/${ID}/`);
  const chips = page.locator('[data-chart-series]');
  const ids = await chips.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chartSeries!));
  expect(ids.length).toBeGreaterThanOrEqual(3);
  // the series' colours in the light theme, read from their legend swatches
  const colours = await chips.evaluateAll((els) =>
    els.map((e) => {
      const sample = e.querySelector('[data-swatch] > *')!;
      return (sample.getAttribute('stroke') ?? sample.getAttribute('fill')!).toLowerCase();
    }),
  );
  expect(new Set(colours).size).toBe(colours.length);
  await chips.first().click();
  await expect(chips.first()).toHaveAttribute('aria-pressed', 'false');

  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-slide-png]').click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const buf = readFileSync(await png.path());
  const { width, height, counts } = await countColours(page, buf, colours, 3);
  expect({ width, height }).toEqual({ width: 1920, height: 1080 });
  expect(counts[0], `hidden series ${ids[0]} (${colours[0]})`).toBe(0);
  counts.slice(1).forEach((n, i) => expect(n, `visible series ${ids[i + 1]} (${colours[i + 1]})`).toBeGreaterThan(20));

  const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-slide-svg]').click()]);
  const text = readFileSync(await svg.path(), 'utf8');
  expect(text).toContain('width="1920" height="1080"');
  expect(text).toContain('출처: DeepSeek');
  expect(text).toContain(`/charts/${ID}/`);
  expect(text).toContain('CC BY 4.0');
  expect(text).toContain('@font-face{font-family:Pretendard');
  expect(text).not.toContain(`data-mark="${ids[0]}"`);
  await expect(page.locator('[data-slide-status]')).toContainText('내려받았습니다');
});
