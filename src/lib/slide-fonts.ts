// The font files in-browser slide exports embed (served under /fonts/ from assets/fonts/pretendard/;
// src/build/slide-fonts.ts finds them on disk).

export const SLIDE_FONT_FILES = [
  { file: 'Pretendard-Regular.subset.woff2', weight: 400 },
  { file: 'Pretendard-Bold.subset.woff2', weight: 700 },
] as const;
