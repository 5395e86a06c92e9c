// validateTldr (validate-tldr.ts): every TL;DR number resolves to a value of the review's own
// paper, and every jump link names a heading id the review's page renders.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { IssueCollector } from '../../src/lib/content/collector.ts';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import { reviewSchema, type ReviewFrontmatter } from '../../src/lib/content/schema.ts';
import type { MdxDoc } from '../../src/lib/content/types.ts';
import { cataloguePass } from '../../src/lib/content/validate-catalogue.ts';
import { resultsPass } from '../../src/lib/content/validate-results.ts';
import { validateTldr, type TldrData } from '../../src/lib/content/validate-tldr.ts';
import { OK_ROOT } from './helpers.ts';

const raw = readContent(OK_ROOT);
const cat = cataloguePass(new IssueCollector(), raw, new Date('2026-11-30'));
const data: TldrData = { papers: cat.papers, ...resultsPass(new IssueCollector(), raw.results, cat) };
const FILE = 'content/reviews/demo.mdx';

const BODY = '## 강점\n\n글.\n\n### 세부 사항\n\n글.\n';
const scoreNumber = { label: 'MMLU', score: { table: 'table-2', model: 'demo-7b', benchmark: 'mmlu', shots: 5 } };
const configNumber = { label: '층수', config: { table: 'table-1', row: 'demo-7b', col: 'layers' } };

function reviewDoc(
  tldr: { numbers?: unknown[]; links?: unknown[] },
  paper = 'demo',
  body = BODY,
): MdxDoc<ReviewFrontmatter> {
  const d = reviewSchema.parse({
    title: '데모 리뷰',
    paper,
    summary: '콘텐츠 검사기를 시험하는 리뷰입니다.',
    tags: ['데모'],
    reviewedAt: '2024-02-01',
    questions: [{ id: 'strengths', title: '강점' }],
    tldr: {
      numbers: tldr.numbers ?? [scoreNumber, configNumber, scoreNumber],
      takeaways: ['첫째 요점을 적었습니다.', '둘째 요점을 적었습니다.', '셋째 요점을 적었습니다.'],
      links: tldr.links ?? [
        { label: '강점', href: '#strengths' },
        { label: '세부', href: '#세부-사항' },
      ],
    },
  });
  return { id: 'demo', file: FILE, data: d, body };
}

function run(reviews: Array<MdxDoc<ReviewFrontmatter>>): ContentIssue[] {
  const c = new IssueCollector();
  validateTldr(reviews, data, c.add);
  return c.issues;
}

describe('validateTldr', () => {
  it('accepts numbers that resolve and links to a question id and to another heading’s slug', () => {
    expect(run([reviewDoc({})])).toEqual([]);
  });

  it('skips a review without a TL;DR', () => {
    const { tldr: _tldr, ...rest } = reviewDoc({}).data;
    expect(run([{ ...reviewDoc({}), data: rest }])).toEqual([]);
  });

  it('names the table when a number points at a table the paper does not have', () => {
    const missing = { label: '없음', score: { table: 'table-9', model: 'demo-7b', benchmark: 'mmlu' } };
    expect(run([reviewDoc({ numbers: [scoreNumber, configNumber, missing] })])).toEqual([
      {
        file: FILE,
        field: 'frontmatter.tldr.numbers[2]',
        expected: 'a data value of paper "demo" (알 수 없는 참조: results table "demo/table-9")',
      },
    ]);
  });

  it('checks each review’s links against that review’s own headings', () => {
    const withHeading = reviewDoc({});
    const without = { ...reviewDoc({}, 'demo', '## 강점\n\n글.\n'), id: 'other', file: 'content/reviews/other.mdx' };
    expect(run([withHeading, without])).toEqual([
      {
        file: 'content/reviews/other.mdx',
        field: 'frontmatter.tldr.links[1].href',
        expected: 'the id of a heading of this review, got "#세부-사항"',
      },
    ]);
  });

  it('leaves the numbers of a review of an unknown paper alone, but still checks its links', () => {
    const review = reviewDoc(
      {
        links: [
          { label: '강점', href: '#strengths' },
          { label: '약점', href: '#weaknesses' },
        ],
      },
      'nope',
    );
    expect(run([review])).toEqual([
      {
        file: FILE,
        field: 'frontmatter.tldr.links[1].href',
        expected: 'the id of a heading of this review, got "#weaknesses"',
      },
    ]);
  });

  it('does not accept the heading text of a question as its anchor (the page uses the question id)', () => {
    expect(
      run([
        reviewDoc({
          links: [
            { label: '강점', href: '#강점' },
            { label: '세부', href: '#세부-사항' },
          ],
        }),
      ]),
    ).toEqual([
      {
        file: FILE,
        field: 'frontmatter.tldr.links[0].href',
        expected: 'the id of a heading of this review, got "#강점"',
      },
    ]);
  });
});
