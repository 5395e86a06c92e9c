// Reading on a phone and a laptop (#16). One page load per review and width checks several
// things at once: fit (nothing wider than the screen outside a scroll region with a fade),
// table words never split, the contents marking the section being read, the phone contents
// sheet by keyboard, the appendix (credit, BibTeX that parses, corrections, references),
// callout titles, contents labels and glossary/citation previews.
import { chromium, expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { parseBibtex } from '../../src/lib/bibliography.ts';
import { holdRequests, pageAxe, renderFarSections, sitemapPaths, watchErrors } from './util.ts';

// The origin reviews whose question sets the notes follow (see /work/shared/reference/README.md).
const ORIGIN: Record<string, string> = {
  qwen: 'https://jaehun.me/posts/qwen-technical-report/',
  'llama-2': 'https://jaehun.me/posts/llama-2-open-foundation-and-fine-tuned-chat-models/',
  'deepseek-llm': 'https://jaehun.me/posts/deepseek-llm-scaling-open-source-language-models-with-longtermism/',
  'pangu-pi-pro': 'https://jaehun.me/posts/rethinking-optimization-and-architecture-for-tiny-language-models/',
};
const REVIEWS = Object.keys(ORIGIN);
// Long pages with thousands of elements, on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

/** Elements wider than the viewport that are not inside a scroll region showing a fade. */
function overflowProblems(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > vw + 1)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    const scrollsWithHint = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const cs = getComputedStyle(p);
        if ((cs.overflowX === 'auto' || cs.overflowX === 'scroll') && p.scrollWidth > p.clientWidth + 1) {
          const fade = parseFloat(cs.getPropertyValue('--fade-r')) || 0;
          const hasMask =
            cs.maskImage !== 'none' || (cs as unknown as Record<string, string>).webkitMaskImage !== 'none';
          return hasMask && fade > 0 ? true : (problems.push(`scroll region without a fade: ${p.className}`), true);
        }
        // Clipped by an ancestor (a chart's plot area): that ancestor's own box is what shows.
        if (cs.overflowX === 'hidden' || cs.overflowX === 'clip') return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right <= vw + 1 && r.left >= -1) continue;
      if (getComputedStyle(el).position === 'fixed' || el.closest('.katex-mathml, .sr-only, details:not([open])'))
        continue;
      if (!scrollsWithHint(el))
        problems.push(
          `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} spans ${Math.round(r.left)}–${Math.round(r.right)} of ${vw}`,
        );
      if (problems.length > 10) break;
    }
    return [...new Set(problems)];
  });
}

/** Words in table cells whose characters sit on more than one line. */
/**
 * Opens the glossary preview of every distinct term on the page by keyboard focus; returns the
 * terms whose formula does not fit the tooltip (a tooltip cannot hold a scroll box: nothing in it
 * takes focus).
 */
async function previewFormulasThatOverflow(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.prose a.concept')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThan(10);
  const overflowing: string[] = [];
  for (const href of hrefs) {
    await page.locator(`.prose a.concept[href="${href}"]`).first().focus();
    await expect(page.locator('#preview-popover')).toBeVisible();
    await expect(page.locator('.prose a.concept[aria-describedby]')).toHaveAttribute('href', href);
    for (const w of await page
      .locator('#preview-popover .katex-display')
      .evaluateAll((blocks) => blocks.map((b) => b.scrollWidth - b.clientWidth)))
      if (w > 0) overflowing.push(`${href} by ${w}px`);
    await page.keyboard.press('Escape');
  }
  return overflowing;
}

