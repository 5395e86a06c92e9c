// Query expansion for Korean ↔ English search. The index holds only what pages say; a query
// written with one name of a thing ("reward model", "라마 2", "리워드 모델") is also run with
// the thing's other names ("보상 모델", "Llama 2"), and a Korean word is also run as the
// compounds the site writes it in ("모델" → "언어모델"). The names come from content data
// (concept frontmatter, model-families.yaml, search-terms.yaml) through `SearchData`.
import { normaliseQuery, stripParticle } from './search-query.ts';

export interface SearchData {
  /** Groups of names for one thing; any name stands for the others. */
  groups: string[][];
  /** A Korean word → words of the indexed text that contain it after their first syllable. */
  compounds: Record<string, string[]>;
  /** Glossary entries offered when nothing matches. */
  glossary: Array<{ title: string; en: string; url: string }>;
}

const HANGUL = /[\uac00-\ud7a3]/;

/** A name or query span reduced to what identifies it: lower case, no spaces or dashes. */
export function compact(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-_–—·/()（）]+/g, '');
}

/** Splits words where Hangul meets another script ("라마2" → "라마", "2"), after stripping a particle. */
export function queryTokens(q: string): string[] {
  return normaliseQuery(q)
    .split(' ')
    .filter(Boolean)
    .map(stripParticle)
    .flatMap((w) => w.split(/(?<=[\uac00-\ud7a3])(?=[^\uac00-\ud7a3])|(?<=[^\uac00-\ud7a3])(?=[\uac00-\ud7a3])/u))
    .filter(Boolean);
}

export type NameIndex = Map<string, number[]>;

export function nameIndex(groups: readonly (readonly string[])[]): NameIndex {
  const idx: NameIndex = new Map();
  groups.forEach((g, gi) =>
    g.forEach((n) => {
      const k = compact(n);
      if (!k) return;
      const list = idx.get(k) ?? [];
      if (!list.includes(gi)) list.push(gi);
      idx.set(k, list);
    }),
  );
  return idx;
}

interface Span {
  start: number;
  end: number;
  key: string;
  groups: number[];
}

/** Longest names found in the token list, left to right, without overlap. */
export function findNames(tokens: readonly string[], idx: NameIndex, maxSpan = 5): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length;) {
    let hit: Span | undefined;
    for (let j = Math.min(tokens.length, i + maxSpan); j > i && !hit; j--) {
      const key = compact(tokens.slice(i, j).join(''));
      const groups = idx.get(key);
      if (groups) hit = { start: i, end: j, key, groups };
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i += 1;
  }
  return out;
}

const isHangul = (s: string) => HANGUL.test(s);

/** The other names of a span's groups, names in the other script first (that is what the query lacks). */
export function alternatives(span: Span, groups: readonly (readonly string[])[], perSpan = 2): string[] {
  const matchedKorean = isHangul(span.key);
  const names = [...new Set(span.groups.flatMap((g) => groups[g] ?? []))].filter((n) => compact(n) !== span.key);
  // a short abbreviation ("RM") prefix-matches unrelated words (RMSNorm): it goes last
  const short = (n: string) => compact(n).length <= 3;
  const byUse = (a: string, b: string) => Number(short(a)) - Number(short(b));
  const other = names.filter((n) => isHangul(n) !== matchedKorean).sort(byUse);
  const same = names.filter((n) => isHangul(n) === matchedKorean).sort(byUse);
  const seen = new Set<string>();
  return [...other, ...same]
    .filter((n) => {
      const k = compact(n);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, perSpan);
}

/**
 * The queries to run for what the reader typed, most literal first: the query as typed, with
 * particles stripped, with each recognised name swapped for its other names, and with a Korean
 * word swapped for the compounds that contain it. Capped, because each variant is a search.
 */
export function expandQuery(
  raw: string,
  data: Pick<SearchData, 'groups' | 'compounds'>,
  idx = nameIndex(data.groups),
  max = 6,
): string[] {
  const q = normaliseQuery(raw);
  if (!q) return [];
  const tokens = queryTokens(q);
  const out = new Set<string>([q, normaliseQuery(q.split(' ').map(stripParticle).join(' '))]);
  const spans = findNames(tokens, idx);
  const swap = (s: Span, name: string) => [...tokens.slice(0, s.start), name, ...tokens.slice(s.end)].join(' ');
  // all names swapped at once first (a query in one language becomes the other), then one at a time
  if (spans.length > 1) {
    const firsts = spans.map((s) => alternatives(s, data.groups, 1)[0]);
    if (firsts.every(Boolean)) {
      let t = [...tokens];
      for (const [i, s] of [...spans.entries()].reverse()) t = [...t.slice(0, s.start), firsts[i]!, ...t.slice(s.end)];
      out.add(t.join(' '));
    }
  }
  for (const s of spans) for (const a of alternatives(s, data.groups)) out.add(swap(s, a));
  tokens.forEach((t, i) => {
    for (const c of data.compounds[t] ?? []) out.add([...tokens.slice(0, i), c, ...tokens.slice(i + 1)].join(' '));
  });
  return [...out].filter(Boolean).slice(0, max);
}

/**
 * Compounds for the query side: for each term, the distinct words of the text that end with it
 * after a Hangul part of at least two syllables (사전학습, 보상모델; not 재학습 or 프로그램),
 * particles stripped, most frequent first.
 */
export function compoundsOf(text: string, terms: readonly string[], perTerm = 2): Record<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || !isHangul(raw)) continue;
    const w = stripParticle(raw);
    for (const t of terms) {
      if (!w.endsWith(t) || w === t || !/^[\uac00-\ud7a3]{2,}$/.test(w.slice(0, -t.length))) continue;
      const m = counts.get(t) ?? new Map<string, number>();
      m.set(w, (m.get(w) ?? 0) + 1);
      counts.set(t, m);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [t, m] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
    out[t] = [...m]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, perTerm)
      .map(([w]) => w);
  return out;
}

/** Glossary entries that share the most letter pairs with the query, for the "nothing found" state. */
export function suggestFromGlossary(raw: string, glossary: SearchData['glossary'], n = 5): SearchData['glossary'] {
  const pairs = (s: string) => {
    const c = compact(s);
    const set = new Set<string>();
    for (let i = 0; i < c.length - 1; i++) set.add(c.slice(i, i + 2));
    if (c.length === 1) set.add(c);
    return set;
  };
  const qp = pairs(raw);
  const scored = glossary
    .map((g) => {
      const gp = new Set([...pairs(g.title), ...pairs(g.en)]);
      let shared = 0;
      for (const p of qp) if (gp.has(p)) shared += 1;
      return { g, shared };
    })
    .sort((a, b) => b.shared - a.shared || a.g.title.localeCompare(b.g.title));
  const hits = scored.filter((s) => s.shared > 0).map((s) => s.g);
  // nothing in common: offer the start of the glossary rather than nothing
  return (hits.length ? hits : glossary).slice(0, n);
}
