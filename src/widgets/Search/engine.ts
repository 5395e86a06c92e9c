// Pagefind and the search data (name groups, compounds, answer index), loaded when the search
// opens — never on page load — and queried with the expanded variants of what the reader typed.
// A failed load is forgotten, so the next attempt fetches again.
import {
  compact,
  expandQuery,
  nameIndex,
  queryTokens,
  type NameIndex,
  type SearchData,
} from '../../lib/search-expand.ts';
import { unpackRows, type AnswerIndex, type PackedAnswerIndex } from '../../lib/search-answer.ts';
import { withBase } from '../../lib/base-path.ts';
import { KEEP_PREFIX } from '../../lib/search-chunks.ts';
import { unpackHits, type HitInfo, type PackedHits } from '../../lib/search-hits.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

export type LoadedData = SearchData & { answers: AnswerIndex; names: NameIndex; hits: Map<string, HitInfo> };

/** Where the built files live (overridable for tests of the failure path). */
export const SEARCH_FILES = { pagefind: withBase('/pagefind/pagefind.js'), data: withBase('/search-data.json') };

/** A promise cache that drops a rejected promise, so the next call retries. */
function retrying<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= load().catch((e: unknown) => {
      p = undefined;
      throw e;
    });
    return p;
  };
}

let attempt = 0;
export const loadPagefind = retrying(async () => {
  // a failed module import stays failed for its URL, so a retry imports a fresh instance
  const url = attempt++ ? `${SEARCH_FILES.pagefind}?retry=${attempt}` : SEARCH_FILES.pagefind;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  // noWorker: Pagefind 1.6 would fetch a second copy of its code for a web worker (12 KB gzip, #15's
  // byte budget); with chunks of ~2.5 KB the search itself takes a few ms, measured as long tasks by
  // `npm run bench:search`.
  await pf.options({ excerptLength: 22, noWorker: true, basePath: SEARCH_FILES.pagefind.replace(/[^/]*$/, '') });
  await pf.init();
  return pf;
});

export const loadSearchData = retrying(async (): Promise<LoadedData> => {
  const res = await fetch(SEARCH_FILES.data);
  if (!res.ok) throw new Error(`${SEARCH_FILES.data}: HTTP ${res.status}`);
  const d = (await res.json()) as SearchData & { answers: PackedAnswerIndex; hits: PackedHits };
  return {
    ...d,
    answers: { ...d.answers, rows: unpackRows(d.answers.rows) },
    names: nameIndex(d.groups),
    hits: unpackHits(d.hits),
  };
});

/** Starts both loads; called when the dialog opens or the field gets focus. Errors surface on search. */
export function warm(): void {
  loadPagefind().catch(() => undefined);
  loadSearchData().catch(() => undefined);
}

/**
 * The index words a query will need, as Pagefind compares them: lower case, punctuation dropped,
 * decomposed. Only words of at least KEEP_PREFIX characters: every word a longer word completes
 * to sits in the same index chunk (src/lib/search-chunks.ts), so preloading while the reader
 * types costs no chunk the finished query would not load.
 */
export function preloadWords(variant: string): string[] {
  return variant
    .toLowerCase()
    .replace(/\p{P}/gu, '')
    .normalize('NFD')
    .split(/\s+/)
    .filter((w) => [...w].length >= KEEP_PREFIX);
}

/**
 * Whether a query may search without waiting for the next key: every word it has reaches the
 * chunk prefix, so its search loads no chunk beyond those the preload asks for.
 */
export function searchesNow(raw: string): boolean {
  const words = raw.trim() ? raw.trim().split(/\s+/) : [];
  return words.length > 0 && words.every((w) => preloadWords(w).length === 1);
}

/** Fewest characters of a name typed before its other names are preloaded. */
const NAME_PREFIX = 4;

/**
 * The query the reader is probably typing when its end is the start of a known name
 * ("reward mo" → "reward model", "스케일링 법" → "스케일링 법칙"): its expansion brings the
 * name's other names (보상 모델, scaling laws), whose chunks the finished query would otherwise
 * fetch after the last keystroke. Only a prefix of at least NAME_PREFIX characters whose names
 * all belong to one group counts, so a guess costs a chunk or two at most.
 */
export function likelyCompletions(raw: string, groups: readonly (readonly string[])[], names: NameIndex): string[] {
  const tokens = queryTokens(raw);
  const out: string[] = [];
  for (let k = 1; k <= Math.min(3, tokens.length); k++) {
    const tail = compact(tokens.slice(-k).join(''));
    if ([...tail].length < NAME_PREFIX) continue;
    const keys = [...names.keys()].filter((key) => key.startsWith(tail) && key !== tail);
    const owners = new Set(keys.map((key) => names.get(key)!.join()));
    if (owners.size !== 1) continue;
    const key = keys.reduce((a, b) => (b.length < a.length ? b : a));
    const name = groups[names.get(key)![0]!]!.find((n) => compact(n) === key)!;
    out.push([...tokens.slice(0, -k), name].join(' '));
  }
  return out;
}

const preloaded = new Set<string>();

/**
 * Called on every keystroke, before the debounce: fetches the index chunks of the words typed so
 * far (and of the names they expand to), so the search after the last keystroke rarely waits
 * for the network. Does nothing until the index and the search data are loaded.
 */
export async function preload(raw: string): Promise<void> {
  try {
    const [pf, data] = await Promise.all([loadPagefind(), loadSearchData()]);
    const guesses = likelyCompletions(raw, data.groups, data.names);
    for (const v of [raw, ...guesses].flatMap((q) => expandQuery(q, data, data.names))) {
      const words = preloadWords(v).filter((w) => !preloaded.has(w));
      if (!words.length) continue;
      words.forEach((w) => preloaded.add(w));
      void pf.preload(words.join(' ')).catch(() => words.forEach((w) => preloaded.delete(w)));
    }
  } catch {
    // a failed load surfaces on the search itself
  }
}

export interface Ranked {
  results: PagefindResult[];
  /** Results the kind filter hides (counted only when the filtered search finds nothing). */
  hiddenByFilter: number;
}

/** Literal query first; a variant's hit counts a little less, so pages that say what was typed lead. */
const VARIANT_WEIGHT = 0.85;

async function runVariants(
  pf: Pagefind,
  variants: string[],
  filters: Record<string, unknown>,
): Promise<PagefindResult[]> {
  const lists = await Promise.all(variants.map(async (v) => (await pf.search(v, { filters }))?.results ?? []));
  const best = new Map<string, { r: PagefindResult; score: number; first: number }>();
  lists.forEach((list, vi) =>
    list.forEach((r, ri) => {
      const score = r.score * (vi < 2 ? 1 : VARIANT_WEIGHT);
      const had = best.get(r.id);
      if (!had || score > had.score) best.set(r.id, { r, score, first: had?.first ?? vi * 1000 + ri });
    }),
  );
  return [...best.values()].sort((a, b) => b.score - a.score || a.first - b.first).map((x) => x.r);
}

export async function search(raw: string, kind: string | null): Promise<Ranked> {
  const [pf, data] = await Promise.all([loadPagefind(), loadSearchData()]);
  const variants = expandQuery(raw, data, data.names);
  if (!variants.length) return { results: [], hiddenByFilter: 0 };
  const results = await runVariants(pf, variants, kind ? { kind } : {});
  const hiddenByFilter = kind && !results.length ? (await runVariants(pf, variants, {})).length : 0;
  return { results, hiddenByFilter };
}
