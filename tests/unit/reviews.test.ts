// src/lib/reviews.ts: the order of reviews (newest first, drafts hidden), the previous/next links
// that follow it, and the printed date. Tag slugs have their own file, tag-slug.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { formatDate, neighbours, newestFirst, tagIndex, tagSlug } from '../../src/lib/reviews.ts';

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
  it('orders reviews of the same day by id', () => {
    const same = [
      { id: 'qwen', reviewedAt: new Date('2024-01-01') },
      { id: 'llama-2', reviewedAt: new Date('2024-01-01') },
    ];
    expect(newestFirst(same).map((r) => r.id)).toEqual(['llama-2', 'qwen']);
  });
  it('gives the middle review both neighbours, the newest no newer one, and an unknown id none', () => {
    const ordered = newestFirst([...rs, { id: 'd', reviewedAt: new Date('2024-04-01') }]);
    expect(neighbours(ordered, 'b')).toEqual({ newer: ordered[0], older: ordered[2] });
    expect(neighbours(ordered, 'd')).toEqual({ older: ordered[1] });
    expect(neighbours(ordered, 'c')).toEqual({});
  });
  it('prints the date in UTC, whatever the time zone it was written in', () => {
    expect(formatDate(new Date('2024-01-01T00:30:00+09:00'))).toBe('2023년 12월 31일');
  });
  it('prints a frontmatter date (UTC midnight) as that day on a machine west of UTC', () => {
    vi.stubEnv('TZ', 'America/Los_Angeles');
    try {
      expect(formatDate(new Date('2024-02-01'))).toBe('2024년 2월 1일');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('the tag index', () => {
  it('gathers each tag once across spellings, most used first, then in Korean order; drafts left out', () => {
    const index = tagIndex([
      { id: 'qwen', tags: ['토크나이저', 'RoPE', '긴 컨텍스트'] },
      { id: 'llama-2', tags: ['rope', 'RLHF', '긴 컨텍스트'] },
      { id: 'draft', draft: true, tags: ['초안 전용', 'RoPE'] },
      // decomposed Hangul (macOS input) is the same tag as the composed one
      { id: 'pangu', tags: ['토크나이저'.normalize('NFD'), '나중'] },
    ]);
    expect(index.map((t) => [t.label, t.reviews])).toEqual([
      // the Korean collation puts Hangul before Latin letters
      ['긴 컨텍스트', ['qwen', 'llama-2']],
      ['토크나이저', ['qwen', 'pangu']],
      ['RoPE', ['qwen', 'llama-2']],
      ['나중', ['pangu']],
      ['RLHF', ['llama-2']],
    ]);
    expect(index.find((t) => t.label === 'RoPE')?.slug).toBe('rope');
  });
});
