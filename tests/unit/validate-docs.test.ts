// docsPass (validate-docs.ts): concept and review frontmatter, the MDX of every body, and each
// review's questions against its "## " headings, checked against the catalogue of the valid fixture.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { IssueCollector } from '../../src/lib/content/collector.ts';
import type { RawFile } from '../../src/lib/content/types.ts';
import { cataloguePass } from '../../src/lib/content/validate-catalogue.ts';
import { docsPass } from '../../src/lib/content/validate-docs.ts';
import { OK_ROOT } from './helpers.ts';

const today = new Date('2026-11-30');
const cat = cataloguePass(new IssueCollector(), readContent(OK_ROOT), today);
const REVIEW = 'content/reviews/demo.mdx';

const concept = (id: string, related = '[]'): RawFile => ({
  file: `content/concepts/${id}.mdx`,
  text: `---\ntitle: 개념\nen: Concept\nrelated: ${related}\nsummary: 열 글자가 넘는 요약입니다.\n---\n본문.\n`,
});

/** A review; without `extra` frontmatter lines its body starts at line 9 of the file. */
const review = (body: string, extra: string[] = [], questions = '[{ id: strengths, title: 강점 }]'): RawFile => ({
  file: REVIEW,
  text: [
    '---',
    'title: 데모 리뷰',
    'paper: demo',
    'summary: 콘텐츠 검사기를 시험하는 리뷰입니다.',
    'tags: [데모]',
    'reviewedAt: 2024-02-01',
    `questions: ${questions}`,
    ...extra,
    '---',
    body,
  ].join('\n'),
});

function run(raw: { reviews?: RawFile[]; concepts?: RawFile[] }) {
  const c = new IssueCollector();
  const docs = docsPass(c, { reviews: raw.reviews ?? [], concepts: raw.concepts ?? [] }, cat, today);
  return { docs, issues: c.issues };
}

describe('docsPass', () => {
  it('returns the reviews and concepts, and every source split once: reviews first, with body offsets', () => {
    const c = new IssueCollector();
    const docs = docsPass(c, readContent(OK_ROOT), cat, today);
    expect(c.issues).toEqual([]);
    expect(docs.reviews.map((r) => [r.id, r.data.draft, r.data.questions.length])).toEqual([['demo', false, 1]]);
    expect(docs.concepts.map((d) => [d.id, d.data.aliases])).toEqual([['rope', ['RoPE']]]);
    expect([...docs.conceptIds]).toEqual(['rope']);
    expect(docs.sources.map((s) => [s.kind, s.id, s.offset])).toEqual([
      ['reviews', 'demo', 9],
      ['concepts', 'rope', 7],
    ]);
  });

  it('reports a file without a frontmatter block, and keeps its id as a known concept', () => {
    const { docs, issues } = run({ concepts: [{ file: 'content/concepts/yarn.mdx', text: '# YaRN\n' }] });
    expect(issues).toEqual([
      {
        file: 'content/concepts/yarn.mdx',
        field: 'frontmatter',
        expected: 'a YAML block between "---" lines at the top of the file',
      },
    ]);
    expect(docs.concepts).toEqual([]);
    expect([...docs.conceptIds]).toEqual(['yarn']);
    expect(docs.sources.map((s) => [s.id, s.offset])).toEqual([['yarn', 0]]);
  });

  it('reports a related concept that has no file, by its index', () => {
    const { issues } = run({ concepts: [concept('rope', '[yarn]'), concept('yarn', '[rope, alibi]')] });
    expect(issues).toEqual([
      {
        file: 'content/concepts/yarn.mdx',
        field: 'frontmatter.related[1]',
        expected: 'a concept id from content/concepts/, got "alibi"',
      },
    ]);
  });

  it('reports a "## " heading that is not a question at its line in the file', () => {
    const { issues } = run({ reviews: [review('## 강점\n\n글.\n\n## 덤\n\n### 세부\n')] });
    expect(issues).toEqual([
      {
        file: REVIEW,
        field: 'body',
        expected: 'every "## " heading to be listed in frontmatter.questions; "덤" is not',
        line: 13,
      },
    ]);
  });

  it('reports a question heading written twice and a question id used twice', () => {
    const { issues } = run({
      reviews: [review('## 강점\n\n## 강점\n\n## 약점\n', [], '[{ id: a, title: 강점 }, { id: a, title: 약점 }]')],
    });
    expect(issues).toEqual([
      {
        file: REVIEW,
        field: 'frontmatter.questions[0].title',
        expected: 'exactly one "## 강점" heading in the body, found 2',
      },
      { file: REVIEW, field: 'frontmatter.questions', expected: 'unique question ids ("a" repeats)' },
    ]);
  });

  it('reports an update date in the future', () => {
    const { issues } = run({ reviews: [review('## 강점\n', ['updatedAt: 2030-01-01'])] });
    expect(issues).toEqual([
      {
        file: REVIEW,
        field: 'frontmatter.updatedAt',
        expected: 'a date that is not in the future (today is 2026-11-30), got 2030-01-01',
      },
    ]);
  });

  it('checks the formulas of concepts too, at their line in the file', () => {
    const { issues } = run({ concepts: [{ ...concept('rope'), text: `${concept('rope').text}\n$\\nope$\n` }] });
    expect(issues).toEqual([
      {
        file: 'content/concepts/rope.mdx',
        field: 'math',
        expected: 'a formula KaTeX can render (KaTeX: Undefined control sequence: \\nope at character 0 of "\\nope")',
        line: 9,
      },
    ]);
  });
});
