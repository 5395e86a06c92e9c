// The TL;DR card of a review (frontmatter `tldr`, shape in schema.ts): every number must resolve
// to a value of the review's own paper through the lookup <Score>/<ConfigValue> use, and every
// jump link must name a heading of the same review, with the id the page renders.
import GithubSlugger from 'github-slugger';
import { makeLookup } from './lookup.ts';
import { scanHeadings } from './mdx-scan.ts';
import { resolveTldrNumber } from '../tldr.ts';
import type { Paper, ReviewFrontmatter } from './schema.ts';
import type { ConfigView, MdxDoc, TableView } from './types.ts';

type Add = (file: string, field: string, expected: string, line?: number) => void;

/**
 * Ids of the review's h2–h4 headings as src/lib/markdown/rehype-heading-anchors.ts renders them:
 * question headings take their frontmatter id, the others a GitHub slug (question ids reserved first).
 */
export function reviewHeadingIds(body: string, questions: ReadonlyArray<{ id: string; title: string }>): Set<string> {
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

export interface TldrData {
  papers: Paper[];
  tables: TableView[];
  configs: ConfigView[];
}

/** Checks the `tldr` of every review that has one; reviews without it are left to the schema. */
export function validateTldr(reviews: ReadonlyArray<MdxDoc<ReviewFrontmatter>>, data: TldrData, add: Add): void {
  const lookup = makeLookup({ ...data, models: [], benchmarks: [], series: [], reviews: [], concepts: [], samples: [], compare: [], references: [] });
  for (const r of reviews) {
    const tldr = r.data.tldr;
    if (!tldr) continue;
    tldr.numbers.forEach((n, i) => {
      try {
        resolveTldrNumber(lookup, r.data.paper, n);
      } catch (e) {
        add(r.file, `frontmatter.tldr.numbers[${i}]`, `a data value of paper "${r.data.paper}" (${(e as Error).message})`);
      }
    });
    const ids = reviewHeadingIds(r.body, r.data.questions);
    tldr.links.forEach((l, i) => {
      if (!ids.has(l.href.slice(1)))
        add(r.file, `frontmatter.tldr.links[${i}].href`, `the id of a heading of this review, got "${l.href}"`);
    });
  }
}
