// Builds the search over a built dist/; run by the astro:build:done integration
// src/integrations/search-index.ts, which reuses the last index when nothing it reads changed:
// - the Pagefind index over dist/, one record per page section holding only the text a reader
//   sees there (src/lib/search-records.ts), so snippets never show index-only words and a
//   result fetches one small section fragment; its word index re-split into small chunks
//   (src/build/search-chunks.ts), so a query fetches a few KB of index per word;
// - dist/search-data.json: name groups, compounds, glossary suggestions and the answer-card
//   index, all from content/ (src/build/search-data.ts), and each record's page and section title
//   read back from the fragments (src/build/search-hits.ts), so a result shows before its
//   fragment arrives. The search loads both when it opens.
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageRecords } from '../src/lib/search-records.ts';
import { answerIndex, readSearchNames, searchData } from '../src/build/search-data.ts';
import { rechunkPagefind } from '../src/build/search-chunks.ts';
import { readHitRecords } from '../src/build/search-hits.ts';
import { packHits } from '../src/lib/search-hits.ts';
import { siteContent } from '../src/build/site-content.ts';
import { withBase } from '../src/lib/base-path.ts';
import { packRows } from '../src/lib/search-answer.ts';
import { BASE_PATH } from '../src/lib/site.ts';

// scripts/build.ts passes its staging folder so the swap into dist/ happens only after indexing.
const DIST = process.argv[2] ?? 'dist';
const started = performance.now();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(p);
    return n.endsWith('.html') ? [p] : [];
  });
}

const content = siteContent();
const { families, terms } = readSearchNames(process.cwd(), content);

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let pages = 0;
let records = 0;
const texts: string[] = [];
for (const file of htmlFiles(DIST).sort()) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const url = withBase(
    '/' +
      relative(DIST, file)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/'),
    BASE_PATH,
  );
  for (const r of pageRecords(html, url)) {
    const res = await index.addCustomRecord({
      url: r.url,
      content: r.content,
      language: 'ko',
      meta: { title: r.title, page: r.page },
      filters: r.kind ? { kind: [r.kind] } : {},
    });
    if (res.errors.length) throw new Error(`pagefind ${file} ${r.url}: ${res.errors.join('; ')}`);
    texts.push(r.content);
    records += 1;
  }
  pages += 1;
}
const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// Pagefind's fixed ~35 KB index chunks, one per query word, were most of the first query's bytes (#15)
const chunked = rechunkPagefind(join(DIST, 'pagefind'));

const answers = answerIndex(content, families);
const data = {
  ...searchData(content, families, terms, texts.join('\n')),
  answers: { ...answers, rows: packRows(answers.rows) },
  // what each result shows before its fragment arrives, so the list is on screen within 100 ms (#15)
  hits: packHits(readHitRecords(join(DIST, 'pagefind'))),
};
writeFileSync(join(DIST, 'search-data.json'), JSON.stringify(data));
console.log(
  `pagefind: indexed ${records} sections of ${pages} pages in ${Math.round(performance.now() - started)} ms; ` +
    chunked
      .map((c) => `${c.language} index ${c.chunksBefore} → ${c.chunksAfter} chunks (largest ${c.largestAfter} B); `)
      .join('') +
    `search-data.json ${Math.round(JSON.stringify(data).length / 1024)} KB`,
);
