// The Llama 2 vocabulary for the tokenizer lab, served from this site and fetched only when a
// reader opens the lab (see src/lib/llama2-tokenizer.ts for why it is built here).
import type { APIRoute } from 'astro';
import { llama2TokenizerExport } from '../../build/exports.ts';

export const GET: APIRoute = async () =>
  new Response(await llama2TokenizerExport(), { headers: { 'Content-Type': 'application/json' } });
