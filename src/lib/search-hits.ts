// What a search result shows before its fragment arrives (#15, 100 ms): for each Pagefind
// record id, its page (address, title, kind) and its section (anchor, title). Built from the
// fragments at build time and sent with the search data, so the result list for a query is on
// screen right after the search itself; only the excerpts wait for the fragments.
// Packed per page; an anchor that is its title's simple slug is sent as 0 (a third of the bytes).

export interface HitInfo {
  /** The page address (base path included), without the section anchor. */
  page: string;
  pageTitle: string;
  /** The kind filter value ("리뷰", "개념", …); '' when the record has none. */
  kind: string;
  /** The record's own address: the page, or the page and '#' + section anchor. */
  url: string;
  /** The section title ('' for the page's own text before its first heading). */
  title: string;
}

/** One record as read from a fragment file. */
export interface HitRecord extends HitInfo {
  id: string;
}

/** [page, page title, kind, [id, anchor ('' = the page itself, 0 = slug of the title), section title][]] */
export type PackedHits = Array<[string, string, string, Array<[string, string | 0, string]>]>;

/** A heading's simple slug (lower case, punctuation dropped, spaces as dashes): only a packing shortcut. */
export function simpleSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorOf(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? '' : url.slice(i + 1);
}

export function packHits(records: readonly HitRecord[]): PackedHits {
  const pages = new Map<string, PackedHits[number]>();
  for (const r of [...records].sort((a, b) => a.url.localeCompare(b.url) || a.id.localeCompare(b.id))) {
    let p = pages.get(r.page);
    if (!p) {
      p = [r.page, r.pageTitle, r.kind, []];
      pages.set(r.page, p);
    } else if (p[1] !== r.pageTitle || p[2] !== r.kind)
      throw new Error(`search hits: ${r.id} (${r.url}): page title or kind differs from another record of ${r.page}`);
    const anchor = anchorOf(r.url);
    p[3].push([r.id, anchor && anchor === simpleSlug(r.title) ? 0 : anchor, r.title]);
  }
  return [...pages.values()];
}

export function unpackHits(packed: PackedHits): Map<string, HitInfo> {
  const out = new Map<string, HitInfo>();
  for (const [page, pageTitle, kind, recs] of packed)
    for (const [id, a, title] of recs) {
      const anchor = a === 0 ? simpleSlug(title) : a;
      out.set(id, { page, pageTitle, kind, url: anchor ? `${page}#${anchor}` : page, title });
    }
  return out;
}
