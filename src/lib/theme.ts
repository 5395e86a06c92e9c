// The site's drawing constants in one place: chart palettes, the colours of table pictures and
// share cards, and the font stacks of SVGs and slides. Pure data, used by charts (src/charts),
// build-time pictures (table-image, og-image, slide) and the reveal.js deck.

export interface Palette {
  fg: string;
  fgSoft: string;
  bg: string;
  grid: string;
  series: readonly string[];
}

// Okabe–Ito colours (safe for the common colour-vision deficiencies), tuned per theme;
// series also differ by dash pattern and marker shape, never by hue alone.
export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    fg: '#1b1d22',
    fgSoft: '#4a4f5a',
    bg: '#ffffff',
    grid: '#d9dce2',
    series: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#7a5c00', '#56B4E9', '#000000', '#E69F00'],
  },
  dark: {
    fg: '#e8eaee',
    fgSoft: '#b3b8c3',
    bg: '#111318',
    grid: '#343945',
    series: ['#56B4E9', '#E69F00', '#3ccf9c', '#e391c4', '#F0E442', '#8fb7ff', '#ffffff', '#ff9a5c'],
  },
};

/** Link/accent colour of share cards, per theme (the site's link colours). */
export const ACCENT = { light: '#1d4ed8', dark: '#8ab4ff' } as const;

/** Table pictures and deck tables (light only): header band and best-cell marking. */
export const TABLE_COLOURS = { headerBg: '#f5f6f8', bestFill: '#d6f0e0', bestText: '#0f5132' } as const;

/** Fonts of SVG charts and table pictures: the self-hosted Pretendard, then Korean system fonts. */
export const CHART_FONTS = ['Pretendard', 'Noto Sans KR', 'Noto Sans CJK KR', 'sans-serif'] as const;

/** Fonts of slides and decks, which open on machines without Pretendard (Keynote, PowerPoint). */
export const SLIDE_FONTS = [
  'Pretendard',
  'Apple SD Gothic Neo',
  'Malgun Gothic',
  'Noto Sans KR',
  'sans-serif',
] as const;

/** A CSS font-family list; names with spaces quoted with `quote` (pick the one the context does not use). */
export function fontStack(fonts: readonly string[], quote: "'" | '"' = "'"): string {
  return fonts.map((f) => (f.includes(' ') ? `${quote}${f}${quote}` : f)).join(', ');
}
