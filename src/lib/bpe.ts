// Byte-pair encoding for tiktoken-style vocabularies (cl100k), the way tiktoken's reference
// implementation does it: each pair rank is looked up once and only the two neighbours of a
// merge are re-ranked, instead of rebuilding every pair's key after each merge (js-tiktoken),
// which made a 2,000-character run of Hangul take 40 s. A pre-token longer than `maxRun`
// characters (a run of letters without spaces) is cut into bounded pieces before BPE, as
// reference tokenizers bound their work on long words; merges then never cross a cut. Real
// words are far shorter, so ordinary text encodes exactly as js-tiktoken encodes it.

export interface BpeVocab {
  /** Byte sequence, one char per byte (a "binary string", as atob returns it), → token id. */
  rankMap: Map<string, number>;
  /** Token id → its bytes as a binary string. */
  tokens: string[];
  /** The pre-tokenizer regex source. */
  patStr: string;
}

/** js-tiktoken's rank file format: `pat_str`, and `bpe_ranks` lines of "! offset token…" with base64 tokens. */
export interface TiktokenRanks {
  pat_str: string;
  bpe_ranks: string;
}

export const MAX_RUN = 256;

const utf8 = new TextEncoder();
const utf8Out = new TextDecoder();
// Binary-string keys, not js-tiktoken's comma-joined byte lists: building 100K keys with
// Array.join took half a second of the lab's start in the browser; atob is native.
const key = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The vocabulary of a tiktoken rank file (each line: a label, the first rank, then that rank's and the next ranks' tokens). */
export function bpeVocab(ranks: TiktokenRanks): BpeVocab {
  const rankMap = new Map<string, number>();
  const tokens: string[] = [];
  for (const line of ranks.bpe_ranks.split('\n')) {
    const parts = line.split(' ');
    if (parts.length < 3) continue;
    const first = Number(parts[1]);
    for (let i = 2; i < parts.length; i++) {
      const bytes = atob(parts[i]!);
      rankMap.set(bytes, first + i - 2);
      tokens[first + i - 2] = bytes;
    }
  }
  return { rankMap, tokens, patStr: ranks.pat_str };
}

/** Token ids → text; bytes that do not form whole UTF-8 characters become U+FFFD, as in tiktoken. */
export function decodeTokens(ids: number[], vocab: BpeVocab): string {
  const bytes = ids.map((id) => vocab.tokens[id] ?? '').join('');
  return utf8Out.decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
}

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
