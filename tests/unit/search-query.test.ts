import { describe, expect, it } from 'vitest';
import { mergeById, normaliseQuery, stripParticle } from '../../src/lib/search-query.ts';

describe('stripParticle', () => {
  it.each([
    ['토크나이저를', '토크나이저'],
    ['모델이', '모델'],
    ['데이터에서', '데이터'],
    ['학습으로', '학습'],
    ['보상', '보상'],
    ['GQA', 'GQA'],
    ['나는', '나는'], // one-syllable stem is kept whole
  ])('%s → %s', (word, stem) => expect(stripParticle(word)).toBe(stem));
});

describe('normaliseQuery', () => {
  it('drops markup characters, collapses spaces and caps length', () => {
    expect(normaliseQuery('<img src=x>  "GQA"')).toBe('img src=x GQA');
    expect(normaliseQuery('가'.repeat(500))).toHaveLength(100);
  });
});

describe('mergeById', () => {
  it('keeps first-seen order without repeats', () => {
    expect(
      mergeById([
        [{ id: 'a' }, { id: 'b' }],
        [{ id: 'b' }, { id: 'c' }],
      ]).map((x) => x.id),
    ).toEqual(['a', 'b', 'c']);
  });
});
