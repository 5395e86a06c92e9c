// src/lib/tokenizer-stats.ts: the counts of the tokenizer lab (characters and bytes per token, the
// ratio to a baseline tokenizer) and the visible pieces the ids are shown as. Decoders here are
// stubs; tokenizers.test.ts runs segments with the real tokenizers.
import { describe, expect, it } from 'vitest';
import { ratioTo, segments, tokenStats } from '../../src/lib/tokenizer-stats.ts';

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
  it('has no ratio to a baseline of zero tokens', () => {
    expect(ratioTo(5, 0)).toBeNaN();
  });
  it('keeps a piece’s leading space by decoding it after the ids before it', () => {
    // SentencePiece style: "▁" is a space, dropped at the start of a decoded sequence
    const vocab: Record<number, string> = { 1: '▁Hello', 2: '▁world', 3: '!' };
    const decode = (ids: number[]) =>
      ids
        .map((i) => vocab[i])
        .join('')
        .replace(/▁/g, ' ')
        .replace(/^ /, '');
    expect(segments([1, 2, 3], decode).map((s) => s.text)).toEqual(['Hello', ' world', '!']);
    expect(segments([1, 2, 3], decode, 0).map((s) => s.text)).toEqual(['Hello', 'world', '!']);
  });
  it('stops merging after 8 ids, so a run that never decodes whole cannot swallow the rest', () => {
    const ids = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(segments(ids, () => '\ufffd', 0).map((s) => s.ids)).toEqual([8, 2]);
  });
});
