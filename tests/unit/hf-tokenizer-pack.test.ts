// The lab downloads its Hugging Face vocabularies in a packed form; a tokenizer built from the
// unpacked file must encode exactly as one built from the package's own file.
import { describe, expect, it } from 'vitest';
import { TokenizerLoader } from '@lenml/tokenizers';
import { packHfTokenizer, unpackHfTokenizer } from '../../src/lib/hf-tokenizer-pack.ts';
import { qwenTokenizerFiles } from '../../src/build/tokenizers-node.ts';
import { fromHfJson } from '../../src/lib/tokenizers.ts';

const tiny = {
  version: '1.0',
  model: { type: 'BPE', vocab: { a: 0, b: 1, ab: 2 }, merges: [['a', 'b']] },
};

describe('packed BPE tokenizer.json', () => {
  it('writes the vocabulary by id and merges as "a b", and reads the vocabulary back', () => {
    const packed = packHfTokenizer(structuredClone(tiny));
    expect(packed.model.vocab).toEqual(['a', 'b', 'ab']);
    expect(packed.model.merges).toEqual(['a b']);
    expect(unpackHfTokenizer(JSON.parse(JSON.stringify(packed))).model).toEqual({ ...tiny.model, merges: ['a b'] });
  });

  it('keeps pairs whose parts hold a space, which "a b" could not tell apart', () => {
    const spaced = { model: { type: 'BPE', vocab: { 'a b': 0, c: 1 }, merges: [['a b', 'c']] } };
    expect(packHfTokenizer(spaced).model.merges).toEqual([['a b', 'c']]);
  });

  it('refuses a vocabulary whose ids are not 0…n−1 once each, naming the file and the token', () => {
    const gap = { model: { type: 'BPE', vocab: { a: 0, b: 2 }, merges: [] } };
    expect(() => packHfTokenizer(gap, 'x/tokenizer.json')).toThrow(/x\/tokenizer\.json: model\.vocab .* "b" has 2/);
    expect(() => packHfTokenizer({ model: { type: 'Unigram' } }, 'u.json')).toThrow('u.json: model.type must be "BPE"');
  });

  it('Qwen built from the packed file encodes and decodes as Qwen built from the package', () => {
    const { tokenizer, config } = qwenTokenizerFiles();
    const wire = JSON.parse(JSON.stringify(packHfTokenizer(tokenizer))) as unknown;
    const original = fromHfJson('qwen', TokenizerLoader, tokenizer, config);
    const packed = fromHfJson('qwen', TokenizerLoader, unpackHfTokenizer(wire), config);
    const text =
      '토크나이저는 텍스트를 토큰으로 나눕니다. The quick brown fox. 大型语言模型 😀 <|endoftext|> ' + 'ĠĠ  \n\t';
    expect(packed.encode(text)).toEqual(original.encode(text));
    expect(packed.decode(packed.encode(text))).toBe(text);
  });
});