function splitWords(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    const range = document.createRange();
    for (const cell of document.querySelectorAll('main table th, main table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement?.closest('.katex, .sr-only') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[^\s]+/g)) {
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)),
          );
          if (tops.size < 2) continue;
          // On two lines: broken only if the break falls between two letters or digits (a break
          // after "·", "-" or before "(" is a line-break opportunity, not a split word).
          const lineOf = (i: number) => {
            range.setStart(node, m.index + i);
            range.setEnd(node, m.index + i + 1);
            const r = range.getClientRects()[0];
            return r ? Math.round(r.top / 4) : -1;
          };
          const chars = [...m[0]];
          for (let i = 1; i < chars.length; i++)
            if (/[\p{L}\p{N}]/u.test(chars[i - 1]!) && /[\p{L}\p{N}]/u.test(chars[i]!) && lineOf(i - 1) !== lineOf(i)) {
              broken.push(m[0]);
              break;
            }
        }
      }
    }
    return broken;
  });
}

for (const id of REVIEWS) {
  test(`${id} at 390 px: fits, table words whole, phone contents sheet by keyboard, appendix`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/reviews/${id}/`);
    await renderFarSections(page);

    // Header: every menu item reachable on screen, without sideways scrolling.
    for (const label of ['리뷰', '개념', '차트', '벤치마크']) {
      const link = page.locator('nav[aria-label="주요 메뉴"] a', { hasText: label });
      await expect(link).toBeInViewport({ ratio: 1 });
    }
    expect(await overflowProblems(page)).toEqual([]);
    expect(await splitWords(page)).toEqual([]);

    // Contents labels are plain text; callout titles say their label once.
    const labels = await page.locator('.toc-side a').allInnerTexts();
    for (const l of labels) expect(l).not.toMatch(/\\|\^\{|_\{/);
    const titles = await page.locator('.callout-title').allInnerTexts();
    for (const t of titles) expect(t).not.toMatch(/^(흔한 오해|참고|주의)\s*[:：]\s*\1/);

    // The phone contents sheet: open by keyboard, move with arrows, go with Enter.
    const open = page.getByRole('button', { name: '이 페이지' });
    await expect(open).toBeVisible();
    await open.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: '이 페이지' });
    await expect(sheet).toBeVisible();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await expect(sheet.locator('a:focus')).toHaveCount(1);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = (await sheet.locator('a:focus').getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await expect(sheet).toBeHidden();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(target));
    await expect(page.locator(`[id="${decodeURIComponent(target.slice(1))}"]`)).toBeInViewport();
    // Escape closes it and gives focus back to the button.
    await open.click();
    await expect(sheet).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(open).toBeFocused();

    // Appendix: credit to the origin review (CC BY 4.0), a BibTeX that parses, corrections.
    const appendix = page.locator('section.appendix');
    await expect(appendix.locator('a[data-credit]')).toHaveAttribute('href', ORIGIN[id]!);
    await expect(appendix.locator('a[rel~="license"]')).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    const [entry] = parseBibtex((await appendix.locator('#bibtex-code').textContent())!);
    expect(entry!.fields.url).toMatch(new RegExp(`/reviews/${id}/$`));
    expect(entry!.fields.title!.length).toBeGreaterThan(5);
    expect(await appendix.locator('.corrections li').count()).toBeGreaterThanOrEqual(5);
    await expect(appendix.locator('.paper-card')).toContainText('arXiv');
    // Every in-text citation points at an entry of the references list.
    const cites = await page.locator('a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(cites.length).toBeGreaterThan(0);
    for (const href of cites) await expect(page.locator(`.references [id="${href!.slice(1)}"]`)).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test(`${id} at 1280 px: fits, and the contents mark the section being read`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/reviews/${id}/`);
    await renderFarSections(page);
    expect(await overflowProblems(page)).toEqual([]);
    expect(await splitWords(page)).toEqual([]);
    const links = page.locator('.toc-side a');
    const n = await links.count();
    for (const i of [1, Math.floor(n / 2), n - 2]) {
      const href = (await links.nth(i).getAttribute('href'))!;
      await page
        .locator(`[id="${decodeURIComponent(href.slice(1))}"]`)
        .evaluate((h) => h.scrollIntoView({ block: 'start' }));
      const current = page.locator('.toc-side a[aria-current="location"]');
      await expect(current).toHaveAttribute('href', href);
      await expect(current).toBeInViewport();
    }
    await expect(page.locator('[data-read-progress]')).toBeAttached();
    const toTop = page.locator('a[data-to-top]');
    await expect(toTop).toBeVisible();
    await toTop.click();
    await expect(page.locator('h1')).toBeInViewport();
  });
}

