// One estimate of how wide text sets in the site's sans-serif fonts, for layout fixed before any
// font is measured: chart margins, slide and card line breaks, table-picture columns. Per
// character, in em, from Pretendard's own advances (it draws every PNG): each class takes the
// widest of its members in the Bold, the slide titles' weight, so an estimate may run over,
// never under (a title would leave its slide, a turned chart name would be cut). Hangul counts
// one em (Pretendard's is 0.86): a browser may set it in a wider system font.
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

/** Estimated advance of one character, in em. */
export function charWidthEm(ch: string): number {
  for (const [re, em] of CLASSES) if (re.test(ch)) return em;
  return 0.61;
}

/** Estimated width of `text` set at `size` (in the unit of `size`). */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * size;
}
