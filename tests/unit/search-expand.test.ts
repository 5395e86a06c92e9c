// src/lib/search-expand.ts: how a query is run with the other names of what it names (Korean ↔
// English, transliterations), with the compounds a Korean word appears in, and which glossary
// entries the "nothing found" state offers.
import { describe, expect, it } from 'vitest';
import {
  alternatives,
  compact,
  compoundsOf,
  expandQuery,
  findNames,
  nameIndex,
  queryTokens,
  suggestFromGlossary,
} from '../../src/lib/search-expand.ts';

describe('compact', () => {
  it('reduces a name to lower case without spaces, dashes or brackets', () => {
    expect(compact('Grouped-Query Attention (GQA)')).toBe('groupedqueryattentiongqa');
    expect(compact('보상 모델')).toBe('보상모델');
  });
  it('gives one key to a Hangul name however it is composed', () => {
    expect(compact('모델'.normalize('NFD'))).toBe('모델');
  });
});

describe('nameIndex', () => {
  it('maps each compact name to every group that has it, once, and skips blank names', () => {
    const idx = nameIndex([
      ['RM', 'Reward Model', 'rm'],
      ['RM', 'RMSNorm'],
      ['', ' '],
    ]);
    expect([...idx]).toEqual([
      ['rm', [0, 1]],
      ['rewardmodel', [0]],
      ['rmsnorm', [1]],
    ]);
  });
});

describe('findNames', () => {
  it('takes the longest name at each position and does not overlap', () => {
    const idx = nameIndex([['reward'], ['reward model'], ['model loss']]);
    expect(findNames(['reward', 'model', 'loss'], idx)).toEqual([
      { start: 0, end: 2, key: 'rewardmodel', groups: [1] },
    ]);
  });
});

describe('alternatives', () => {
  const groups = [['보상 모델', 'RM', 'Reward Model', '리워드 모델']];
  const idx = nameIndex(groups);
  const span = (words: string[]) => findNames(words, idx)[0]!;
  it('offers names in the other script first and short abbreviations last', () => {
    expect(alternatives(span(['보상', '모델']), groups, 3)).toEqual(['Reward Model', 'RM', '리워드 모델']);
    expect(alternatives(span(['reward', 'model']), groups, 3)).toEqual(['보상 모델', '리워드 모델', 'RM']);
  });
  it('offers two names by default and never the name itself', () => {
    expect(alternatives(span(['RM']), groups)).toEqual(['보상 모델', '리워드 모델']);
  });
  it('offers a name once when two spellings compact to the same key', () => {
    const g = [['Llama', 'LLaMA', '라마']];
    expect(alternatives(findNames(['라마'], nameIndex(g))[0]!, g)).toEqual(['Llama']);
  });
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

describe('expandQuery with several names', () => {
  const data = {
    groups: [
      ['보상 모델', 'Reward Model', 'RM', '리워드 모델'],
      ['Llama', 'LLaMA', '라마'],
    ],
    compounds: {},
  };
  it('runs the query with every name swapped at once, then one name at a time', () => {
    expect(expandQuery('reward model 라마', data)).toEqual([
      'reward model 라마',
      '보상 모델 Llama',
      '보상 모델 라마',
      '리워드 모델 라마',
      'reward model Llama',
    ]);
  });
  it('keeps the most literal variants when it caps them', () => {
    expect(expandQuery('reward model 라마', data, nameIndex(data.groups), 3)).toEqual([
      'reward model 라마',
      '보상 모델 Llama',
      '보상 모델 라마',
    ]);
  });
});
