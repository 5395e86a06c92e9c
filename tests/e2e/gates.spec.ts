// Site-wide gates over the built dist/: internal links and anchors resolve, nothing is
// requested from outside the site, the CSP holds, and every page reads without JavaScript.
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from './util.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' ? [] : htmlFiles(p);
    return n.endsWith('.html') ? [p] : [];
  });
}

function targetFile(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

test('every internal link and anchor in dist/ resolves', () => {
  const broken: string[] = [];
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const page = file.slice(DIST.length).replace(/index\.html$/, '');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const url = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|blob:)/.test(url) || url.startsWith('//')) continue;
      const [path, hash] = url.startsWith('#') ? [page, url.slice(1)] : [url, url.split('#')[1]];
      const target = targetFile(path!);
      if (!target) {
        broken.push(`${page}: ${url} (no such file)`);
        continue;
      }
      if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${page}: ${url} (no #${hash})`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page requests anything outside the site, and the CSP holds', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp, path).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline\' \'unsafe-eval');
    expect(await page.locator('script:not([src])').count(), `${path} has inline script`).toBe(0);
  }
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page has its heading and readable content', async ({ page }) => {
    test.setTimeout(300_000);
    const thin: string[] = [];
    for (const path of await sitemapPaths(page)) {
      await page.goto(path);
      const h1 = await page.locator('h1').count();
      const text = (await page.locator('main').innerText()).replace(/\s+/g, '').length;
      if (!h1 || text < 100) thin.push(`${path}: h1=${h1} text=${text}`);
    }
    expect(thin).toEqual([]);
  });
});
