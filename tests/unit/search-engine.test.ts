import { describe, expect, it } from 'vitest';
import { preloadWords, searchesNow } from '../../src/widgets/Search/engine.ts';

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
