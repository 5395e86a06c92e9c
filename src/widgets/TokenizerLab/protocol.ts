// Messages between the lab (client.ts) and its worker (worker.ts).
import type { Segment } from '../../lib/tokenizer-stats.ts';
import type { TokenizerId } from '../../lib/tokenizers.ts';

export type ToWorker = { type: 'load' } | { type: 'encode'; job: number; text: string };

export interface Encoded {
  id: TokenizerId;
  label: string;
  count: number;
  segments: Segment[];
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'load-error'; message: string }
  | { type: 'progress'; job: number; done: number; total: number; label: string }
  | { type: 'result'; job: number; ms: number; encoded: Encoded[] };
