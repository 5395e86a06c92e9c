// The lab's vocabulary downloads, made by the page (not the workers) so they start at once.
import { withBase } from '../../lib/base-path.ts';
import type { TokenizerId } from '../../lib/tokenizers.ts';
import { VOCAB_FILES } from './protocol.ts';

/** The vocabulary files of `ids`, fetched from this site; fails with the address and the HTTP status. */
export function fetchVocabFiles(ids: TokenizerId[]): Promise<Record<string, ArrayBuffer>> {
  const paths = ids.flatMap((id) => VOCAB_FILES[id] ?? []);
  return Promise.all(
    paths.map(async (path) => {
      const url = withBase(path);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return [path, await res.arrayBuffer()] as const;
    }),
  ).then(Object.fromEntries);
}
