// Loaded only when the reader opens the lab: the tokenizer code (in the workers) and the vocab
// files (fetched by the page, see protocol.ts), all served from this site
// (src/pages/tokenizers/*.json.ts build the two vocabulary files, packed by src/lib/hf-tokenizer-pack.ts).
import {
  fromByteLevelSpec,
  fromHfJson,
  fromTiktokenRanks,
  type LabTokenizer,
  type TokenizerId,
} from '../../lib/tokenizers.ts';
import type { ByteLevelSpec } from '../../lib/byte-level-bpe.ts';
import { LLAMA2_TOKENIZER_CONFIG } from '../../lib/llama2-tokenizer.ts';
import { unpackHfTokenizer } from '../../lib/hf-tokenizer-pack.ts';
import { VOCAB_FILES } from './protocol.ts';

/** A vocabulary file's bytes, by its VOCAB_FILES path. */
export type VocabFile = (path: string) => Promise<ArrayBuffer>;

const json = async <T>(file: VocabFile, path: string): Promise<T> =>
  JSON.parse(new TextDecoder().decode(await file(path))) as T;

const loaders: Record<TokenizerId, (file: VocabFile) => Promise<LabTokenizer>> = {
  llama2: async (file) => {
    const [{ TokenizerLoader }, tokenizer] = await Promise.all([
      import('@lenml/tokenizers'),
      json<unknown>(file, VOCAB_FILES.llama2!),
    ]);
    return fromHfJson('llama2', TokenizerLoader, unpackHfTokenizer(tokenizer, 'llama-2.json'), LLAMA2_TOKENIZER_CONFIG);
  },
  qwen: async (file) => fromByteLevelSpec(await json<ByteLevelSpec>(file, VOCAB_FILES.qwen!)),
  cl100k: async () => fromTiktokenRanks((await import('js-tiktoken/ranks/cl100k_base')).default),
};

/** The tokenizers `ids`, in that order; each starts as soon as its code and its file are in. */
export function loadTokenizers(ids: TokenizerId[], file: VocabFile): Promise<LabTokenizer[]> {
  return Promise.all(ids.map((id) => loaders[id](file)));
}
