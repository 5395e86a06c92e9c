// Pass: internal links in prose. The page must exist on the built site (drafts are not built),
// and for reviews and concepts the anchor too; tags whose URLs would collide are refused.
import type { IssueCollector } from './collector.ts';
import type { Docs } from './validate-docs.ts';
import { scanLinks } from './mdx-scan.ts';
import { headingIds } from './heading-ids.ts';
import type { ReviewFrontmatter } from './schema.ts';
import type { MdxDoc } from './types.ts';
import { tagKey, tagSlug } from '../reviews.ts';
import { TOPIC_IDS } from '../compare/fields.ts';

/** The decoded text, or the text as written when its percent-escapes are malformed (reported as not found, never thrown). */
function safeDecode(text: string, decode: (s: string) => string = decodeURI): string {
  try {
    return decode(text);
  } catch {
    return text;
  }
}

/** Tag slug → tag, reporting two tags that differ but share a URL. */
function tagPages(c: IssueCollector, published: readonly MdxDoc<ReviewFrontmatter>[]): Map<string, string> {
  const tagBySlug = new Map<string, string>();
  for (const r of published)
    r.data.tags.forEach((t, ti) => {
      const slug = tagSlug(t);
      const prev = tagBySlug.get(slug);
      if (prev !== undefined && tagKey(prev) !== tagKey(t))
        c.add(
          r.file,
          `frontmatter.tags[${ti}]`,
          `tags whose URLs differ; "${t}" and "${prev}" both become /tags/${slug}/`,
        );
      else tagBySlug.set(slug, t);
    });
  return tagBySlug;
}

export function linksPass(
  c: IssueCollector,
  docs: Docs,
  paperIds: ReadonlySet<string>,
  chartIds: ReadonlySet<string>,
): void {
  const anchors = new Map<string, Set<string>>();
  for (const r of docs.reviews) anchors.set(`/reviews/${r.id}/`, headingIds(r.body, r.data.questions));
  for (const d of docs.concepts) anchors.set(`/concepts/${d.id}/`, headingIds(d.body, []));
  // Drafts are not published: a link to one is a broken link on the live site.
  const drafts = new Set(docs.reviews.filter((r) => r.data.draft).map((r) => `/reviews/${r.id}/`));
  const tagBySlug = tagPages(
    c,
    docs.reviews.filter((r) => !r.data.draft),
  );
  const pages = new Set<string>([
    '/',
    '/concepts/',
    '/charts/',
    '/benchmarks/',
    '/search/',
    '/compare/',
    ...TOPIC_IDS.map((t) => `/compare/${t}/`),
    '/notation/', // src/pages/notation.astro (site-wide notation)
    '/papers/', // src/pages/papers/index.astro
    '/tags/', // src/pages/tags/index.astro
    ...[...paperIds].map((id) => `/papers/${id}/`),
    ...[...chartIds].flatMap((id) => [`/charts/${id}/`, `/embed/${id}/`]),
    ...[...anchors.keys()].filter((p) => !drafts.has(p)),
    // pages of documents whose frontmatter failed: their own issue is reported; links to them are not
    ...docs.sources.map((s) => `/${s.kind}/${s.id}/`).filter((p) => !anchors.has(p)),
    ...[...tagBySlug.keys()].map((slug) => `/tags/${slug}/`),
  ]);
  for (const doc of docs.sources)
    for (const link of scanLinks(doc.body)) {
      const hashAt = link.url.indexOf('#');
      const path = hashAt < 0 ? link.url : link.url.slice(0, hashAt);
      const hash = hashAt < 0 ? '' : (link.url.slice(hashAt + 1).split('#')[0] ?? '');
      const page = path === '' ? `/${doc.kind}/${doc.id}/` : path.replace(/\?.*$/, '');
      const line = link.line + doc.offset;
      if (drafts.has(page)) {
        c.add(
          doc.file,
          'link',
          `a published page; "${link.url}" is a draft review (draft: true), not on the site`,
          line,
        );
        continue;
      }
      if (!pages.has(safeDecode(page))) {
        c.add(doc.file, 'link', `an existing page of this site, got "${link.url}"`, line);
        continue;
      }
      const known = anchors.get(page);
      if (hash && known && !known.has(safeDecode(hash, decodeURIComponent)))
        c.add(doc.file, 'link', `an anchor that exists on ${page} (a question id or heading), got "#${hash}"`, line);
    }
}
