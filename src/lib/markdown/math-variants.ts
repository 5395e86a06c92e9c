// MathML Core (what Chromium, Firefox and Safari render natively) draws only
// mathvariant="normal"; KaTeX's MathML output still writes \mathcal{L} as
// <mi mathvariant="script">L</mi>, which a browser shows as a plain italic L. The letters are
// rewritten as their Unicode mathematical alphanumeric characters (𝓛 → ℒ), which every math
// font carries, as the MathML Core spec recommends for authoring tools.

/** Code point of "A" in each alphabet (lowercase follows at +26), Unicode block 1D400. */
const LATIN: Record<string, number> = {
  bold: 0x1d400,
  italic: 0x1d434,
  'bold-italic': 0x1d468,
  script: 0x1d49c,
  'bold-script': 0x1d4d0,
  fraktur: 0x1d504,
  'double-struck': 0x1d538,
  'bold-fraktur': 0x1d56c,
  'sans-serif': 0x1d5a0,
  'bold-sans-serif': 0x1d5d4,
  'sans-serif-italic': 0x1d608,
  'sans-serif-bold-italic': 0x1d63c,
  monospace: 0x1d670,
};

/** Code point of "0" for the alphabets that have digits. */
const DIGITS: Record<string, number> = {
  bold: 0x1d7ce,
  'double-struck': 0x1d7d8,
  'sans-serif': 0x1d7e2,
  'bold-sans-serif': 0x1d7ec,
  monospace: 0x1d7f6,
};

/** Letters that were in Unicode before the 1D400 block: their slot there is empty. */
const HOLES: Record<string, Record<string, number>> = {
  italic: { h: 0x210e },
  script: {
    B: 0x212c,
    E: 0x2130,
    F: 0x2131,
    H: 0x210b,
    I: 0x2110,
    L: 0x2112,
    M: 0x2133,
    R: 0x211b,
    e: 0x212f,
    g: 0x210a,
    o: 0x2134,
  },
  fraktur: { C: 0x212d, H: 0x210c, I: 0x2111, R: 0x211c, Z: 0x2128 },
  'double-struck': { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
};

function styleChar(variant: string, ch: string): string {
  const hole = HOLES[variant]?.[ch];
  if (hole) return String.fromCodePoint(hole);
  const c = ch.codePointAt(0)!;
  const latin = LATIN[variant];
  if (latin !== undefined && c >= 0x41 && c <= 0x5a) return String.fromCodePoint(latin + c - 0x41);
  if (latin !== undefined && c >= 0x61 && c <= 0x7a) return String.fromCodePoint(latin + 26 + c - 0x61);
  const digit = DIGITS[variant];
  if (digit !== undefined && c >= 0x30 && c <= 0x39) return String.fromCodePoint(digit + c - 0x30);
  return ch;
}

/**
 * The text as MathML Core shows `mathvariant={variant}`, or undefined when the variant is not
 * one this table knows (the attribute is then left alone). Characters without a styled form
 * (Greek, punctuation) stay as they are.
 */
export function styleMathText(variant: string, text: string): string | undefined {
  if (!(variant in LATIN)) return undefined;
  return Array.from(text, (ch) => styleChar(variant, ch)).join('');
}
