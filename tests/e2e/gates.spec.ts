// Site-wide gate over the built dist/: internal links and anchors resolve. The checks that
// need a browser on every page (nothing from outside, the CSP, readable without JavaScript)
// run in the one site-wide crawl, crawl.spec.ts.
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
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
      const target = targetFile(path);
      if (!target) {
        broken.push(`${page}: ${url} (no such file)`);
        continue;
      }
      if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash)))
        broken.push(`${page}: ${url} (no #${hash})`);
    }
  }
  expect(broken).toEqual([]);
});
