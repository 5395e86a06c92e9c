// Builds the Pagefind index over dist/ after `astro build` (npm run build runs both).
// Pages go in through addHTMLFile so that each section can carry Korean keyword help
// (src/lib/search-keywords.ts) without changing the HTML that is served.
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BASE_TERMS, withSearchKeywords } from '../src/lib/search-keywords.ts';
import { siteContent } from '../src/lib/content/site-content.ts';
import { withBase } from '../src/lib/base-path.ts';
import { BASE_PATH } from '../src/lib/site.ts';

const DIST = 'dist';
const started = performance.now();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(p);
    return n.endsWith('.html') ? [p] : [];
  });
}

const concepts = siteContent().concepts.flatMap((c) => [c.data.title, ...c.data.aliases]);
const terms = [...new Set([...BASE_TERMS, ...concepts.flatMap((t) => t.split(/\s+/)).filter((t) => /[\uac00-\ud7a3]{2,}/.test(t))])];

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let pages = 0;
for (const file of htmlFiles(DIST)) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const url = withBase('/' + relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/'), BASE_PATH);
  const r = await index.addHTMLFile({ url, content: withSearchKeywords(html, terms) });
  if (r.errors.length) throw new Error(`pagefind ${file}: ${r.errors.join('; ')}`);
  pages += 1;
}
const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`pagefind: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
