// One estimate of how wide text sets in the site's sans-serif fonts, for layout fixed before any
// font is measured: chart margins, slide and card line breaks, table-picture columns. Per
// character, in em, from Pretendard's own advances (it draws every PNG): each class takes the
// widest of its members in the Bold, the slide titles' weight, so an estimate may run over,
// never under (a title would leave its slide, a turned chart name would be cut). Hangul counts
// one em: a browser, or an SVG opened on a machine without Pretendard, may set it in a wider
// system font. Text that only Pretendard ever draws (the share cards, PNG only) asks for
// `font: 'pretendard'`, where every Hangul syllable is 0.864 em (all 11,172 of them, in every
// weight), so its titles do not break a word early.
// tests/unit/text-width.test.ts holds the classes to the font files.

/** Character classes and their width in em, first match wins; anything else is 0.61. */
const CLASSES: [RegExp, number][] = [
  [/[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/, 1], // Hangul, CJK, full-width forms
  [/ /, 0.26],
  [/[ijlI.,:;'|!]/, 0.3],
  [/[frt()[\]/]/, 0.4],
  [/[-_1]/, 0.47],
  [/[W%]/, 1],
  [/[mwM@]/, 0.88],
  [/[BEFJKLPRSTZ0-9]/, 0.66], // the narrower capitals, digits
  [/[A-Z\u0370-\u03ff]/, 0.75], // the other capitals, Greek
];

/** Pretendard's advance of every Hangul syllable, in em (1770 of 2048 units, rounded up). */
export const PRETENDARD_HANGUL_EM = 0.865;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;

export interface WidthOptions {
  /** 'any' (the default): whatever font a reader's machine substitutes; 'pretendard': drawn in it. */
  font?: 'any' | 'pretendard';
}

/** Estimated advance of one character, in em. */
export function charWidthEm(ch: string, { font = 'any' }: WidthOptions = {}): number {
  if (font === 'pretendard' && HANGUL_SYLLABLE.test(ch)) return PRETENDARD_HANGUL_EM;
  for (const [re, em] of CLASSES) if (re.test(ch)) return em;
  return 0.61;
}

/** Estimated width of `text` set at `size` (in the unit of `size`). */
export function textWidth(text: string, size: number, options: WidthOptions = {}): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch, options);
  return em * size;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` when set at `size`: at spaces, and inside a
 * word only when the word alone is wider than a line (long Hangul compounds, URLs). With more
 * lines than `maxLines`, the last one kept ends in "…" so that a reader sees the cut.
 */
export function wrapText(
  text: string,
  size: number,
  maxWidth: number,
  { maxLines = Infinity, ...options }: WidthOptions & { maxLines?: number } = {},
): string[] {
  const width = (t: string) => textWidth(t, size, options);
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (width(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (width(word) <= maxWidth) {
      line = word;
      continue;
    }
    for (const ch of word) {
      if (line && width(line + ch) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && width(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('').trimEnd();
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
