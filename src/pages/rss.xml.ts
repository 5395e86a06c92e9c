import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import type { APIContext } from 'astro';
import { SITE_NAME, SITE_DESCRIPTION } from '../lib/site.ts';
import { newestFirst } from '../lib/reviews.ts';
import { withBase } from '../lib/base-path.ts';

export async function GET(context: APIContext) {
  const reviews = newestFirst(
    (await getCollection('reviews')).map((r) => ({ ...r, reviewedAt: r.data.reviewedAt, draft: r.data.draft })),
  );
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: context.site!,
    customData: '<language>ko</language>',
    items: reviews.map((r) => ({
      title: r.data.title,
      description: r.data.summary,
      pubDate: r.data.updatedAt ?? r.data.reviewedAt,
      link: withBase(`/reviews/${r.id}/`),
      categories: r.data.tags,
    })),
  });
}
