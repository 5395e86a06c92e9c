// Deck contents from the registry and the results tables: the per-review "슬라이드 팩"
// (built at build time) and the catalogue the /charts/ deck builder picks from.
import { charts, chartById, type ChartDef } from '../charts/registry.ts';
import type { SiteContent } from '../lib/content/validate.ts';
import { scanComponents } from '../lib/content/mdx-scan.ts';
import { siteContent } from './site-content.ts';
import { tableDeckData, tableRoutes } from './table-files.ts';
import { withBase } from '../lib/base-path.ts';
import { BASE_PATH, SITE_LICENCE, siteAddressLabel } from '../lib/site.ts';
import { buildPptx, type DeckCatalogue, type DeckChart, type DeckItem, type DeckTable } from '../lib/deck/pptx.ts';

const address = (path: string) => siteAddressLabel(withBase(path, BASE_PATH));

export function deckChartItem(def: ChartDef, c: SiteContent): DeckChart {
  const native = def.native?.(c, { hidden: new Set() });
  return {
    kind: 'chart',
    id: def.id,
    title: def.title,
    source: def.source(c),
    address: address(`/charts/${def.id}/`),
    licence: SITE_LICENCE,
    ...(native ? { native } : {}),
  };
}

export function deckTableItem(paper: string, table: string): DeckTable {
  const d = tableDeckData(paper, table);
  return { kind: 'table', id: `${paper}/${table}`, ...d, address: address(`/papers/${paper}/`), licence: SITE_LICENCE };
}

/** A review's charts and key tables (its <Chart>s and <BenchmarkTable>s, in reading order). */
export function reviewPackItems(reviewId: string): DeckItem[] {
  const c = siteContent();
  const review = c.reviews.find((r) => r.id === reviewId);
  if (!review) throw new Error(`slide pack: no review "${reviewId}" in content/reviews/`);
  const items: DeckItem[] = [];
  const seen = new Set<string>();
  for (const use of scanComponents(review.body)) {
    const key = `${use.name}:${use.attrs.id ?? `${use.attrs.paper}/${use.attrs.table}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (use.name === 'Chart' && use.attrs.id) {
      const def = chartById(use.attrs.id);
      if (def) items.push(deckChartItem(def, c));
    } else if (use.name === 'BenchmarkTable' && use.attrs.paper && use.attrs.table) {
      items.push(deckTableItem(use.attrs.paper, use.attrs.table));
    }
  }
  return items;
}

/** The one render function of per-review packs: review id in, .pptx bytes out. */
export async function reviewPack(reviewId: string): Promise<Uint8Array> {
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([import('pptxgenjs'), import('jszip')]);
  const review = siteContent().reviews.find((r) => r.id === reviewId)!;
  return buildPptx(
    { PptxGenJS, JSZip },
    `${review.data.title} — 슬라이드 팩`,
    reviewPackItems(reviewId),
    review.data.reviewedAt,
  );
}

export function deckCatalogue(): DeckCatalogue {
  const c = siteContent();
  return {
    charts: charts.map((def) => ({
      ...deckChartItem(def, c),
      picture: withBase(`/charts/${def.id}.png`, BASE_PATH),
      views: (def.views ?? [{ id: 'default', label: '' }]).map((v) => ({
        id: v.id,
        label: v.label,
        ...(v.categories ? { categories: v.categories } : {}),
      })),
    })),
    tables: tableRoutes().map((t) => deckTableItem(t.paper, t.table)),
  };
}
