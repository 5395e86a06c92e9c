// Qwen's vocabulary for the tokenizer lab, fetched only when a reader opens the lab: the tokens
// by id, the split regex and the added tokens (src/lib/byte-level-bpe.ts says why the merges
// are not needed). The package's pretty-printed tokenizer.json is 11.4 MB; this is 1.8 MB (0.69 MB gzip).
import type { APIRoute } from 'astro';
import { qwenTokenizerExport } from '../../build/exports.ts';

export const GET: APIRoute = async () =>
  new Response(await qwenTokenizerExport(), { headers: { 'Content-Type': 'application/json' } });
