// The lab encodes Qwen with src/lib/byte-level-bpe.ts; the reference is @lenml/tokenizers on the
// package's own tokenizer.json (what the build's measured chart uses). Same ids on every review,
// concept page and sample, and on the cases where the two algorithms could part.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenizerLoader } from '@lenml/tokenizers';
import { byteLevelSpec, byteLevelTokenizer } from '../../src/lib/byte-level-bpe.ts';
import { qwenTokenizerFiles } from '../../src/build/tokenizers-node.ts';
import { fromHfJson } from '../../src/lib/tokenizers.ts';

const root = join(import.meta.dirname, '..', '..');
const { tokenizer, config } = qwenTokenizerFiles();
const reference = fromHfJson('qwen', TokenizerLoader, tokenizer, config);
const spec = JSON.parse(JSON.stringify(byteLevelSpec(tokenizer))) as ReturnType<typeof byteLevelSpec>;
const qwen = byteLevelTokenizer(spec);

const EDGES = [
  '토크나이저는 텍스트를 토큰으로 나눕니다.',
  'The quick brown fox jumps over the lazy dog.',
  '大型语言模型',
  "I'LL say it's DON'T we'd they've",
  'e\u0301 vs é, Å vs A\u030a', // NFC folds combining marks
  '12345 3.14159 1,000,000 v2.0',
  'a   \n\n  b\t\tc \r\n d   ',
  '😀👍🏽 🇰🇷 —–… “quotes” ㄱㄴㄷ ᄀᄂ',
  '<|endoftext|>text<|im_start|>user\nhi<|im_end|><think>x</think> <tool_call>{}</tool_call>',
  '<|endoftext|<|endoftext|>>',
  '',
];

describe('Qwen as byte-level BPE over its vocabulary alone', () => {
  it('gives the library’s ids on the edge cases and decodes them back', () => {
    for (const text of EDGES) {
      expect(qwen.encode(text), text).toEqual(reference.encode(text));
      expect(qwen.decode(qwen.encode(text))).toBe(text.normalize('NFC'));
    }
  });

  it('gives the library’s ids on every review, concept page and tokenizer sample', () => {
    const files = [
      ...readdirSync(join(root, 'content/reviews')).map((f) => join(root, 'content/reviews', f)),
      ...readdirSync(join(root, 'content/concepts')).map((f) => join(root, 'content/concepts', f)),
      join(root, 'content/data/tokenizer-samples.yaml'),
    ];
    let tokens = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const ids = qwen.encode(text);
      expect(ids, f).toEqual(reference.encode(text));
      tokens += ids.length;
    }
    expect(tokens).toBeGreaterThan(100_000);
  });

  it('refuses a file that is not such a tokenizer, naming the field', () => {
    // Copies that differ from the package's file in one field only (a deep copy of its 11 MB costs 0.7 s each).
    const file = tokenizer as { model: { merges: [string, string][] }; added_tokens: Array<{ lstrip: boolean }> };
    const broken = { ...file, model: { ...file.model, merges: [...file.model.merges].reverse() } };
    expect(() => byteLevelSpec(broken, 'q.json')).toThrow(/^q\.json: model\.merges\[1\] must be a merge whose result/);
    expect(() => byteLevelSpec({ model: { type: 'Unigram' } }, 'u.json')).toThrow('u.json: model must be a BPE model');
    const lstrip = { ...file, added_tokens: file.added_tokens.map((t, i) => (i === 0 ? { ...t, lstrip: true } : t)) };
    expect(() => byteLevelSpec(lstrip, 'q.json')).toThrow(
      'q.json: added_tokens["<|endoftext|>"] must be matched exactly',
    );
  });
});
