import { describe, expect, it } from 'vitest';
import { nameIndex } from '../../src/lib/search-expand.ts';
import { likelyCompletions, preloadWords, searchesNow } from '../../src/widgets/Search/engine.ts';

describe('when a query searches without a debounce', () => {
  it('searches at once only when every word reaches the index chunk prefix (3 characters, Hangul decomposed)', () => {
    // such a word's completions all sit in the one chunk its preload fetched
    expect(searchesNow('GQA')).toBe(true);
    expect(searchesNow('DeepSeek 67B MMLU')).toBe(true);
    expect(searchesNow('모델')).toBe(true); // ㅁㅗㄷㅔㄹ: five characters as Pagefind compares them
    // a shorter prefix spans many chunks: wait for the next key
    expect(searchesNow('KV')).toBe(false);
    expect(searchesNow('KV 캐시')).toBe(false);
    expect(searchesNow('토')).toBe(false);
    expect(searchesNow('   ')).toBe(false);
    expect(preloadWords('KV 캐시')).toEqual(['캐시'.normalize('NFD')]);
  });
});

describe('names preloaded while they are typed', () => {
  const groups = [
    ['보상 모델', 'reward model', 'RM'],
    ['스케일링 법칙', 'scaling laws', 'scaling law'],
    ['보상 해킹', 'reward hacking'],
  ];
  const names = nameIndex(groups);
  it('completes a name whose start ends the query, when that start fits one thing only', () => {
    expect(likelyCompletions('reward mo', groups, names)).toEqual(['reward model']);
    expect(likelyCompletions('Qwen 스케일링 법', groups, names)).toEqual(['Qwen 스케일링 법칙']);
    expect(likelyCompletions('scaling la', groups, names)).toEqual(['scaling law']); // both spellings: one thing
  });
  it('guesses nothing for a start shared by two things, a short start or a finished name', () => {
    expect(likelyCompletions('rewa', groups, names)).toEqual([]); // reward model or reward hacking
    expect(likelyCompletions('보상', groups, names)).toEqual([]);
    expect(likelyCompletions('reward model', groups, names)).toEqual([]);
  });
});
