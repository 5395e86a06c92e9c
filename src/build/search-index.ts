// Builds the search over a built output folder; run in the build's own process by the
// astro:build:done integration src/integrations/search-index.ts (which reuses the last index when
// nothing it reads changed), or by `node scripts/index-search.ts <dir>`:
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
import { pageRecords } from '../lib/search-records.ts';
import { answerIndex, readSearchNames, searchData } from './search-data.ts';
import { rechunkPagefind } from './search-chunks.ts';
import { readHitRecords } from './search-hits.ts';
import { packHits } from '../lib/search-hits.ts';
import { siteContent } from './site-content.ts';
import { withBase } from '../lib/base-path.ts';
import { packRows } from '../lib/search-answer.ts';
import { BASE_PATH } from '../lib/site.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(p);
    return n.endsWith('.html') ? [p] : [];
  });
}

/**
 * Writes the Pagefind index and search-data.json into `dist` (scripts/build.ts's staging folder, so
 * the swap into dist/ happens only after indexing) and returns a one-line summary. Run in the build's
 * process, it reuses the content the build already validated (site-content.ts's hand-over) instead of
 * starting Node, loading the code and validating the content again (about 2 of its 4.5 s).
 */
export async function writeSearchIndex(dist: string): Promise<string> {
  const started = performance.now();
  const content = siteContent();
  const { families, terms } = readSearchNames(process.cwd(), content);

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages = 0;
  let records = 0;
  const texts: string[] = [];
  const added: Promise<void>[] = [];
  try {
    for (const file of htmlFiles(dist).sort()) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const url = withBase(
        '/' +
          relative(dist, file)
            .replace(/index\.html$/, '')
            .replace(/\\/g, '/'),
        BASE_PATH,
      );
      for (const r of pageRecords(html, url)) {
        added.push(
          index
            .addCustomRecord({
              url: r.url,
              content: r.content,
              language: 'ko',
              meta: { title: r.title, page: r.page },
              filters: r.kind ? { kind: [r.kind] } : {},
            })
            .then((res) => {
              if (res.errors.length) throw new Error(`pagefind ${file} ${r.url}: ${res.errors.join('; ')}`);
            }),
        );
        texts.push(r.content);
        records += 1;
      }
      pages += 1;
    }
    // Sent without waiting for each answer, so the Pagefind binary indexes while the next page is
    // read and parsed instead of the two taking turns. Its service handles messages one at a time in
    // the order they arrive (pagefind/src/service/mod.rs), so the index is the same, byte for byte.
    await Promise.all(added);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    // answers still on their way would otherwise reject after the close, unhandled
    await Promise.allSettled(added);
    // the Pagefind binary is a child of this process: a failed index must not leave it running
    await pagefind.close();
  }
  // Pagefind's fixed ~35 KB index chunks, one per query word, were most of the first query's bytes (#15)
  const chunked = rechunkPagefind(join(dist, 'pagefind'));

  const answers = answerIndex(content, families);
  const data = {
    ...searchData(content, families, terms, texts.join('\n')),
    answers: { ...answers, rows: packRows(answers.rows) },
    // what each result shows before its fragment arrives, so the list is on screen within 100 ms (#15)
    hits: packHits(readHitRecords(join(dist, 'pagefind'))),
  };
  const json = JSON.stringify(data);
  writeFileSync(join(dist, 'search-data.json'), json);
  return (
    `pagefind: indexed ${records} sections of ${pages} pages in ${Math.round(performance.now() - started)} ms; ` +
    chunked
      .map((c) => `${c.language} index ${c.chunksBefore} → ${c.chunksAfter} chunks (largest ${c.largestAfter} B); `)
      .join('') +
    `search-data.json ${Math.round(json.length / 1024)} KB`
  );
}
