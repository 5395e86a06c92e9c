// Fonts of the .pptx decks. DrawingML names one typeface per script, not a list, so the
// fallback is built from what the format does offer:
// - the theme's font scheme names Malgun Gothic for Latin, for East Asian text (`ea`) and for
//   the Hangul script, with its PANOSE class and the Hangul character set (charset 129, written
//   -127): a presentation program that lacks the font substitutes a *Korean* sans-serif
//   (Apple SD Gothic Neo on macOS, a Noto Sans CJK face on Linux) instead of a Chinese one;
// - every text run, table cell and chart label refers to the theme (+mn-lt / +mn-ea), never to
//   a font by name, so a presenter changes the deck's font in one place (Design → Fonts);
// - runs are tagged lang="ko-KR", which programs use to pick the fallback's glyphs;
// - the notes of every slide name the fallbacks for people to set by hand.
// pptxgenjs writes Chinese charsets (-122) and "Arial" for chart text by default; these
// functions rewrite its XML parts after it has written them.

export const DECK_FONT = 'Malgun Gothic';
/** Malgun Gothic's PANOSE (sans-serif, normal weight): what a substituting program matches. */
export const DECK_FONT_PANOSE = '020B0503020000020004';
/** Fonts that draw the same text where Malgun Gothic is missing (macOS, Linux/Android). */
export const DECK_FONT_FALLBACKS = ['Apple SD Gothic Neo', 'Noto Sans CJK KR'] as const;
export const DECK_LANG = 'ko-KR';
export const DECK_FONT_NOTE = `글꼴: 테마 글꼴 ${DECK_FONT}(맑은 고딕). 없는 컴퓨터에서는 ${DECK_FONT_FALLBACKS.join(', ')} 같은 한글 고딕으로 대체되며, 디자인 → 글꼴에서 한 번에 바꿀 수 있습니다.`;

const face = (attrs: string) => `typeface="${DECK_FONT}" panose="${DECK_FONT_PANOSE}" pitchFamily="34" ${attrs}`;
const SCHEME_FONTS = `<a:latin ${face('charset="0"')}/><a:ea ${face('charset="-127"')}/><a:cs typeface=""/><a:font script="Hang" typeface="${DECK_FONT}"/>`;

/** The theme's major and minor fonts: Malgun Gothic for Latin, East Asian and Hangul text. */
export function withDeckFontScheme(themeXml: string): string {
  let found = 0;
  const out = themeXml.replace(/<a:(majorFont|minorFont)>([\s\S]*?)<\/a:\1>/g, (_m, kind: string, body: string) => {
    found += 1;
    // keep the other scripts' entries (Japanese, Arabic, …), replace Latin, ea, cs and Hangul
    const others = body.replace(/<a:(latin|ea|cs)\b[^>]*\/>/g, '').replace(/<a:font script="Hang"[^>]*\/>/, '');
    return `<a:${kind}>${SCHEME_FONTS}${others}</a:${kind}>`;
  });
  if (found !== 2) throw new Error(`deck fonts: expected a major and a minor font in the theme, found ${found}`);
  return out;
}

/** Chart text (axis labels and titles, legend) refers to the theme fonts for every script. */
export function withThemeFontRefs(chartXml: string): string {
  return chartXml
    .replace(/<a:(ea|cs)\s+typeface="[^"]*"[^>]*\/>/g, '')
    .replace(
      /<a:latin typeface="[^"]*"[^>]*\/>/g,
      '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>',
    );
}

/** Slide text: Korean runs (lang), fonts from the theme (runs that name a font lose it). */
export function withKoreanRuns(slideXml: string): string {
  return slideXml
    .replace(/<a:(latin|ea|cs)\s+typeface="(?!\+)[^"]*"[^>]*\/>/g, '')
    .replace(/(<a:(?:rPr|endParaRPr|defRPr)\b[^>]*?)\slang="[^"]*"/g, '$1')
    .replace(/<a:(rPr|endParaRPr)\b/g, `<a:$1 lang="${DECK_LANG}" altLang="en-US"`);
}
