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

export function tagSlug(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

export function formatDate(d: Date): string {
  return `${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일`;
}
