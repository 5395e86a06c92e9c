import { describe, expect, it } from 'vitest';
import { keywordBlock, mergeById, normaliseQuery, queryVariants, stripParticle } from '../../src/lib/search-query.ts';

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

describe('queryVariants', () => {
  it('adds the particle-free form after the original', () => {
    expect(queryVariants('보상 모델이')).toEqual(['보상 모델이', '보상 모델']);
  });
  it('does not duplicate a query without particles', () => {
    expect(queryVariants('RoPE 보간')).toEqual(['RoPE 보간']);
  });
  it('returns nothing for blank input', () => {
    expect(queryVariants('   ')).toEqual([]);
  });
});

describe('normaliseQuery', () => {
  it('drops markup characters, collapses spaces and caps length', () => {
    expect(normaliseQuery('<img src=x>  "GQA"')).toBe('img src=x GQA');
    expect(normaliseQuery('가'.repeat(500))).toHaveLength(100);
  });
});

describe('mergeById', () => {
  it('keeps first-seen order without repeats', () => {
    expect(mergeById([[{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }]]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('keywordBlock', () => {
  it('adds stems and known compound parts', () => {
    const kw = keywordBlock('소형언어모델은 토크나이저를 씁니다', ['모델', '언어']).split(' ');
    expect(kw).toEqual(expect.arrayContaining(['소형언어모델', '모델', '언어', '토크나이저']));
  });
});
