// The TL;DR card of a review (frontmatter `tldr`, shape in schema.ts): every number must resolve
// to a value of the review's own paper through the lookup <Score>/<ConfigValue> use, and every
// jump link must name a heading of the same review, with the id the page renders.
import { makeLookup } from './lookup.ts';
import { headingIds } from './heading-ids.ts';
import { resolveTldrNumber } from '../tldr.ts';
import type { Paper, ReviewFrontmatter } from './schema.ts';
import type { ConfigView, MdxDoc, TableView } from './types.ts';

type Add = (file: string, field: string, expected: string, line?: number) => void;

export interface TldrData {
  papers: Paper[];
  tables: TableView[];
  configs: ConfigView[];
}

/** Checks the `tldr` of every review that has one; reviews without it are left to the schema. */
export function validateTldr(reviews: ReadonlyArray<MdxDoc<ReviewFrontmatter>>, data: TldrData, add: Add): void {
  const lookup = makeLookup({
    ...data,
    models: [],
    benchmarks: [],
    series: [],
    reviews: [],
    concepts: [],
    samples: [],
    compare: [],
    references: [],
  });
  const papers = new Set(data.papers.map((p) => p.id));
  for (const r of reviews) {
    const tldr = r.data.tldr;
    if (!tldr) continue;
    // numbers of a paper that is unknown or invalid cannot resolve; that paper's issue is reported already
    if (papers.has(r.data.paper))
      tldr.numbers.forEach((n, i) => {
        try {
          resolveTldrNumber(lookup, r.data.paper, n);
        } catch (e) {
          add(
            r.file,
            `frontmatter.tldr.numbers[${i}]`,
            `a data value of paper "${r.data.paper}" (${(e as Error).message})`,
          );
        }
      });
    const ids = headingIds(r.body, r.data.questions);
    tldr.links.forEach((l, i) => {
      if (!ids.has(l.href.slice(1)))
        add(r.file, `frontmatter.tldr.links[${i}].href`, `the id of a heading of this review, got "${l.href}"`);
    });
  }
}