test('glossary and citation previews open on focus, hover and tap, and close with Escape', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  // Glossary previews are not in the page (#19): one shared file, fetched when a reader first reaches for a term.
  const previewFiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/concepts/previews.json')) previewFiles.push(r.url());
  });
  await page.goto('/reviews/qwen/');
  await page.waitForLoadState('networkidle');
  expect(previewFiles).toEqual([]);
  expect(await page.content()).not.toContain('용어 사전에서 더 보기');
  const pop = page.locator('#preview-popover');
  const concept = page.locator('.prose a.concept[href="/concepts/ntk-aware-interpolation/"]').first();
  await concept.focus();
  await expect(pop).toBeVisible();
  await expect(pop.locator('.preview-more')).toHaveText('용어 사전에서 더 보기');
  expect(previewFiles).toHaveLength(1);
  await expect(pop).toHaveAttribute('role', 'tooltip');
  await expect(concept).toHaveAttribute('aria-describedby', 'preview-popover');
  await expect(pop).toContainText('NTK');
  await expect(pop.locator('.katex').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
  // Every term's formula fits the phone's tooltip (wrapped, or scaled when one part is too wide).
  expect(await previewFormulasThatOverflow(page)).toEqual([]);
  // Another term: its preview comes from the file already fetched.
  const other = page.locator('.prose a.concept:not([href="/concepts/ntk-aware-interpolation/"])').first();
  await other.focus();
  await expect(pop).toBeVisible();
  await expect(pop.locator('.preview-title')).not.toContainText('NTK');
  expect(previewFiles).toHaveLength(1);
  await page.keyboard.press('Escape');
  // A term whose English name starts with the term itself is named once, not "SwiGLU (SwiGLU (…))".
  await page.locator('.prose a.concept[href="/concepts/swiglu/"]').first().focus();
  await expect(pop.locator('.preview-title')).toHaveText('SwiGLU (Swish-gated linear unit)');
  await page.keyboard.press('Escape');
  // Tap: the first tap previews (no navigation), the page stays.
  const cite = page.locator('a.cite').first();
  await cite.scrollIntoViewIfNeeded();
  await cite.tap();
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('Jianlin Su');
  expect(new URL(page.url()).hash).toBe('');
  // …and stays: the page's own timer, set after any 150 ms hide the tap could have scheduled, fires
  // after it (timers run in deadline order, however slow the machine).
  await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
  expect(await pop.evaluate((p) => (p as HTMLElement).hidden)).toBe(false);
  await context.close();
});

test('Escape cancels a glossary preview whose file is still loading', async ({ page }) => {
  const file = await holdRequests(page, '**/concepts/previews.json');
  await page.goto('/reviews/qwen/');
  await page.evaluate(() => {
    const w = window as unknown as { shownPreviews: string[] };
    w.shownPreviews = [];
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target instanceof HTMLElement && r.target.id === 'preview-popover' && !r.target.hidden)
          w.shownPreviews.push(r.target.textContent ?? '');
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
  });
  const term = page.locator('.prose a.concept[href="/concepts/ntk-aware-interpolation/"]').first();
  await term.focus();
  await expect.poll(file.requested).toBe(true);
  await page.keyboard.press('Escape');
  const loaded = page.waitForEvent('requestfinished', (r) => r.url().endsWith('/concepts/previews.json'));
  file.release();
  await loaded;
  // a page timer well after the file's arrival: by then a preview the Escape failed to cancel has opened
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  expect(await page.evaluate(() => (window as unknown as { shownPreviews: string[] }).shownPreviews)).toEqual([]);
  // the file is in: the next term previews at once
  await page.locator('.prose a.concept:not([href="/concepts/ntk-aware-interpolation/"])').first().focus();
  await expect(page.locator('#preview-popover')).toBeVisible();
});

