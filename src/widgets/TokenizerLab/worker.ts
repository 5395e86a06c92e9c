// Tokenizes off the main thread, so no input can freeze the page; the lab cancels a job by
// terminating this worker. Reports progress after each tokenizer.
import { segments } from '../../lib/tokenizer-stats.ts';
import type { LabTokenizer } from '../../lib/tokenizers.ts';
import { loadTokenizers } from './load.ts';
import type { Encoded, FromWorker, ToWorker } from './protocol.ts';

let toks: LabTokenizer[] | undefined;
const post = (m: FromWorker) => postMessage(m);

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'load') {
    try {
      toks ??= await loadTokenizers();
      post({ type: 'ready' });
    } catch (err) {
      post({ type: 'load-error', message: (err as Error).message });
    }
    return;
  }
  if (!toks) return;
  const started = performance.now();
  const encoded: Encoded[] = [];
  for (const [i, t] of toks.entries()) {
    const ids = t.encode(msg.text);
    encoded.push({ id: t.id, label: t.label, count: ids.length, segments: segments(ids, (g) => t.decode(g)) });
    post({ type: 'progress', job: msg.job, done: i + 1, total: toks.length, label: t.label });
  }
  post({ type: 'result', job: msg.job, ms: Math.round(performance.now() - started), encoded });
};
