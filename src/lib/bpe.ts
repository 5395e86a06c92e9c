// Byte-pair encoding for tiktoken-style vocabularies (cl100k), the way tiktoken's reference
// implementation does it: each pair rank is looked up once and only the two neighbours of a
// merge are re-ranked, instead of rebuilding every pair's key after each merge (js-tiktoken),
// which made a 2,000-character run of Hangul take 40 s. A pre-token longer than `maxRun`
// characters (a run of letters without spaces) is cut into bounded pieces before BPE, as
// reference tokenizers bound their work on long words; merges then never cross a cut. Real
// words are far shorter, so ordinary text encodes exactly as js-tiktoken encodes it.

export interface BpeVocab {
  /** Byte sequence, as comma-joined byte values, → token id (js-tiktoken's `rankMap`). */
  rankMap: Map<string, number>;
  /** The pre-tokenizer regex source (js-tiktoken's `patStr`). */
  patStr: string;
}

export const MAX_RUN = 256;

const utf8 = new TextEncoder();
const key = (bytes: Uint8Array, from: number, to: number) => bytes.subarray(from, to).join(',');

/** Token ids of one pre-token's bytes. */
export function bytePairEncode(bytes: Uint8Array, ranks: Map<string, number>): number[] {
  const whole = ranks.get(key(bytes, 0, bytes.length));
  if (whole !== undefined) return [whole];
  // bounds[i] is where part i starts; rank[i] is the rank of merging parts i and i+1.
  const bounds = Array.from({ length: bytes.length + 1 }, (_, i) => i);
  const rankAt = (i: number) =>
    i + 2 < bounds.length ? (ranks.get(key(bytes, bounds[i]!, bounds[i + 2]!)) ?? Infinity) : Infinity;
  const rank = bounds.map((_, i) => rankAt(i));
  for (;;) {
    let min = Infinity;
    let at = -1;
    for (let i = 0; i < rank.length - 1; i++)
      if (rank[i]! < min) {
        min = rank[i]!;
        at = i;
      }
    if (at < 0) break;
    bounds.splice(at + 1, 1);
    rank.splice(at + 1, 1);
    rank[at] = rankAt(at);
    if (at > 0) rank[at - 1] = rankAt(at - 1);
  }
  const out: number[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const id = ranks.get(key(bytes, bounds[i]!, bounds[i + 1]!));
    if (id !== undefined) out.push(id);
  }
  return out;
}

/** A pre-token cut into pieces of at most `maxRun` code points. */
export function boundedPieces(piece: string, maxRun = MAX_RUN): string[] {
  const chars = [...piece];
  if (chars.length <= maxRun) return [piece];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += maxRun) out.push(chars.slice(i, i + maxRun).join(''));
  return out;
}

/** Text → token ids, special-token strings treated as ordinary text (tiktoken's encode_ordinary). */
export function encodeOrdinary(text: string, vocab: BpeVocab, maxRun = MAX_RUN): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(new RegExp(vocab.patStr, 'ug')))
    for (const piece of boundedPieces(m[0], maxRun)) out.push(...bytePairEncode(utf8.encode(piece), vocab.rankMap));
  return out;
}
