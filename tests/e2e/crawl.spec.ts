// One crawl of every page in the sitemap serves every site-wide page check, so each page is
// visited once with JavaScript and once without (the no-JS visit is cheap: nothing runs):
//   with JS     — zero axe-core violations, no console errors, metadata (title, description,
//                 canonical, lang="ko"), nothing requested from outside the site, the CSP meta
//                 allows scripts from the site only and no page carries an inline script;
//   without JS  — every page has its heading and readable content.
// The crawl is split into shards so the two workers share it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths, watchErrors } from './util.ts';

const SHARDS = 8;

/** The tokens of one CSP directive ("script-src 'self'" → ["'self'"]). */
function directive(csp: string, name: string): string[] {
  const d = csp
    .split(';')
    .map((s) => s.trim().split(/\s+/))
    .find((t) => t[0] === name);
  return d ? d.slice(1) : [];
}

for (let shard = 0; shard < SHARDS; shard++)
  test(`every built page: axe, metadata, no errors, nothing from outside, CSP, readable without JS (pages ${shard + 1} of every ${SHARDS})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(1_800_000); // an eighth of the site, two visits and axe per page: ~1 min a page at load 50 on 2 cores
    const failures: string[] = [];
    const paths = (await sitemapPaths(page)).filter((_, i) => i % SHARDS === shard);
    expect(paths.length).toBeGreaterThan(5);
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL!) && !/^(data|blob):/.test(r.url())) outside.push(`${page.url()}: ${r.url()}`);
    });
    const nojs = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const plain = await nojs.newPage();
    for (const path of paths) {
      const errors = watchErrors(page);
      await page.goto(path);
      const meta = await page.evaluate(() => ({
        title: document.title,
        description: document.querySelector('meta[name=description]')?.getAttribute('content') ?? '',
        canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '',
        lang: document.documentElement.lang,
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
        inlineScripts: document.querySelectorAll('script:not([src])').length,
      }));
      if (!meta.title || !meta.description || !meta.canonical || meta.lang !== 'ko')
        failures.push(`${path}: metadata ${JSON.stringify(meta)}`);
      // Scripts only from the site (plus WebAssembly for Pagefind, which embeds never run): no
      // inline script, no eval.
      const scripts = directive(meta.csp, 'script-src');
      const expected = path.startsWith('/embed/') ? "'self'" : "'self' 'wasm-unsafe-eval'";
      if (scripts.join(' ') !== expected) failures.push(`${path}: script-src is "${scripts.join(' ')}"`);
      if (directive(meta.csp, 'default-src').join(' ') !== "'self'")
        failures.push(`${path}: default-src in "${meta.csp}"`);
      if (directive(meta.csp, 'object-src').join(' ') !== "'none'")
        failures.push(`${path}: object-src in "${meta.csp}"`);
      if (meta.inlineScripts) failures.push(`${path}: ${meta.inlineScripts} inline script(s)`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations) failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      // CSP violations are reported on the console as errors, so they land here too.
      if (errors.length) failures.push(`${path}: console ${errors.join(' | ')}`);
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');

      await plain.goto(path);
      const h1 = await plain.locator('h1').count();
      const text = (await plain.locator('main').innerText()).replace(/\s+/g, '').length;
      if (!h1 || text < 100) failures.push(`${path} without JS: h1=${h1} text=${text}`);
    }
    await nojs.close();
    expect(outside).toEqual([]);
    expect(failures).toEqual([]);
  });
