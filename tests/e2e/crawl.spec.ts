// One crawl of every page in the sitemap serves every site-wide page check. What needs a browser
// is checked in one JavaScript visit per page; what the served HTML alone decides is checked by
// parsing it in Node, which costs milliseconds instead of a second browser load per page:
//   in the browser — zero axe-core violations, no console errors (CSP violations are reported
//                    there too), nothing requested from outside the site;
//   from the HTML  — metadata (title, description, canonical, lang="ko"), the CSP meta allows
//                    scripts from the site only, no inline script but the one its hash allows,
//                    one module script (the same entry on every page, importing nothing at load),
//                    and every page is readable without JavaScript (its heading and content are
//                    in the HTML, not added by a script); formulas are MathML only (no drawn KaTeX copy);
//                    no text field in a review section outside a deferred-fields template.
// The browser crawl is split into shards so the two workers share it.
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { LAYOUT_FORCING_FIELDS } from '../../src/lib/browser/deferred-fields.ts';
import { pageAxe, preloadAxe, sitemapPaths, watchErrors } from './util.ts';

const SHARDS = 8;

/** The tokens of one CSP directive ("script-src 'self'" → ["'self'"]). */
function directive(csp: string, name: string): string[] {
  const d = csp
    .split(';')
    .map((s) => s.trim().split(/\s+/))
    .find((t) => t[0] === name);
  return d ? d.slice(1) : [];
}

/** What is wrong with one page's served HTML (empty when nothing is). */
function staticFailures(path: string, html: string): string[] {
  const failures: string[] = [];
  const { document } = parseHTML(html);
  const attr = (sel: string, name: string) => document.querySelector(sel)?.getAttribute(name) ?? '';
  const meta = {
    title: document.querySelector('title')?.textContent ?? '',
    description: attr('meta[name=description]', 'content'),
    canonical: attr('link[rel=canonical]', 'href'),
    lang: document.documentElement.getAttribute('lang') ?? '',
  };
  if (!meta.title || !meta.description || !meta.canonical || meta.lang !== 'ko')
    failures.push(`${path}: metadata ${JSON.stringify(meta)}`);
  // A name is not read twice in a row, as in "SwiGLU (SwiGLU (Swish-gated linear unit))" (termTitle).
  if (/(?:^|\s)([^\s()]+) \(\1(?=[\s()])/u.test(meta.title))
    failures.push(`${path}: title repeats a name: ${meta.title}`);
  // Scripts only from the site (plus WebAssembly for Pagefind, which embeds never run). The one
  // inline script allowed is one whose SHA-256 the policy names (the theme script): no other
  // inline script, no 'unsafe-inline', no eval.
  const csp = attr('meta[http-equiv="Content-Security-Policy"]', 'content');
  const scriptSrc = directive(csp, 'script-src');
  const hashes = scriptSrc.filter((t) => t.startsWith("'sha256-"));
  const scripts = scriptSrc.filter((t) => !hashes.includes(t)).join(' ');
  const expected = path.startsWith('/embed/') ? "'self'" : "'self' 'wasm-unsafe-eval'";
  if (scripts !== expected) failures.push(`${path}: script-src is "${scripts}" besides hashes`);
  if (directive(csp, 'default-src').join(' ') !== "'self'") failures.push(`${path}: default-src in "${csp}"`);
  if (directive(csp, 'object-src').join(' ') !== "'none'") failures.push(`${path}: object-src in "${csp}"`);
  // One module script per page, the shared entry (src/widgets/entry.ts says why one).
  const modules = [...document.querySelectorAll('script[type="module"]')].map((x) => x.getAttribute('src') ?? 'inline');
  if (modules.length !== 1) failures.push(`${path}: ${modules.length} module scripts (${modules.join(', ')}), not one`);
  const inline = [...document.querySelectorAll('script:not([src])')].map(
    (s) =>
      `'sha256-${createHash('sha256')
        .update(s.textContent ?? '')
        .digest('base64')}'`,
  );
  for (const h of inline) if (!hashes.includes(h)) failures.push(`${path}: inline script ${h} not allowed by the CSP`);
  for (const h of hashes) if (!inline.includes(h)) failures.push(`${path}: the CSP allows ${h}, no script of the page`);
  // Formulas are MathML only; a drawn KaTeX copy coming back would double the page and hide from axe's view
  // what pageAxe no longer excludes.
  const drawn = document.querySelectorAll('.katex-html').length;
  if (drawn) failures.push(`${path}: ${drawn} KaTeX HTML copies (math is MathML only)`);
  // A form, select, textarea or text input inside a review section makes Chrome lay the whole section
  // out at load although it is off screen (src/lib/browser/deferred-fields.ts): fields ship as templates.
  for (const f of document.querySelectorAll(`:is(.doc-section, .appendix) :is(${LAYOUT_FORCING_FIELDS})`))
    failures.push(`${path}: <${f.tagName.toLowerCase()}> in a review section outside a deferred-fields template`);
  // Readable without JavaScript: what a no-JS reader gets is the HTML minus what never shows.
  const h1 = document.querySelectorAll('h1').length;
  const main = document.querySelector('main');
  for (const gone of main?.querySelectorAll('script, style, template, [hidden]') ?? []) gone.remove();
  const text = (main?.textContent ?? '').replace(/\s+/g, '').length;
  if (!h1 || text < 100) failures.push(`${path} without JS: h1=${h1} text=${text}`);
  return failures;
}

test('every built page’s HTML: metadata, CSP, no inline script but the hashed one, readable without JS', async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  const failures: string[] = [];
  const entries = new Set<string>();
  for (const path of paths) {
    const res = await request.get(path);
    if (!res.ok()) failures.push(`${path}: HTTP ${res.status()}`);
    else {
      const html = await res.text();
      failures.push(...staticFailures(path, html));
      for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) entries.add(m[1]!);
    }
  }
  expect(failures).toEqual([]);
  // every page shares that one entry, and it imports nothing at load (what it fetches, it fetches
  // on first use): a second file before first paint is what the one entry removed
  expect([...entries]).toHaveLength(1);
  const entry = await (await request.get([...entries][0]!)).text();
  expect(entry).not.toMatch(/\bfrom\s*["']\.{0,2}\/|(^|[;}\n])\s*import\s*["'{*]/);
  expect(entry).toMatch(/\bimport\(/);
});

for (let shard = 0; shard < SHARDS; shard++)
  test(`every built page in a browser: axe, no console errors, nothing from outside (pages ${shard + 1} of every ${SHARDS})`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(900_000); // an eighth of the site with axe per page: several s a page when quiet, ×10 under load
    const failures: string[] = [];
    const paths = (await sitemapPaths(page.request)).filter((_, i) => i % SHARDS === shard);
    expect(paths.length).toBeGreaterThan(5);
    await preloadAxe(page);
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL!) && !/^(data|blob):/.test(r.url())) outside.push(`${page.url()}: ${r.url()}`);
    });
    for (const path of paths) {
      const errors = watchErrors(page);
      await page.goto(path);
      const { violations } = await pageAxe(page).analyze();
      for (const v of violations) failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      if (errors.length) failures.push(`${path}: console ${errors.join(' | ')}`);
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
    }
    expect(outside).toEqual([]);
    expect(failures).toEqual([]);
  });
