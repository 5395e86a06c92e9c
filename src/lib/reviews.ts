// Ordering and neighbours of reviews: newest first on the home page, and previous/next
// links that follow the same order.
export interface Dated {
  id: string;
  reviewedAt: Date;
  draft?: boolean;
}

export function newestFirst<T extends Dated>(items: readonly T[]): T[] {
  return items
    .filter((r) => !r.draft)
    .slice()
    .sort((a, b) => b.reviewedAt.getTime() - a.reviewedAt.getTime() || a.id.localeCompare(b.id));
}

export function neighbours<T extends Dated>(ordered: readonly T[], id: string): { newer?: T; older?: T } {
  const i = ordered.findIndex((r) => r.id === id);
  if (i < 0) return {};
  const newer = ordered[i - 1];
  const older = ordered[i + 1];
  return { ...(newer ? { newer } : {}), ...(older ? { older } : {}) };
}

/** What makes two spellings one tag: Unicode NFC (Hangul typed on macOS arrives decomposed), outer spaces, case. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').trim().toLowerCase();
}

/**
 * URL segment for a tag: letters (any script, NFC), digits and single hyphens only, so `?`, `%`,
 * `#`, `/` and `..` never reach a path. A tag with no letters or digits (emoji, punctuation)
 * gets its code points in hex, so every tag still has its own page.
 */
export function tagSlug(tag: string): string {
  const t = tagKey(tag);
  const slug = t.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (slug) return slug;
  return 'tag-' + [...t].map((c) => c.codePointAt(0)!.toString(16)).join('-');
}

export interface TagEntry {
  slug: string;
  /** the tag as first written */
  label: string;
  /** ids of the reviews that carry it, in the order given */
  reviews: string[];
}

/** Every tag of the published reviews: most used first, then in Korean dictionary order. */
export function tagIndex(reviews: ReadonlyArray<{ id: string; draft?: boolean; tags: readonly string[] }>): TagEntry[] {
  const bySlug = new Map<string, TagEntry>();
  for (const r of reviews) {
    if (r.draft) continue;
    for (const tag of r.tags) {
      const slug = tagSlug(tag);
      const entry = bySlug.get(slug) ?? { slug, label: tag.normalize('NFC').trim(), reviews: [] };
      if (!entry.reviews.includes(r.id)) entry.reviews.push(r.id);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort(
    (a, b) => b.reviews.length - a.reviews.length || a.label.localeCompare(b.label, 'ko'),
  );
}

export function formatDate(d: Date): string {
  return `${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일`;
}
