// src/lib/llama2-tokenizer.ts (pure: no imports, no files): the LLaMA vocabulary and merges as a
// Hugging Face tokenizer.json with the meta-llama/Llama-2-*-hf configuration. Checked twice:
// with a made-up 32,000-token vocabulary whose encodings can be worked out by hand (what the
// normalizer, merge order, byte fallback, template and decoder do), and with the real vocabulary
// of llama-tokenizer-js (the package the build uses, tests/unit/tokenizers.test.ts), run through
// the same engine as the site, @lenml/tokenizers.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { TokenizerLoader } from '@lenml/tokenizers';
import { LLAMA2_TOKENIZER_CONFIG, llama2TokenizerJson, type LlamaVocabulary } from '../../src/lib/llama2-tokenizer.ts';

const require = createRequire(import.meta.url);

// 0–2 special, 3–258 the byte tokens <0x00>…<0xFF>, then:
const TOKENS = ['▁', 'a', 'b', 'c', '▁a', '▁ab', 'ab']; // ids 259–265
const ID = Object.fromEntries(TOKENS.map((t, i) => [t, 259 + i])) as Record<string, number>;
const byte = (b: number) => 3 + b;

function toyVocabulary(merges: Array<[string, number]>): LlamaVocabulary {
  const vocabById = ['<unk>', '<s>', '</s>'];
  for (let b = 0; b < 256; b++) vocabById.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
  vocabById.push(...TOKENS);
  while (vocabById.length < 32000) vocabById.push(`filler${vocabById.length}`);
  return { vocabById, merges: new Map(merges) };
}
const load = (v: LlamaVocabulary) =>
  TokenizerLoader.fromPreTrained({
    tokenizerJSON: llama2TokenizerJson(v),
    tokenizerConfig: LLAMA2_TOKENIZER_CONFIG,
  } as Parameters<typeof TokenizerLoader.fromPreTrained>[0]);
const plain = { add_special_tokens: false };

// Map order differs from priority order on purpose: "▁ a" (1) is listed before "a b" (0).
const toy = load(
  toyVocabulary([
    ['▁ a', 1],
    ['▁a b', 2],
    ['a b', 0],
  ]),
);

describe('the tokenizer.json', () => {
  it('refuses a vocabulary that is not 32,000 tokens', () => {
    const v = toyVocabulary([]);
    expect(() => llama2TokenizerJson({ ...v, vocabById: v.vocabById.slice(0, 31999) })).toThrow(
      'Llama 2 vocabulary: expected 32000 tokens, got 31999',
    );
  });

  it('gives each token its id and lists the merges by priority, lowest first', () => {
    const json = llama2TokenizerJson(
      toyVocabulary([
        ['▁ a', 1],
        ['▁a b', 2],
        ['a b', 0],
      ]),
    ) as {
      model: { vocab: Record<string, number>; merges: string[] };
    };
    expect(json.model.vocab['<s>']).toBe(1);
    expect(json.model.vocab['<0x41>']).toBe(byte(0x41));
    expect(json.model.vocab['▁ab']).toBe(ID['▁ab']);
    expect(json.model.merges).toEqual(['a b', '▁ a', '▁a b']);
  });
});

describe('encoding with a hand-checkable vocabulary', () => {
  it('prepends "▁" and merges by priority: "ab" → ▁ + ab, since "a b" merges before "▁ a"', () => {
    expect(toy.encode('ab', plain)).toEqual([ID['▁'], ID.ab]);
  });

  it('turns every space into "▁", two spaces into two', () => {
    expect(toy.encode('a  c', plain)).toEqual([ID['▁a'], ID['▁'], ID['▁'], ID.c]);
  });

  it('falls back to UTF-8 bytes for a character outside the vocabulary (é = C3 A9)', () => {
    expect(toy.encode('é', plain)).toEqual([ID['▁'], byte(0xc3), byte(0xa9)]);
  });

  it('starts a sequence with <s> (id 1), and a pair with <s> before each part', () => {
    expect(toy.encode('c')).toEqual([1, ID['▁'], ID.c]);
    expect(toy.encode('c', { text_pair: 'c' })).toEqual([1, ID['▁'], ID.c, 1, ID['▁'], ID.c]);
  });

  it('decodes back to the text: "▁" to spaces, bytes fused to characters, the prepended space dropped', () => {
    // no clean-up of spaces before punctuation: "c ?" stays "c ?"
    for (const text of ['ab c', '  a', 'é c', 'c ? a , b'])
      expect(toy.decode(toy.encode(text, plain)), JSON.stringify(text)).toBe(text);
  });
});

describe('encoding with the LLaMA vocabulary', () => {
  const { LlamaTokenizer } = require('llama-tokenizer-js') as typeof import('llama-tokenizer-js');
  const reference = new LlamaTokenizer();
  const llama = load(reference);

  it('gives the official ids, with <s> in front by default (meta-llama/Llama-2-7b-hf: "Hello world")', () => {
    expect(llama.encode('Hello world')).toEqual([1, 15043, 3186]);
  });

  it('agrees with llama-tokenizer-js on spaces, Hangul, emoji and code, and decodes them back', () => {
    for (const text of ['  두 칸 띄어쓰기와 🦙 이모지', 'def f(x):\n    return x**2', '한국어 문장입니다.']) {
      const ids = llama.encode(text, plain);
      expect(ids, text).toEqual(reference.encode(text, false, true));
      expect(llama.decode(ids), text).toBe(text);
    }
  });
});
