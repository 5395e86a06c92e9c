// linksPass (validate-links.ts): internal links in prose must reach a page of the built site (and,
// on reviews and concepts, an anchor of it); tags whose URLs would collide are refused. The
// documents come from docsPass on inline reviews and concepts.
import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/lib/content/collector.ts';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import type { RawFile } from '../../src/lib/content/types.ts';
import { cataloguePass } from '../../src/lib/content/validate-catalogue.ts';
import { docsPass } from '../../src/lib/content/validate-docs.ts';
import { linksPass } from '../../src/lib/content/validate-links.ts';
import { readContent } from '../../src/build/read-content.ts';
import { OK_ROOT } from './helpers.ts';

const cat = cataloguePass(new IssueCollector(), readContent(OK_ROOT), new Date('2026-11-30'));
const paperIds = cat.paperIds;
const chartIds = new Set(['demo-chart']);

/** A review; `body` starts at line 12 of the file, under its one question heading. */
const review = (id: string, body: string, tags = '[데모]', draft = false): RawFile => ({
  file: `content/reviews/${id}.mdx`,
  text: [
    '---',
    'title: 리뷰',
    'paper: demo',
    'summary: 링크 검사를 시험하는 리뷰입니다.',
    `tags: ${tags}`,
    'reviewedAt: 2024-02-01',
    'questions: [{ id: strengths, title: 강점 }]',
    `draft: ${draft}`,
    '---',
    '## 강점',
    '',
    body,
  ].join('\n'),
});
const concept = (id: string, body: string): RawFile => ({
  file: `content/concepts/${id}.mdx`,
  text: `---\ntitle: 개념\nen: Concept\nsummary: 열 글자가 넘는 요약입니다.\n---\n${body}\n`,
});

function linkIssues(reviews: RawFile[], concepts: RawFile[] = []): ContentIssue[] {
  const c = new IssueCollector();
  const docs = docsPass(c, { reviews, concepts }, cat, new Date('2026-11-30'));
  expect(c.issues).toEqual([]);
  linksPass(c, docs, paperIds, chartIds);
  return c.issues;
}

describe('linksPass', () => {
  it('accepts links to every kind of page the site builds', () => {
    const links = [
      '/',
      '/papers/demo/',
      '/charts/demo-chart/',
      '/embed/demo-chart/',
      '/compare/memory/',
      '/notation/',
      '/papers/',
      '/tags/',
      '/tags/long-context/',
      '/tags/%EB%8D%B0%EB%AA%A8/',
      '/concepts/rope/#세부-사항',
      '/reviews/demo/?from=search#strengths',
      '#strengths',
    ];
    const body = links.map((l) => `[링크](${l})`).join('\n\n');
    expect(
      linkIssues([review('demo', body, '[데모, Long Context]')], [concept('rope', '## 세부 사항\n\n글.')]),
    ).toEqual([]);
  });

  it('reports a missing anchor on the page itself and on a concept page, at the link’s line', () => {
    expect(
      linkIssues([review('demo', '[a](#weaknesses)\n\n[b](/concepts/rope/#없음)')], [concept('rope', '## 세부 사항')]),
    ).toEqual([
      {
        file: 'content/reviews/demo.mdx',
        field: 'link',
        expected: 'an anchor that exists on /reviews/demo/ (a question id or heading), got "#weaknesses"',
        line: 12,
      },
      {
        file: 'content/reviews/demo.mdx',
        field: 'link',
        expected: 'an anchor that exists on /concepts/rope/ (a question id or heading), got "#없음"',
        line: 14,
      },
    ]);
  });

  it('makes no tag page for a tag only a draft carries', () => {
    expect(
      linkIssues([review('demo', '[태그](/tags/비공개/)'), review('zz-draft', '초안.', '[비공개]', true)]),
    ).toEqual([
      {
        file: 'content/reviews/demo.mdx',
        field: 'link',
        expected: 'an existing page of this site, got "/tags/비공개/"',
        line: 12,
      },
    ]);
  });

  it('reports a link whose percent-encoding is malformed as a missing page instead of throwing', () => {
    expect(linkIssues([review('demo', '[x](/tags/%E0%A4%A/)')])).toEqual([
      {
        file: 'content/reviews/demo.mdx',
        field: 'link',
        expected: 'an existing page of this site, got "/tags/%E0%A4%A/"',
        line: 12,
      },
    ]);
  });

  it('reports an anchor whose percent-encoding is malformed as a missing anchor instead of throwing', () => {
    expect(linkIssues([review('demo', '[x](/reviews/demo/#%E0%A4%A)')])).toEqual([
      {
        file: 'content/reviews/demo.mdx',
        field: 'link',
        expected: 'an anchor that exists on /reviews/demo/ (a question id or heading), got "#%E0%A4%A"',
        line: 12,
      },
    ]);
  });

  it('refuses two different tags that share a URL, but not the same tag in another case', () => {
    expect(
      linkIssues([review('a', '글.', '[Long Context, RoPE]'), review('b', '글.', '[rope, long-context]')]),
    ).toEqual([
      {
        file: 'content/reviews/b.mdx',
        field: 'frontmatter.tags[1]',
        expected: 'tags whose URLs differ; "long-context" and "Long Context" both become /tags/long-context/',
      },
    ]);
  });

  it('takes a Hangul tag typed decomposed (NFD) and composed (NFC) as one tag', () => {
    const nfd = '긴 문맥'.normalize('NFD');
    expect(nfd).not.toBe('긴 문맥');
    expect(linkIssues([review('a', '글.', '[긴 문맥]'), review('b', '글.', `[${nfd}]`)])).toEqual([]);
  });
});
