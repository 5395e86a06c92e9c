// Pagefind loaded on first use, queried with Korean-aware variants.
import { mergeById, queryVariants } from '../../lib/search-query.ts';
import { withBase } from '../../lib/base-path.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchHit {
  id: string;
  url: string;
  title: string;
  kind: string;
  excerpt: string;
  sections: PagefindSubResult[];
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = withBase('/pagefind/pagefind.js');
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  return loading;
}

export async function search(raw: string, kind: string | null, limit = 12): Promise<SearchHit[]> {
  const variants = queryVariants(raw);
  if (!variants.length) return [];
  const pf = await loadPagefind();
  const filters = kind ? { kind } : {};
  const lists = await Promise.all(variants.map(async (v) => (await pf.search(v, { filters }))?.results ?? []));
  const merged = mergeById(lists).slice(0, limit);
  return Promise.all(
    merged.map(async (r) => {
      const d = await r.data();
      return {
        id: r.id,
        url: d.url,
        title: d.meta.title ?? d.url,
        kind: d.filters.kind?.[0] ?? '',
        excerpt: d.excerpt,
        // the sections with the most hits first, not page order
        sections: d.sub_results
          .filter((s) => s.url !== d.url && s.url.includes('#'))
          .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
          .slice(0, 3),
      };
    }),
  );
}
