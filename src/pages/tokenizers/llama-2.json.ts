// The Llama 2 vocabulary for the tokenizer lab, served from this site and fetched only when a
// reader opens the lab (see src/lib/llama2-tokenizer.ts for why it is built here).
import type { APIRoute } from 'astro';
import { LlamaTokenizer } from 'llama-tokenizer-js';
import { llama2TokenizerJson } from '../../lib/llama2-tokenizer.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(llama2TokenizerJson(new LlamaTokenizer())), {
    headers: { 'Content-Type': 'application/json' },
  });
