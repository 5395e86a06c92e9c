// Re-splits Pagefind's word index into small chunks (issue #15: the first query's bytes).
//
// Pagefind 1.x cuts its word index into chunks of about 20,000 word locations, a size fixed in
// its code (not an option); here that is 30–40 KB gzip per chunk, and a query loads one chunk
// per word, so a three-word query fetched ~130 KB of index. The browser side only needs, per
// word, the one chunk whose [from, to] range holds it, so the same words can be cut into many
// small chunks. Pure: CBOR bytes in, CBOR bytes out; src/build/search-chunks.ts does the files.
//
// Two rules keep every query finding what it found before (tests/unit/search-chunks.test.ts):
// - a cut never separates two words that share their first `keepPrefix` characters, so the
//   words a query term of that length or longer prefix-matches all sit in one chunk;
// - a chunk's `to` is its last word's distinguishing prefix followed by U+10FFFF, so a longer
//   term that starts with that prefix still falls inside the chunk. (Pagefind's own `to` is the
//   bare prefix, which a longer term sorts after, so such a term found no chunk.)

/** The CBOR values Pagefind's index files use: unsigned/negative integers, text, bytes, arrays. */
export type Cbor = number | string | Uint8Array | Cbor[];

const MAX_CHAR = '\u{10FFFF}';

/** Decodes one CBOR item (the subset above; maps and floats are refused by name). */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  const arg = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${i - 1}`);
    const at = i;
    i += size;
    if (size === 1) return view.getUint8(at);
    if (size === 2) return view.getUint16(at);
    if (size === 4) return view.getUint32(at);
    const big = view.getBigUint64(at);
    if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR: integer too large at byte ${at}`);
    return Number(big);
  };
  const item = (): Cbor => {
    if (i >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const head = bytes[i++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 4 && info === 31) {
      const out: Cbor[] = [];
      while (bytes[i] !== 0xff) out.push(item());
      i += 1;
      return out;
    }
    const n = arg(info);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const slice = bytes.subarray(i, i + n);
      i += n;
      return major === 2 ? slice.slice() : text.decode(slice);
    }
    if (major === 4) return Array.from({ length: n }, item);
    throw new Error(`CBOR: unsupported major type ${major} at byte ${i - 1}`);
  };
  const v = item();
  if (i !== bytes.length) throw new Error(`CBOR: ${bytes.length - i} trailing bytes`);
  return v;
}

/** Encodes with definite lengths and the shortest integer forms, as Pagefind's encoder writes. */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const utf8 = new TextEncoder();
  const head = (major: number, n: number): void => {
    const m = major << 5;
    if (n < 24) out.push(m | n);
    else if (n < 0x100) out.push(m | 24, n);
    else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push(m | 26, n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else {
      const b = new Uint8Array(8);
      new DataView(b.buffer).setBigUint64(0, BigInt(n));
      out.push(m | 27, ...b);
    }
  };
  const put = (v: Cbor): void => {
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new Error(`CBOR: not an integer: ${v}`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const b = utf8.encode(v);
      head(3, b.length);
      for (const x of b) out.push(x);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const x of v) out.push(x);
    } else {
      head(4, v.length);
      v.forEach(put);
    }
  };
  put(value);
  return Uint8Array.from(out);
}

/** Length of the common prefix of two strings, in code points. */
export function commonPrefix(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return n;
}

/** Byte order of UTF-8, which is how Pagefind (Rust) sorts and compares words. */
export function compareWords(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    const d = x[k]!.codePointAt(0)! - y[k]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

export interface ChunkRange {
  from: string;
  to: string;
}

export interface ChunkPlan {
  /** Each chunk's word entries, in index order. */
  chunks: Cbor[][];
  ranges: ChunkRange[];
}

export interface ChunkOptions {
  /** Aim for chunks of about this many encoded bytes (before gzip). */
  targetBytes: number;
  /** Never cut between two words sharing this many leading characters. */
  keepPrefix: number;
}

/** The word a Pagefind index entry (`[word, pages, variants…]`) is filed under. */
export function entryWord(entry: Cbor, where: string): string {
  if (!Array.isArray(entry) || typeof entry[0] !== 'string')
    throw new Error(`${where}: expected a word entry [word, pages, …], got ${JSON.stringify(entry).slice(0, 80)}`);
  return entry[0];
}

const prefix = (w: string, n: number): string => [...w].slice(0, n).join('');

/** Cuts sorted word entries into chunks of about `targetBytes`, at allowed places only. */
export function planChunks(entries: Cbor[], opts: ChunkOptions): ChunkPlan {
  const words = entries.map((e, k) => entryWord(e, `word entry ${k}`));
  for (let k = 1; k < words.length; k++)
    if (compareWords(words[k - 1]!, words[k]!) >= 0)
      throw new Error(`word index not in sorted order at "${words[k - 1]}" / "${words[k]}"`);
  const chunks: Cbor[][] = [];
  let cur: Cbor[] = [];
  let size = 0;
  entries.forEach((e, k) => {
    const next = words[k + 1];
    cur.push(e);
    size += encodeCbor(e).length;
    if (next !== undefined && size >= opts.targetBytes && commonPrefix(words[k]!, next) < opts.keepPrefix) {
      chunks.push(cur);
      cur = [];
      size = 0;
    }
  });
  if (cur.length) chunks.push(cur);
  const ranges = chunks.map((c, k): ChunkRange => {
    const first = entryWord(c[0]!, 'chunk');
    const last = entryWord(c.at(-1)!, 'chunk');
    const before = k > 0 ? entryWord(chunks[k - 1]!.at(-1)!, 'chunk') : undefined;
    const after = k < chunks.length - 1 ? entryWord(chunks[k + 1]![0]!, 'chunk') : undefined;
    return {
      from: before === undefined ? '' : prefix(first, commonPrefix(before, first) + 1),
      to: after === undefined ? MAX_CHAR : prefix(last, commonPrefix(last, after) + 1) + MAX_CHAR,
    };
  });
  return { chunks, ranges };
}

/** The first chunk whose range holds a term: what Pagefind's browser code loads for it. */
export function chunkFor(ranges: ChunkRange[], term: string): number {
  return ranges.findIndex((r) => compareWords(term, r.from) >= 0 && compareWords(term, r.to) <= 0);
}

/** The chunker's `keepPrefix`: words typed at least this long already name their chunk. */
export const KEEP_PREFIX = 3;
