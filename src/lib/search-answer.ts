// Answer cards: a query that names a model and/or a benchmark ("DeepSeek 67B MMLU",
// "라마2 70B GSM8K", "qwen-14b humaneval") is answered from content/data, not from page text.
// The index is built at build time (`buildAnswerIndex`) and matched in the browser (`answerFor`).
import { compact, queryTokens } from './search-expand.ts';
import { selectionQuery } from './explorer.ts';

export interface AnswerRow {
  paper: string;
  /** Label of the table that prints the number ("Table 5"). */
  table: string;
  /** Link to the row on the paper's results page. */
  href: string;
  text: string;
  score: number;
  setting: string;
}

export interface AnswerModel {
  id: string;
  name: string;
  kind: string;
  params: number | null;
  /** Compact name without family spelling and base/chat ("deepseek67b"). */
  key: string;
  paper: string | null;
}

export interface AnswerIndex {
  /** Compact family spelling → canonical family id ("라마" → "llama", "deepseekllm" → "deepseek"). */
  families: Record<string, string>;
  papers: Record<string, string>;
  models: AnswerModel[];
  benchmarks: Array<{ id: string; name: string; keys: string[] }>;
  /** Result tables as grouped in content/data: [paper id, table id, label]. */
  tables: Array<[string, string, string]>;
  /** Distinct setting texts ("5-shot", "0-shot · pass@1"). */
  settings: string[];
  /** [model index, benchmark index, table index, printed score, setting index, source label when another table prints it] */
  rows: Array<[number, number, number, string, number, string?]>;
  /** Configuration of a model from its paper's config tables: [label, value] pairs. */
  configs: Record<string, { paper: string; table: string; values: Array<[string, string]> }>;
}

type AnswerRow5 = AnswerIndex['rows'][number];
/** The answer rows as columns, as search-data.json carries them: gzip packs a column of like values far
 * better than mixed rows (8.5 → 5.3 KB of the first query's bytes, #15). Sources: null where none. */
export type PackedRows = [number[], number[], number[], string[], number[], Array<string | null>];

export function packRows(rows: AnswerIndex['rows']): PackedRows {
  return [0, 1, 2, 3, 4, 5].map((i) => rows.map((r) => r[i] ?? null)) as PackedRows;
}

export function unpackRows([m, b, t, text, setting, source]: PackedRows): AnswerIndex['rows'] {
  return m.map((_, k) => {
    const row: AnswerRow5 = [m[k]!, b[k]!, t[k]!, text[k]!, setting[k]!];
    if (source[k] != null) row.push(source[k]);
    return row;
  });
}

/** search-data.json's `answers`: the index with its rows packed. */
export type PackedAnswerIndex = Omit<AnswerIndex, 'rows'> & { rows: PackedRows };

export type Answer =
  | {
      type: 'pair';
      benchmark: { id: string; name: string };
      models: Array<{ model: AnswerModel; rows: AnswerRow[]; spread: number | null }>;
      explorer: string;
    }
  | {
      type: 'model';
      models: Array<{
        model: AnswerModel;
        config: AnswerIndex['configs'][string] | null;
        reported: Array<AnswerRow & { benchmark: string }>;
      }>;
      explorer: string;
    }
  | { type: 'benchmark'; benchmark: { id: string; name: string }; explorer: string };

const KIND_WORDS: Record<string, 'base' | 'chat'> = {
  base: 'base',
  베이스: 'base',
  기본: 'base',
  chat: 'chat',
  챗: 'chat',
  채팅: 'chat',
};

/** Tokens with family spellings replaced by the family id (longest spelling first). */
export function canonicalTokens(tokens: readonly string[], families: Record<string, string>, maxSpan = 3): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let done = false;
    for (let j = Math.min(tokens.length, i + maxSpan); j > i && !done; j--) {
      const fam = families[compact(tokens.slice(i, j).join(''))];
      if (fam) {
        out.push(fam);
        i = j;
        done = true;
      }
    }
    if (!done) out.push(compact(tokens[i++]!));
  }
  return out;
}

/** A model's key: its name's tokens, family canonical, base/chat dropped, joined. */
export function modelKey(name: string, families: Record<string, string>): string {
  const tokens = name.split(/[\s\-_()]+/).filter(Boolean);
  return canonicalTokens(tokens, families)
    .filter((t) => !KIND_WORDS[t])
    .join('');
}

const KIND_ORDER = ['base', 'chat'];
const kindRank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);

/** The explorer showing these benchmarks and models, single-paper pairs included (an answer may quote one paper). */
export function explorerLink(benchmarks: string[], models: string[]): string {
  return `/benchmarks/${selectionQuery({ benchmarks, models, crossOnly: false })}`;
}

