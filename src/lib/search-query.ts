// Korean-aware query expansion for Pagefind, which indexes Korean by whitespace-separated
// words and matches by prefix (see shared/notes/search-korean.md). A query word that carries
// a particle the page text lacks ("토크나이저를") is also searched as its stem ("토크나이저").

// Longest first, so "에서" is tried before "에" and "으로" before "로".
const PARTICLES = [
  '으로부터',
  '에서부터',
  '이라는',
  '에서는',
  '에서도',
  '으로는',
  '으로도',
  '에게서',
  '까지는',
  '부터는',
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '처럼',
  '보다',
  '라는',
  '이나',
  '에는',
  '에도',
  '과의',
  '와의',
  '이다',
  '하고',
  '같이',
  '마다',
  '조차',
  '만큼',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '나',
  '랑',
] as const;

const HANGUL = /[\uac00-\ud7a3]/;

/** The word without a trailing particle, when at least two syllables remain; else the word. */
export function stripParticle(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const p of PARTICLES) {
    if (word.endsWith(p)) {
      const stem = word.slice(0, -p.length);
      if ([...stem].length >= 2) return stem;
    }
  }
  return word;
}

/** Cleans a raw query: collapses whitespace, drops characters Pagefind treats as syntax, caps length. */
export function normaliseQuery(raw: string, maxLength = 100): string {
  return (
    raw
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this drops
      .replace(/[\u0000-\u001f"<>\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, maxLength)
  );
}

/** Merges result lists from several variants, keeping first-seen order and dropping repeats. */
export function mergeById<T extends { id: string }>(lists: ReadonlyArray<ReadonlyArray<T>>): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists)
    for (const item of list)
      if (!seen.has(item.id)) {
        seen.add(item.id);
        out.push(item);
      }
  return out;
}
