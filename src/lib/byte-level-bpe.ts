// Qwen's tokenizer without the general Hugging Face machinery. Its tokenizer.json is a
// byte-level BPE converted from a tiktoken rank file: merge i always produces a token whose id
// grows with i, and every token past the 256 byte tokens is some merge's result. Merging by
// the rank of the joined bytes (./bpe.ts, as tiktoken does) therefore gives the same ids as
// merging by merge index, and the lab can ship the vocabulary alone (1.8 MB instead of 3.8 MB
// with merges) and skip building 151K-entry maps of merge pairs. `byteLevelSpec` checks those
// properties on the real file and refuses one that lacks them; tests/unit compares the ids
// with the library's on every review.
import { decodeTokens, encodeOrdinary, type BpeVocab } from './bpe.ts';

/** What the browser downloads: tokens by id (in the file's byte-to-character alphabet), the split regex, the added tokens. */
export interface ByteLevelSpec {
  vocab: string[];
  pattern: string;
  added: Array<{ id: number; content: string }>;
}

interface HfByteLevelJson {
  normalizer?: { type?: string } | null;
  pre_tokenizer?: { type?: string; pretokenizers?: Array<{ type?: string; pattern?: { Regex?: string } }> };
  added_tokens?: Array<{ id: number; content: string; lstrip?: boolean; rstrip?: boolean; single_word?: boolean }>;
  model?: { type?: string; vocab?: Record<string, number>; merges?: Array<[string, string] | string> };
}

/** GPT-2's byte → printable character table, which byte-level BPE files write their tokens in. */
function byteToChar(): string[] {
  const table: string[] = [];
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
    table[b] = String.fromCharCode(printable ? b : 256 + extra++);
  }
  return table;
}

const CHAR_TO_BYTE = new Map(byteToChar().map((c, b) => [c, String.fromCharCode(b)]));

// The case-insensitive contraction group of the file's regex, which JavaScript's RegExp cannot read as written.
const CONTRACTIONS = [`(?i:'s|'t|'re|'ve|'m|'ll|'d)`, `(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])`];

/** The spec of a byte-level BPE tokenizer.json, or an error naming the field that does not fit. */
export function byteLevelSpec(json: unknown, where = 'tokenizer.json'): ByteLevelSpec {
  const j = json as HfByteLevelJson;
  const fail = (field: string, expected: string) => {
    throw new Error(`${where}: ${field} must be ${expected}`);
  };
  if (j.model?.type !== 'BPE' || !j.model.vocab || !Array.isArray(j.model.merges))
    fail('model', 'a BPE model with vocab and merges');
  if (j.normalizer && j.normalizer.type !== 'NFC') fail('normalizer', 'NFC or none');
  const steps = j.pre_tokenizer?.pretokenizers ?? [];
  const regex = steps[0]?.type === 'Split' ? steps[0].pattern?.Regex : undefined;
  if (steps.length !== 2 || regex === undefined || steps[1]?.type !== 'ByteLevel')
    fail('pre_tokenizer', 'a Split regex followed by ByteLevel');
  const vocab: string[] = [];
  for (const [token, id] of Object.entries(j.model!.vocab!)) vocab[id] = token;
  if (vocab.length !== Object.keys(j.model!.vocab!).length || vocab.includes(undefined as unknown as string))
    fail('model.vocab', 'ids 0…n−1, once each');
  let last = 255;
  const made = new Set<string>();
  for (const [i, m] of j.model!.merges!.entries()) {
    const [a, b] = Array.isArray(m) ? m : m.split(' ');
    const id = j.model!.vocab![`${a}${b}`];
    if (id === undefined || id <= last)
      fail(`model.merges[${i}]`, 'a merge whose result has a higher id than the previous merge’s');
    last = id!;
    made.add(`${a}${b}`);
  }
  vocab.forEach((token, id) => {
    if (id >= 256 && !made.has(token)) fail(`model.vocab["${token}"]`, 'a byte or the result of a merge');
  });
  const added = (j.added_tokens ?? []).map((t) => {
    if (t.lstrip || t.rstrip || t.single_word)
      fail(`added_tokens["${t.content}"]`, 'matched exactly (no lstrip, rstrip, single_word)');
    return { id: t.id, content: t.content };
  });
  return { vocab, pattern: regex!.replace(CONTRACTIONS[0]!, CONTRACTIONS[1]!), added };
}

export interface ByteLevelTokenizer {
  encode(text: string): number[];
  decode(ids: number[]): string;
}

const utf8 = new TextEncoder();

/** A tokenizer from a spec: added tokens are cut out first, the rest is NFC-normalised, split and merged. */
export function byteLevelTokenizer(spec: ByteLevelSpec): ByteLevelTokenizer {
  const bytes = (token: string) => Array.from(token, (c) => CHAR_TO_BYTE.get(c) ?? '').join('');
  const vocab: BpeVocab = { rankMap: new Map(), tokens: [], patStr: spec.pattern };
  spec.vocab.forEach((token, id) => {
    const b = bytes(token);
    vocab.rankMap.set(b, id);
    vocab.tokens[id] = b;
  });
  const added = new Map(spec.added.map((t) => [t.content, t.id]));
  for (const t of spec.added) vocab.tokens[t.id] = String.fromCharCode(...utf8.encode(t.content));
  // longest first, so that a token that starts another never cuts it short
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const cut = spec.added.length
    ? new RegExp(
        `(${[...added.keys()]
          .sort((a, b) => b.length - a.length)
          .map(escape)
          .join('|')})`,
      )
    : undefined;
  return {
    encode(text) {
      const out: number[] = [];
      for (const part of cut ? text.split(cut) : [text]) {
        const id = added.get(part);
        if (id !== undefined) out.push(id);
        else if (part) out.push(...encodeOrdinary(part.normalize('NFC'), vocab));
      }
      return out;
    },
    decode: (ids) => decodeTokens(ids, vocab),
  };
}
