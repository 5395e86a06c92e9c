// Tokenizes off the main thread, so no input can freeze the page; the lab cancels a job by
// terminating its workers. Each worker holds the tokenizers the lab asks it to load
// (protocol.ts WORKER_GROUPS) and reports progress after each of them.
import { segments } from '../../lib/tokenizer-stats.ts';
import type { LabTokenizer } from '../../lib/tokenizers.ts';
import { loadTokenizers } from './load.ts';
import type { Encoded, FromWorker, ToWorker } from './protocol.ts';

let toks: LabTokenizer[] | undefined;
const post = (m: FromWorker) => postMessage(m);
// The vocabulary files arrive from the page in one message, possibly after 'load'.
let gotFiles: (files: Record<string, ArrayBuffer>) => void;
const files = new Promise<Record<string, ArrayBuffer>>((resolve) => (gotFiles = resolve));
const file = async (path: string) => {
  const bytes = (await files)[path];
  if (!bytes) throw new Error(`${path}: not sent to the worker`);
  return bytes;
};

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'files') return gotFiles(msg.files);
  if (msg.type === 'load') {
    try {
      toks ??= await loadTokenizers(msg.ids, file);
      post({ type: 'ready' });
    } catch (err) {
      post({ type: 'load-error', message: (err as Error).message });
    }
    return;
  }
  if (!toks) return;
  const encoded: Encoded[] = [];
  for (const t of toks) {
    const ids = t.encode(msg.text);
    encoded.push({ id: t.id, label: t.label, count: ids.length, segments: segments(ids, (g) => t.decode(g)) });
    post({ type: 'progress', job: msg.job, label: t.label });
  }
  post({ type: 'result', job: msg.job, encoded });
};