test('hover shows a preview on a laptop; axe passes with the preview and the sheet open', async ({ page, browser }) => {
  // Two loads of a review and three scoped axe runs; axe still walks the whole document for each, so
  // the shortest review (PanGu-π Pro) keeps this to seconds. Minutes under load.
  test.setTimeout(600_000);
  await page.goto('/reviews/pangu-pi-pro/');
  const cite = page.locator('a.cite').first();
  await cite.hover();
  await expect(page.locator('#preview-popover')).toBeVisible();
  await expect(page.locator('#preview-popover')).toContainText('arXiv');
  // The whole page is checked by the crawl (crawl.spec.ts); here the parts that only exist once opened.
  expect((await pageAxe(page).include('#preview-popover').analyze()).violations.map((v) => v.id)).toEqual([]);
  // A glossary preview, with its formula (MathML from the previews file).
  await page.locator('.prose a.concept').first().hover();
  await expect(page.locator('#preview-popover .preview-formula')).toBeVisible();
  expect((await pageAxe(page).include('#preview-popover').analyze()).violations.map((v) => v.id)).toEqual([]);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  await phone.goto(`${test.info().project.use.baseURL}/reviews/pangu-pi-pro/`);
  await phone.getByRole('button', { name: '이 페이지' }).click();
  await expect(phone.getByRole('dialog', { name: '이 페이지' })).toBeVisible();
  expect((await pageAxe(phone).include('#page-contents').analyze()).violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

test('printing a review: no navigation, math and tables kept, link addresses shown', async ({ page }) => {
  await page.goto('/reviews/deepseek-llm/');
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['header nav', '.toc-side', '.toc-inline', 'footer', '[data-sheet-open]'])
    await expect(page.locator(sel).first()).toBeHidden();
  const math = page.locator('.prose .katex-display').first();
  await expect(math).toBeVisible();
  expect((await math.boundingBox())!.height).toBeGreaterThan(10);
  await expect(page.locator('.prose table').first()).toBeVisible();
  await expect(page.locator('.prose .chart-svg svg').first()).toBeVisible();
  const after = await page.locator('.appendix a[data-credit]').evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://jaehun.me/');
});

test('every page kind has a 1200×630 PNG share card named in its metadata', async ({ page, request }) => {
  const pages = [
    '/',
    '/reviews/qwen/',
    '/concepts/rope/',
    '/charts/qwen-long-context-ppl/',
    '/papers/llama-2/',
    '/concepts/',
    '/charts/',
    '/benchmarks/',
    '/compare/',
    '/compare/architecture/',
    '/notation/',
  ];
  for (const path of pages) {
    await page.goto(path);
    const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', og);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const imagePath = new URL(og).pathname;
    expect(imagePath, path).not.toBe(path === '/' ? '' : '/og/home.png');
    const res = await request.get(imagePath);
    expect(res.ok(), imagePath).toBe(true);
    expect(res.headers()['content-type']).toContain('image/png');
    // Decode it in the browser: a real PNG of the card size.
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, imagePath);
    expect(size, imagePath).toEqual([1200, 630]);
  }
});

// A long review lays out only what is near the screen (content-visibility: auto on its sections
// and appendix): that is most of its first-load main-thread work. What a reader does must not
// notice: wheel scrolling keeps the contents marking the section at the top, a jump renders
// everything so it lands on its heading, and print renders everything.
test('far sections of a review wait for the reader: skipped at load, rendered for a jump and for print, contents follow the wheel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/reviews/deepseek-llm/');
  const rendered = (sel: string) =>
    page.locator(sel).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
  const lastHeading = 'section.doc-section:last-of-type > h2';
  expect(await rendered(lastHeading)).toBe(false);
  expect(await rendered('#references')).toBe(false);

  // Wheel scrolling, no jump: at every stop the marked entry is the last heading above the line.
  const line = 96;
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 1800);
    await expect
      .poll(() =>
        page.evaluate((line) => {
          const marked = document.querySelector<HTMLAnchorElement>('.toc-side a[aria-current="location"]');
          const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc-side a[href^="#"]')];
          const tops = links.map(
            (a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))!.getBoundingClientRect().top,
          );
          const expected = tops.findLastIndex((t) => t <= line);
          return expected === -1 ? marked === null : marked === links[expected];
        }, line),
      )
      .toBe(true);
  }

  // A jump (the contents' last entry) renders every section; print does too.
  // A new visit (a reload would restore the scroll position near the end); sections leave the
  // rendered state a frame after they leave the screen, so wait for that state.
  await page.goto('about:blank');
  await page.goto('/reviews/deepseek-llm/');
  await expect.poll(() => rendered(lastHeading)).toBe(false);
  const last = page.locator('.toc-side a').last();
  await last.click();
  const target = page.locator(`[id="${decodeURIComponent((await last.getAttribute('href'))!.slice(1))}"]`);
  await expect(target).toBeInViewport();
  expect(await rendered('section.doc-section:first-of-type > h2')).toBe(true);
  await page.goto('/reviews/deepseek-llm/');
  await page.emulateMedia({ media: 'print' });
  expect(await rendered(lastHeading)).toBe(true);
  expect(await rendered('#references')).toBe(true);
});

