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
 * axe-core for a whole page, without KaTeX's drawn copy of each formula. KaTeX writes every
 * formula twice: MathML that assistive technology reads, and an aria-hidden HTML copy that is
 * drawn — most of a review's DOM, and most of axe's time there. Rules about names, roles, ARIA and
 * structure skip aria-hidden content anyway; what could still apply to the copy is focusable
 * content (aria-hidden-focus) and colour contrast. The crawl's HTML check proves, on every page,
 * that the copy holds nothing focusable and no colour of its own, so it inherits the colours of
 * the text around it, which axe does check.
 */
export function pageAxe(page: Page): AxeBuilder {
  // resultTypes: only violations get every node with its selector; passes (thousands of nodes
  // on a review, none of them asserted) are not serialised, which halves axe's time there.
  return new AxeBuilder({ page }).exclude('.katex-html').options({ resultTypes: ['violations'] });
}
