import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Every page URL in the built sitemap, as paths. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const m of maps) {
    const xml = await (await request.get(m)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => decodeURI(new URL(x[1]!).pathname)));
  }
  expect(paths.length).toBeGreaterThan(10);
  return paths;
}

/**
 * axe-core for a whole page, nothing excluded: formulas are MathML only (no drawn KaTeX copy any
 * more; the crawl checks that none comes back), so axe sees exactly what a reader gets.
 * Review sections and the appendix far from the viewport are not laid out until a reader scrolls
 * to them (content-visibility: auto), and axe cannot measure the colour contrast of text that has
 * no layout, so `analyze` first renders them all, as scrolling through the page would.
 */
export function pageAxe(page: Page): AxeBuilder {
  // resultTypes: only violations get every node with its selector; passes (thousands of nodes
  // on a review, none of them asserted) are not serialised, which halves axe's time there.
  // Legacy mode runs axe.run in the page (frames included, as axe itself reaches them) instead of
  // runPartial per frame plus finishRun in a fresh blank page: the same rules and results, in a
  // fifth of the time on a review (deepseek-llm: 17.4 s → 3.7 s quiet; a concept page 1.9 → 0.8 s).
  return new ReaderAxe(page).options({ resultTypes: ['violations'] }).setLegacyMode();
}

class ReaderAxe extends AxeBuilder {
  readonly #page: Page;
  constructor(page: Page) {
    super({ page });
    this.#page = page;
  }
  override async analyze(): ReturnType<AxeBuilder['analyze']> {
    await renderFarSections(this.#page);
    return super.analyze();
  }
}

/** Renders the review sections and appendix that content-visibility skips far from the screen, as scrolling would. */
export async function renderFarSections(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll<HTMLElement>('.doc-section, .appendix'))
      el.style.contentVisibility = 'visible';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}
