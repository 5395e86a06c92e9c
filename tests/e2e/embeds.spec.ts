// Charts in slides: embeds fit any frame, the reveal.js deck renders them, and exported
// files are valid pictures.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const CHARTS = ['qwen-tokenizer-compression', 'tokenizer-measured', 'qwen-long-context-ppl', 'pangu-vocab-share', 'pangu-figure1-gains', 'deepseek-scaling-curves'];
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'reveal');
const REVEAL = join(import.meta.dirname, '..', '..', 'node_modules', 'reveal.js', 'dist');

async function fits(page: Page): Promise<{ overflowY: number; overflowX: number; svgHeight: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('.embed-main') as HTMLElement;
    const svg = [...document.querySelectorAll('.chart-svg')].find((d) => (d as HTMLElement).offsetParent !== null)?.querySelector('svg');
    const src = document.querySelector('.chart-source')!.getBoundingClientRect();
    return {
      overflowY: Math.max(main.scrollHeight - window.innerHeight, src.bottom - window.innerHeight),
      overflowX: main.scrollWidth - window.innerWidth,
      svgHeight: svg?.getBoundingClientRect().height ?? 0,
    };
  });
}

for (const [w, h] of [[960, 540], [1280, 720], [400, 300]] as const) {
  test(`embeds fill a ${w}×${h} frame without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    for (const id of CHARTS) {
      await page.goto(`/embed/${id}/`);
      const f = await fits(page);
      expect(f.overflowY, `${id} vertical`).toBeLessThanOrEqual(1);
      expect(f.overflowX, `${id} horizontal`).toBeLessThanOrEqual(1);
      expect(f.svgHeight, `${id} chart height`).toBeGreaterThan(h * 0.35);
    }
  });
}

test('embed theme and background come from the query string; bad values fall back', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/embed/qwen-long-context-ppl/?theme=dark&bg=transparent');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-bg', 'transparent');
  // one SVG, recoloured for dark mode by the theme stylesheet
  const bg = await page.locator('svg[data-chart]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(17, 19, 24)');
  await page.goto('/embed/qwen-long-context-ppl/?theme=%3Cscript%3Ealert(1)%3C/script%3E&hide=nope');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.content()).not.toContain('alert(1)');
});

test('embeds load nothing from outside the site, pass axe and link back', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost')) outside.push(r.url());
  });
  for (const id of CHARTS) {
    await page.goto(`/embed/${id}/`);
    await expect(page.locator(`a[href="/charts/${id}/"]`).first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${id}: ${v.id}`)).toEqual([]);
  }
  expect(outside).toEqual([]);
});

test('an embed works inside sandboxed iframes', async ({ page, baseURL }) => {
  await page.goto('/');
  // scripts allowed (the usual sandbox of embed hosts): URL state applies
  await page.setContent(
    `<iframe sandbox="allow-scripts allow-same-origin" src="${baseURL}/embed/qwen-long-context-ppl/?hide=qwen-7b" style="width:960px;height:540px;border:0" title="t"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-chart-series="qwen-7b"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(frame.locator('svg[data-chart]').filter({ visible: true }).first()).toBeVisible();
  // fully locked down (no scripts at all): the build-time chart still shows
  await page.setContent(
    `<iframe sandbox="" src="${baseURL}/embed/deepseek-scaling-curves/" style="width:960px;height:540px;border:0" title="t"></iframe>`,
  );
  await expect(page.frameLocator('iframe').locator('svg[data-chart]').filter({ visible: true }).first()).toBeVisible();
});

test('a reveal.js deck shows two embedded charts on 960×540 slides', async ({ page }) => {
  await page.setViewportSize({ width: 960, height: 540 });
  // The deck is served from disk by request interception (under a path the site never
  // uses), next to the site like a presenter's local reveal.js folder.
  await page.route('**/__deck/**', (route) => {
    const path = new URL(route.request().url()).pathname.slice('/__deck/'.length);
    if (path.startsWith('reveal/')) return route.fulfill({ path: join(REVEAL, path.slice('reveal/'.length)) });
    return route.fulfill({ path: join(FIXTURE, 'index.html') });
  });
  await page.goto('/__deck/');
  for (const [i, id] of [[1, 'qwen-long-context-ppl'], [2, 'deepseek-scaling-curves']] as const) {
    if (i === 2) await page.keyboard.press('ArrowRight');
    const frame = page.frameLocator(`#embed-${i}`);
    await expect(frame.locator(`[data-chart-id="${id}"] svg[data-chart]`).filter({ visible: true }).first()).toBeVisible();
    const f = await frame.locator('body').evaluate(() => ({
      y: document.documentElement.scrollHeight - window.innerHeight,
      x: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(f.y).toBeLessThanOrEqual(1);
    expect(f.x).toBeLessThanOrEqual(1);
    await page.waitForTimeout(400);
    await page.screenshot({ path: test.info().outputPath(`slide-${i}.png`) });
  }
});

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: width and height as big-endian uint32 at bytes 16–23; decode IDAT to prove it is whole.
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o);
    const type = buf.subarray(o + 4, o + 8).toString();
    if (type === 'IDAT') idat.push(buf.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(height * (1 + width * 4));
  return { width, height };
}

test('exported PNGs decode at 2× the SVG size; exported SVGs open standalone with their text', async ({ page, request }) => {
  for (const id of CHARTS) {
    for (const suffix of ['', '-dark']) {
      const svg = await (await request.get(`/charts/${id}${suffix}.svg`)).text();
      const w = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
      const h = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
      const png = Buffer.from(await (await request.get(`/charts/${id}${suffix}.png`)).body());
      expect(pngSize(png)).toEqual({ width: w * 2, height: h * 2 });
    }
    await page.goto(`/charts/${id}.svg`);
    await expect(page.locator('svg').first()).toBeVisible();
    const text = await page.locator('svg').first().evaluate((s) => s.textContent ?? '');
    expect(text).toContain('출처');
    const csv = await (await request.get(`/charts/${id}.csv`)).text();
    expect(csv.split('\r\n').length).toBeGreaterThan(2);
  }
  void readFileSync;
});
