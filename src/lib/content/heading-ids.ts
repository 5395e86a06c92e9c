// The one place that knows which id each heading of an MDX page gets: the link checker and the
// TL;DR validator both ask it.
import GithubSlugger from 'github-slugger';
import { scanHeadings } from './mdx-scan.ts';

/**
 * Ids of a page's h2–h4 headings as src/lib/markdown/rehype-heading-anchors.ts renders them:
 * question headings take their frontmatter id, the others a GitHub slug (question ids reserved first).
 */
export function headingIds(body: string, questions: ReadonlyArray<{ id: string; title: string }>): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const q of questions) {
    ids.add(q.id);
    slugger.slug(q.id);
  }
  for (const h of scanHeadings(body)) {
    if (h.depth === 2 && questions.some((q) => q.title === h.text)) continue;
    if (h.depth >= 2 && h.depth <= 4) ids.add(slugger.slug(h.text));
  }
  return ids;
}
