// Messages between the lab (client.ts) and its worker (worker.ts).
import type { Segment } from '../../lib/tokenizer-stats.ts';
import type { TokenizerId } from '../../lib/tokenizers.ts';

export type ToWorker =
  // load these tokenizers: the code now, the vocabulary files when a 'files' message brings them
  | { type: 'load'; ids: TokenizerId[] }
  | { type: 'files'; files: Record<string, ArrayBuffer> }
  | { type: 'encode'; job: number; text: string };

/**
 * The vocabulary file each tokenizer reads (site paths, built by src/pages/tokenizers/). The page
 * fetches them while the workers are still starting and hands the bytes over, so the download
 * does not wait for the worker's code.
 */
export const VOCAB_FILES: Partial<Record<TokenizerId, string>> = {
  llama2: '/tokenizers/llama-2.json',
  qwen: '/tokenizers/qwen.json',
};

/**
 * Which worker holds which tokenizers: two workers build the three vocabularies on both cores at
 * once (the lab opened in 1.5–1.6 s this way, against 1.9–2.3 s with one worker).
 */
export const WORKER_GROUPS: TokenizerId[][] = [['qwen'], ['llama2', 'cl100k']];

export interface Encoded {
  id: TokenizerId;
  label: string;
  count: number;
  segments: Segment[];
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'load-error'; message: string }
  | { type: 'progress'; job: number; label: string }
  | { type: 'result'; job: number; encoded: Encoded[] };
