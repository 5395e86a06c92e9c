// Pass: the MDX documents — concept and review frontmatter, MDX syntax and formulas of every
// body, and each review's questions against its "## " headings.
import { splitMdx, type IssueCollector, type MdxSource } from './collector.ts';
import { knownPaper, type Catalogue } from './validate-catalogue.ts';
import { scanHeadings } from './mdx-scan.ts';
import { conceptSchema, reviewSchema, type ConceptFrontmatter, type ReviewFrontmatter } from './schema.ts';
import type { MdxDoc, RawFile } from './types.ts';
import { checkMdxBody } from './validate-math.ts';
import { checkNotFuture } from './validate-values.ts';

export interface Docs {
  reviews: MdxDoc<ReviewFrontmatter>[];
  concepts: MdxDoc<ConceptFrontmatter>[];
  /** Every concept id there is a file for, valid or not (uses of an invalid one are not reported again). */
  conceptIds: ReadonlySet<string>;
  /** Every review then every concept, split once (bodies and line offsets for later passes). */
  sources: Array<MdxSource & { kind: 'reviews' | 'concepts' }>;
}

function checkQuestions(c: IssueCollector, r: MdxDoc<ReviewFrontmatter>, offset: number): void {
  const headings = scanHeadings(r.body).filter((h) => h.depth === 2);
  r.data.questions.forEach((q, qi) => {
    const n = headings.filter((h) => h.text === q.title).length;
    if (n !== 1)
      c.add(
        r.file,
        `frontmatter.questions[${qi}].title`,
        `exactly one "## ${q.title}" heading in the body, found ${n}`,
      );
  });
  const qTitles = new Set(r.data.questions.map((q) => q.title));
  for (const h of headings)
    if (!qTitles.has(h.text))
      c.add(
        r.file,
        'body',
        `every "## " heading to be listed in frontmatter.questions; "${h.text}" is not`,
        h.line + offset,
      );
  const qids = r.data.questions.map((q) => q.id);
  const dup = qids.find((q, i) => qids.indexOf(q) !== i);
  if (dup) c.add(r.file, 'frontmatter.questions', `unique question ids ("${dup}" repeats)`);
}

export function docsPass(
  c: IssueCollector,
  raw: { reviews: RawFile[]; concepts: RawFile[] },
  cat: Catalogue,
  today: Date,
): Docs {
  const reviewSources = raw.reviews.map(splitMdx);
  const conceptSources = raw.concepts.map(splitMdx);
  const concepts = conceptSources.map((s) => c.mdx(s, conceptSchema)).filter((d) => d !== undefined);
  const conceptIds = new Set(conceptSources.map((s) => s.id));
  for (const d of concepts)
    d.data.related.forEach((r, i) => {
      if (!conceptIds.has(r))
        c.add(d.file, `frontmatter.related[${i}]`, `a concept id from content/concepts/, got "${r}"`);
    });
  const reviews = reviewSources.map((s) => c.mdx(s, reviewSchema)).filter((d) => d !== undefined);
  const sources = [
    ...reviewSources.map((s) => ({ ...s, kind: 'reviews' as const })),
    ...conceptSources.map((s) => ({ ...s, kind: 'concepts' as const })),
  ];
  for (const s of sources) checkMdxBody(s.file, s.body, s.offset, c.add);
  const offsets = new Map(reviewSources.map((s) => [s.file, s.offset]));
  for (const r of reviews) {
    checkNotFuture(r.file, 'frontmatter.reviewedAt', r.data.reviewedAt, today, c.add);
    checkNotFuture(r.file, 'frontmatter.updatedAt', r.data.updatedAt, today, c.add);
    if (!cat.paperIds.has(r.data.paper)) c.add(r.file, 'frontmatter.paper', knownPaper(cat.paperIds, r.data.paper));
    checkQuestions(c, r, offsets.get(r.file) ?? 0);
  }
  return { reviews, concepts, conceptIds, sources };
}