function rowsOf(
  index: AnswerIndex,
  pred: (m: number, b: number) => boolean,
): Array<AnswerRow & { m: number; b: number }> {
  return index.rows
    .filter(([m, b]) => pred(m, b))
    .map(([m, b, t, text, setting, source]) => {
      const [paper, table, label] = index.tables[t]!;
      return {
        m,
        b,
        paper: index.papers[paper] ?? paper,
        table: source ?? label,
        // the row's anchor in the paper's results page (BenchmarkTable gives each row this id)
        href: `/papers/${paper}/#bt-${paper}-${table}--${index.models[m]!.id}`,
        text,
        score: Number(text),
        setting: index.settings[setting] ?? '',
      };
    });
}

/** pass@k with k > 1 measures something else; the spread leaves it out (as the explorer does). */
function spreadOf(rows: readonly AnswerRow[]): number | null {
  const s = rows.filter((r) => !/pass@(?!1\b)\d+|maj\d*@(?!1\b)\d+/.test(r.setting)).map((r) => r.score);
  return s.length > 1 ? Number((Math.max(...s) - Math.min(...s)).toFixed(4)) : null;
}

type Bench = AnswerIndex['benchmarks'][number];

/** The benchmark a query names: the longest key it contains; `rest` is the query without it. */
function matchBenchmark(q: string, index: AnswerIndex): { bench?: Bench; bi: number; rest: string } {
  let bench: Bench | undefined;
  let bestLen = 0;
  for (const b of index.benchmarks)
    for (const k of b.keys)
      if (k.length > bestLen && q.includes(k)) {
        bench = b;
        bestLen = k.length;
      }
  if (!bench) return { bi: -1, rest: q };
  const key = bench.keys.find((k) => k.length === bestLen && q.includes(k))!;
  return { bench, bi: index.benchmarks.indexOf(bench), rest: q.replace(key, ' ') };
}

/** The models whose key the rest of the query contains (longest key only), base before chat. */
function matchModels(rest: string, index: AnswerIndex, kinds: Set<'base' | 'chat' | undefined>): number[] {
  let len = 0;
  let found: number[] = [];
  index.models.forEach((m, mi) => {
    if (m.key.length < 4 || !rest.includes(m.key)) return;
    if (m.key.length > len) {
      len = m.key.length;
      found = [mi];
    } else if (m.key.length === len) found.push(mi);
  });
  if (kinds.size) found = found.filter((mi) => kinds.has(index.models[mi]!.kind as 'base' | 'chat'));
  return found.sort((a, b) => kindRank(index.models[a]!.kind) - kindRank(index.models[b]!.kind) || a - b);
}

function pairAnswer(index: AnswerIndex, bench: Bench, bi: number, found: number[]): Answer | null {
  const models = found
    .map((mi) => {
      const rows = rowsOf(index, (m, b) => m === mi && b === bi).map(({ m: _m, b: _b, ...r }) => r);
      return { model: index.models[mi]!, rows, spread: spreadOf(rows) };
    })
    .filter((x) => x.rows.length);
  if (!models.length) return null;
  return {
    type: 'pair',
    benchmark: { id: bench.id, name: bench.name },
    models,
    explorer: explorerLink(
      [bench.id],
      models.map((x) => x.model.id),
    ),
  };
}

function modelAnswer(index: AnswerIndex, found: number[]): Answer {
  const models = found.map((mi) => {
    const model = index.models[mi]!;
    const own = rowsOf(index, (m) => m === mi);
    const fromOwnPaper = model.paper ? own.filter((r) => r.paper === (index.papers[model.paper!] ?? model.paper)) : own;
    return {
      model,
      config: index.configs[model.id] ?? null,
      reported: (fromOwnPaper.length ? fromOwnPaper : own).map(({ m: _m, b, ...r }) => ({
        ...r,
        benchmark: index.benchmarks[b]!.name,
      })),
    };
  });
  return {
    type: 'model',
    models,
    explorer: explorerLink(
      [],
      models.map((x) => x.model.id),
    ),
  };
}

export function answerFor(raw: string, index: AnswerIndex): Answer | null {
  const tokens = canonicalTokens(
    queryTokens(raw).flatMap((t) => t.split(/[-_()]+/).filter(Boolean)),
    index.families,
  );
  const kinds = new Set(tokens.map((t) => KIND_WORDS[t]).filter(Boolean));
  const q = tokens.filter((t) => !KIND_WORDS[t]).join('');
  if (!q) return null;
  const { bench, bi, rest } = matchBenchmark(q, index);
  const found = matchModels(rest, index, kinds);
  if (bench && found.length) {
    const pair = pairAnswer(index, bench, bi, found);
    if (pair) return pair;
  }
  if (found.length && !bench) return modelAnswer(index, found);
  if (bench)
    return { type: 'benchmark', benchmark: { id: bench.id, name: bench.name }, explorer: explorerLink([bench.id], []) };
  return null;
}
