import { describe, expect, it } from 'vitest';
import { mergeById, normaliseQuery, stripParticle } from '../../src/lib/search-query.ts';
import { compoundsOf, expandQuery, queryTokens, suggestFromGlossary } from '../../src/lib/search-expand.ts';

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

describe('expandQuery', () => {
  const data = {
    groups: [
      ['보상 모델', 'Reward Model', 'RM', '리워드 모델'],
      ['Llama', 'LLaMA', '라마'],
      ['긴 컨텍스트', 'long context'],
    ],
    compounds: { 모델: ['언어모델', '보상모델'] },
  };
  it('adds the particle-free form after the original', () => {
    expect(expandQuery('보상 모델이', { groups: [], compounds: {} })).toEqual(['보상 모델이', '보상 모델']);
  });
  it('does not duplicate a query without particles', () => {
    expect(expandQuery('RoPE 보간', { groups: [], compounds: {} })).toEqual(['RoPE 보간']);
  });
  it('returns nothing for blank input', () => {
    expect(expandQuery('   ', data)).toEqual([]);
  });
  it('runs an English name as its Korean name and back', () => {
    expect(expandQuery('reward model', data)).toContain('보상 모델');
    expect(expandQuery('long context', data)).toContain('긴 컨텍스트');
    expect(expandQuery('보상 모델을', data)).toEqual(expect.arrayContaining(['보상 모델', 'Reward Model']));
  });
  it('reads a transliteration and a glued version number', () => {
    expect(expandQuery('리워드 모델', data)).toContain('Reward Model');
    expect(expandQuery('라마2 안전성', data)).toContain('Llama 2 안전성');
  });
  it('runs a Korean word as the compounds that contain it', () => {
    expect(expandQuery('모델', data)).toEqual(['모델', '언어모델', '보상모델']);
  });
  it('caps the number of variants', () => {
    expect(expandQuery('모델 reward model 라마', data).length).toBeLessThanOrEqual(6);
  });
});

describe('queryTokens', () => {
  it('splits Hangul from digits and Latin and strips particles', () => {
    expect(queryTokens('라마2 70B의')).toEqual(['라마', '2', '70B']);
    expect(queryTokens('딥시크를 67B')).toEqual(['딥시크', '67B']);
  });
});

describe('compoundsOf', () => {
  it('finds compounds that end with a term after two or more syllables, most frequent first', () => {
    expect(
      compoundsOf('소형언어모델은 언어모델이 언어모델 모델은 보상모델 재학습 프로그램', ['모델', '학습', '로그']),
    ).toEqual({ 모델: ['언어모델', '보상모델'] });
  });
});

describe('suggestFromGlossary', () => {
  const glossary = [
    { title: '보상 모델', en: 'Reward Model (RM)', url: '/concepts/reward-model/' },
    { title: '그룹 쿼리 어텐션', en: 'Grouped-Query Attention (GQA)', url: '/concepts/gqa/' },
  ];
  it('offers the entries closest to the query', () => {
    expect(suggestFromGlossary('보상모형', glossary)[0]!.url).toBe('/concepts/reward-model/');
    expect(suggestFromGlossary('attentoin', glossary)[0]!.url).toBe('/concepts/gqa/');
  });
  it('offers the glossary when nothing is close', () => {
    expect(suggestFromGlossary('ㅋㅋ', glossary)).toHaveLength(2);
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
    expect(
      mergeById([
        [{ id: 'a' }, { id: 'b' }],
        [{ id: 'b' }, { id: 'c' }],
      ]).map((x) => x.id),
    ).toEqual(['a', 'b', 'c']);
  });
});
