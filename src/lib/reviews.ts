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

/**
 * URL segment for a tag: letters (any script, NFC), digits and single hyphens only, so `?`, `%`,
 * `#`, `/` and `..` never reach a path. A tag with no letters or digits (emoji, punctuation)
 * gets its code points in hex, so every tag still has its own page.
 */
/** What makes two spellings one tag: Unicode NFC (Hangul typed on macOS arrives decomposed), outer spaces, case. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').trim().toLowerCase();
}

export function tagSlug(tag: string): string {
  const t = tagKey(tag);
  const slug = t.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (slug) return slug;
  return 'tag-' + [...t].map((c) => c.codePointAt(0)!.toString(16)).join('-');
}

export function formatDate(d: Date): string {
  return `${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일`;
}
