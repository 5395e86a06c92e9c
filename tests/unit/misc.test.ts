import { describe, expect, it } from 'vitest';
import { countChars, readingMinutes } from '../../src/lib/reading.ts';
import { formatDate, neighbours, newestFirst, tagSlug } from '../../src/lib/reviews.ts';
import { scanComponents, scanHeadings } from '../../src/lib/content/mdx-scan.ts';
import { chartStateQuery, parseChartState } from '../../src/lib/chart-state.ts';
import { conceptBacklinks } from '../../src/lib/backlinks.ts';
import { sci } from '../../src/lib/format.ts';

describe('reading time', () => {
  it('counts prose characters, not math, code or tags', () => {
    expect(countChars('가나다 $x^2$ <Score a="1" />\n```\ncode\n```\n라마')).toBe(5);
    expect(readingMinutes('가'.repeat(1500))).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });
});

describe('review ordering', () => {
  const rs = [
    { id: 'a', reviewedAt: new Date('2024-01-01') },
    { id: 'b', reviewedAt: new Date('2024-03-01') },
    { id: 'c', reviewedAt: new Date('2024-02-01'), draft: true },
  ];
  it('lists newest first and hides drafts', () => {
    expect(newestFirst(rs).map((r) => r.id)).toEqual(['b', 'a']);
  });
  it('finds newer and older neighbours', () => {
    expect(neighbours(newestFirst(rs), 'a')).toEqual({ newer: rs[1] });
  });
  it('formats dates and tag slugs', () => {
    expect(formatDate(new Date('2023-09-28'))).toBe('2023년 9월 28일');
    expect(tagSlug('Scaling Laws')).toBe('scaling-laws');
  });
});

describe('mdx scanning', () => {
  const body =
    '## 하나\n\n<Concept id="rope">RoPE</Concept>\n\n```\n## 코드 속 제목\n<Chart id="x" />\n```\n\n$$\n<Chart id="y" />\n$$\n\n## 둘\n<Score paper="q" table="t" model="m" benchmark="b" shots={5} />';
  it('finds components with attributes and lines, skipping code and math', () => {
    expect(scanComponents(body)).toEqual([
      { name: 'Concept', attrs: { id: 'rope' }, dynamic: [], line: 3 },
      {
        name: 'Score',
        attrs: { paper: 'q', table: 't', model: 'm', benchmark: 'b', shots: '5' },
        dynamic: [],
        line: 15,
      },
    ]);
  });
  it('finds headings outside code', () => {
    expect(scanHeadings(body).map((h) => h.text)).toEqual(['하나', '둘']);
  });
  it('maps concept mentions to the section they sit in', () => {
    const links = conceptBacklinks([{ id: 'r', body, questions: [{ id: 'one', title: '하나' }] }]);
    expect(links.get('rope')).toEqual([{ review: 'r', section: { id: 'one', title: '하나' } }]);
  });
});

describe('chart URL state', () => {
  const allowed = { views: ['all', 'cjk'], series: ['a', 'b'] };
  it('reads known values and drops unknown ones', () => {
    expect(parseChartState('?view=cjk&hide=a,zzz,<b>', allowed)).toEqual({ view: 'cjk', hidden: ['a'] });
    expect(parseChartState('?view=<script>', allowed)).toEqual({ view: 'all', hidden: [] });
  });
  it('writes only non-default state', () => {
    expect(chartStateQuery({ view: 'all', hidden: [] }, 'all')).toBe('');
    expect(chartStateQuery({ view: 'cjk', hidden: ['a', 'b'] }, 'all')).toBe('?view=cjk&hide=a%2Cb');
  });
});

describe('sci', () => {
  it('formats powers of ten with superscripts', () => {
    expect(sci(8.46e22)).toBe('8.46×10²²');
    expect(sci(4.25e-4)).toBe('4.25×10⁻⁴');
  });
});
