// A smaller wire form of a Hugging Face BPE tokenizer.json for the lab's download: the vocabulary
// as an array indexed by token id instead of a token → id object, and merges as "a b" strings
// (a form tokenizer.json itself allows) instead of pairs. Used for Llama 2's file (1.16 → 0.98 MB);
// Qwen's goes further, without merges (./byte-level-bpe.ts).

interface BpeModel {
  type: 'BPE';
  vocab: Record<string, number> | string[];
  merges: string[] | [string, string][];
  [k: string]: unknown;
}

interface HfTokenizer {
  model: BpeModel;
  [k: string]: unknown;
}

function bpeModel(json: unknown, where: string): BpeModel {
  const model = (json as { model?: { type?: unknown } } | null)?.model;
  if (!model || model.type !== 'BPE') throw new Error(`${where}: model.type must be "BPE", got ${String(model?.type)}`);
  return model as BpeModel;
}

/** The tokenizer with its vocabulary as an id-indexed array and its merges as strings. */
export function packHfTokenizer(json: unknown, where = 'tokenizer.json'): HfTokenizer {
  const model = bpeModel(json, where);
  if (Array.isArray(model.vocab)) throw new Error(`${where}: model.vocab is already an array (packed twice?)`);
  const entries = Object.entries(model.vocab);
  const byId: string[] = new Array<string>(entries.length);
  for (const [token, id] of entries) {
    if (!Number.isInteger(id) || id < 0 || id >= entries.length || byId[id] !== undefined)
      throw new Error(
        `${where}: model.vocab must map its ${entries.length} tokens to the ids 0…${entries.length - 1} once each; "${token}" has ${id}`,
      );
    byId[id] = token;
  }
  const pairs = model.merges.filter((m): m is [string, string] => Array.isArray(m));
  // A part containing a space cannot be written "a b"; such a file keeps its pairs.
  const merges = pairs.some(([a, b]) => a.includes(' ') || b.includes(' '))
    ? model.merges
    : model.merges.map((m) => (Array.isArray(m) ? `${m[0]} ${m[1]}` : m));
  return { ...(json as HfTokenizer), model: { ...model, vocab: byId, merges } };
}

/** The vocabulary back as the token → id object the tokenizer library expects; merges stay strings, which it reads as pairs. */
export function unpackHfTokenizer(json: unknown, where = 'tokenizer.json'): HfTokenizer {
  const model = bpeModel(json, where);
  if (!Array.isArray(model.vocab)) return json as HfTokenizer;
  const vocab: Record<string, number> = {};
  model.vocab.forEach((token, id) => (vocab[token] = id));
  return { ...(json as HfTokenizer), model: { ...model, vocab } };
}
