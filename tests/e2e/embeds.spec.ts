// Charts in slides: embeds fit any frame, the reveal.js deck renders them, and exported
// files are valid pictures.
import { reviewChartIds } from '../../src/charts/ids.ts';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

// Page loads, axe runs and framing on a shared 2-core machine: generous budget, no fixed waits.
test.describe.configure({ timeout: 120_000 });
import { countColours, serveHost } from './pixels.ts';

const CHARTS = reviewChartIds;
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'reveal');
const REVEAL = join(import.meta.dirname, '..', '..', 'node_modules', 'reveal.js', 'dist');

async function fits(page: Page): Promise<{ overflowY: number; overflowX: number; svgHeight: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('.embed-main') as HTMLElement;
    const svg = [...document.querySelectorAll('.chart-svg .chart-variant')]
      .find((d) => (d as HTMLElement).offsetParent !== null)
      ?.querySelector('svg');
    const src = document.querySelector('.chart-source')!.getBoundingClientRect();
    return {
      overflowY: Math.max(main.scrollHeight - window.innerHeight, src.bottom - window.innerHeight),
      overflowX: main.scrollWidth - window.innerWidth,
      svgHeight: svg?.getBoundingClientRect().height ?? 0,
    };
  });
}

for (const [w, h] of [
  [960, 540],
  [1280, 720],
  [400, 300],
] as const) {
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
  // transparent means transparent, in the dark theme too (pixels: see the host test below)
  const bg = await page
    .locator('svg[data-chart]')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgba(0, 0, 0, 0)');
  await page.goto('/embed/qwen-long-context-ppl/?theme=%3Cscript%3Ealert(1)%3C/script%3E&hide=nope');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.content()).not.toContain('alert(1)');
  // the query wins over the viewer's system theme; without it the system theme is used
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/embed/qwen-long-context-ppl/?theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.goto('/embed/qwen-long-context-ppl/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

// axe on every embed page (and nothing from outside, again) is part of the site-wide crawl
// (crawl.spec.ts: every page in the sitemap, /embed/ included), so it is not repeated here.
test('embeds load nothing from outside the site and link back', async ({ page }) => {
  test.setTimeout(300_000); // six page loads on a 2-core machine shared with other builds
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost')) outside.push(r.url());
  });
  for (const id of CHARTS) {
    await page.goto(`/embed/${id}/`);
    await expect(page.locator(`a[href="/charts/${id}/"]`).first()).toBeVisible();
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
  for (const [i, id] of [
    [1, 'qwen-long-context-ppl'],
    [2, 'deepseek-scaling-curves'],
  ] as const) {
    if (i === 2) await page.keyboard.press('ArrowRight');
    const frame = page.frameLocator(`#embed-${i}`);
    await expect(
      frame.locator(`[data-chart-id="${id}"] svg[data-chart]`).filter({ visible: true }).first(),
    ).toBeVisible();
    const f = await frame.locator('body').evaluate(() => ({
      y: document.documentElement.scrollHeight - window.innerHeight,
      x: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(f.y).toBeLessThanOrEqual(1);
    expect(f.x).toBeLessThanOrEqual(1);
    // Playwright fast-forwards finite animations (the slide transition) to their end state and
    // cancels endless ones, so the picture shows the settled slide without waiting on time.
    await page.screenshot({ path: test.info().outputPath(`slide-${i}.png`), animations: 'disabled' });
  }
});

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: width and height as big-endian uint32 at bytes 16–23; decode IDAT to prove it is whole.
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let o = 8; o < buf.length;) {
    const len = buf.readUInt32BE(o);
    const type = buf.subarray(o + 4, o + 8).toString();
    if (type === 'IDAT') idat.push(buf.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(height * (1 + width * 4));
  return { width, height };
}

test('exported default-view slides: 1920×1080 PNG and SVG in four variants, standalone with their text', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  for (const id of CHARTS) {
    for (const suffix of ['', '-dark', '-transparent', '-dark-transparent']) {
      const svg = await (await request.get(`/charts/${id}${suffix}.svg`)).text();
      expect(svg).toMatch(/<svg[^>]* width="1920" height="1080"/);
      const png = Buffer.from(await (await request.get(`/charts/${id}${suffix}.png`)).body());
      expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    }
    await page.goto(`/charts/${id}.svg`);
    await expect(page.locator('svg').first()).toBeVisible();
    const text = await page
      .locator('svg')
      .first()
      .evaluate((s) => s.textContent ?? '');
    expect(text).toContain('출처');
    const csv = await (await request.get(`/charts/${id}.csv`)).text();
    expect(csv).toMatch(/^\ufeff"?# 제목: /);
    expect(csv).toMatch(/# 출처: .+\r\n/);
    expect(csv).toContain('CC BY 4.0');
    expect(csv).toContain(`# 주소: http://localhost`);
    expect(csv.split('\r\n').length).toBeGreaterThan(7);
  }
});

// A host of a third colour on another port frames transparent embeds: the blue must show
// around the chart in both themes, whatever the reader's system theme, and the chart keeps
// the requested theme's colours (its first series in that theme's palette, not the other's).
test('transparent embeds show a blue host through, in both themes and both system modes', async ({ page, baseURL }) => {
  const BLUE = '#2f6fd0';
  // text colour of each theme (the series palettes share some colours between themes)
  const SERIES = { light: '#1b1d22', dark: '#e8eaee' } as const;
  const host = await serveHost(
    `<!doctype html><html><head><title>host</title></head><body style="margin:0;background:${BLUE}">` +
      (['dark', 'light'] as const)
        .map(
          (t) =>
            `<iframe id="${t}" src="${baseURL}/embed/qwen-long-context-ppl/?bg=transparent&theme=${t}" style="display:block;width:960px;height:540px;border:0" title="${t}"></iframe>`,
        )
        .join('') +
      '</body></html>',
  );
  try {
    await page.setViewportSize({ width: 960, height: 1080 });
    for (const system of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: system });
      await page.goto(host.origin + '/');
      for (const theme of ['dark', 'light'] as const) {
        const frame = page.frameLocator(`#${theme}`);
        await expect(frame.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(frame.locator('svg[data-chart]').filter({ visible: true }).first()).toBeVisible();
        const shot = await page.locator(`#${theme}`).screenshot();
        const other = theme === 'dark' ? 'light' : 'dark';
        const { width, height, counts } = await countColours(page, shot, [BLUE, SERIES[theme], SERIES[other]], 4);
        const [blue, own, foreign] = counts as [number, number, number];
        expect(blue / (width * height), `${theme} embed, system ${system}: host blue share`).toBeGreaterThan(0.4);
        expect(own, `${theme} embed, system ${system}: text in the ${theme} colours`).toBeGreaterThan(50);
        // a few antialiased edge pixels may come close; text in the other theme would be thousands
        expect(foreign, `${theme} embed, system ${system}: no ${other}-theme text`).toBeLessThan(own * 0.02);
      }
    }
  } finally {
    await host.close();
  }
});

// The presenter's path end to end: copy the embed code with the chart page's button, paste it
// into a deck served from another port (a plain page, then the reveal.js fixture), see the chart.
test('embed code copied on the chart page works in decks on another origin', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/charts/qwen-long-context-ppl/?hide=qwen-7b', { timeout: 30_000 });
  await page.locator('[data-copy-embed]').click({ timeout: 20_000 });
  await expect(page.locator('[data-copy-status]')).toHaveText('임베드 코드를 복사했습니다.');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  const src = /src="([^"]+)"/.exec(code)![1]!;
  expect(src).toBe(`${baseURL}/embed/qwen-long-context-ppl/?hide=qwen-7b`);

  const html = readFileSync(join(FIXTURE, 'index.html'), 'utf8')
    .replace('src="/embed/qwen-long-context-ppl/"', `src="${src}"`)
    .replace(
      'src="/embed/deepseek-scaling-curves/?theme=dark"',
      `src="${baseURL}/embed/deepseek-scaling-curves/?theme=dark"`,
    );
  const host = await serveHost((path) => {
    if (path === '/plain/')
      return {
        body: `<!doctype html><html lang="ko"><title>deck</title><body>${code}</body></html>`,
        type: 'text/html; charset=utf-8',
      };
    if (path.startsWith('/__deck/reveal/')) {
      const file = join(REVEAL, path.slice('/__deck/reveal/'.length));
      return { body: readFileSync(file), type: file.endsWith('.css') ? 'text/css' : 'text/javascript' };
    }
    return path === '/' ? { body: html, type: 'text/html; charset=utf-8' } : null;
  });
  try {
    expect(new URL(host.origin).port).not.toBe(new URL(baseURL!).port);
    await page.goto(`${host.origin}/plain/`, { timeout: 30_000 });
    const plain = page.frameLocator('iframe');
    await expect(plain.locator('svg[data-chart]').filter({ visible: true }).first()).toBeVisible();
    await expect(plain.locator('[data-chart-series="qwen-7b"]')).toHaveAttribute('aria-pressed', 'false');

    await page.setViewportSize({ width: 960, height: 540 });
    await page.goto(`${host.origin}/`, { timeout: 30_000 });
    // A key pressed before reveal.js binds its handlers would leave the deck on slide 1.
    await page.waitForFunction(
      () => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady(),
      null,
      {
        timeout: 30_000,
      },
    );
    await expect(
      page.frameLocator('#embed-1').locator('svg[data-chart]').filter({ visible: true }).first(),
    ).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(
      page.frameLocator('#embed-2').locator('svg[data-chart]').filter({ visible: true }).first(),
    ).toBeVisible();
  } finally {
    await host.close();
  }
});