test('loading a review in Chrome lays out what is near the screen only: far sections shape no text (trace)', async ({
  baseURL,
}) => {
  // A skipped section is still laid out at load when it holds a select, textarea or text input:
  // in Chrome, not in the headless shell the other tests use (deferred-fields.ts), so this test
  // starts Chrome itself. Chrome's trace counts each text run it shapes; with all its sections a
  // review must shape about as many as with its first three alone.
  test.setTimeout(120_000);
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`No Chrome at ${executablePath}: install Debian's chromium or set CHROME_PATH.`);
  const chrome = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await chrome.newContext({
      baseURL: baseURL!,
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const shapedRuns = async (path: string, keep: number | null) => {
      await page.unrouteAll();
      if (keep !== null)
        await page.route(path, async (route) => {
          const res = await route.fetch();
          const { document } = parseHTML(await res.text());
          document.querySelectorAll('.doc-section').forEach((s, i) => i >= keep && s.remove());
          document.querySelector('.appendix')?.remove();
          await route.fulfill({ response: res, body: `<!doctype html>${document.documentElement.outerHTML}` });
        });
      await page.goto('about:blank');
      await chrome.startTracing(page, { categories: ['blink'] });
      await page.goto(path);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const trace = JSON.parse((await chrome.stopTracing()).toString()) as { traceEvents: { name: string }[] };
      return trace.traceEvents.filter((e) => e.name === 'InlineNode::ShapeTextIncludingFirstLine').length;
    };
    const reviews = (await sitemapPaths(context.request)).filter((p) => /^\/reviews\/[^/]+\/$/.test(p));
    expect(reviews.length).toBeGreaterThanOrEqual(4);
    for (const path of reviews) {
      const review = path.split('/')[2]!;
      const near = await shapedRuns(path, 3);
      const all = await shapedRuns(path, null);
      expect(near, review).toBeGreaterThan(10);
      // a far section laid out adds hundreds (a results table alone: one run per cell)
      expect(all, `${review}: ${all} text runs shaped with every section, ${near} with the first three`).toBeLessThan(
        near + 40,
      );
    }
  } finally {
    await chrome.close();
  }
});
