// The font files in-browser slide exports embed (served under /fonts/ from the pretendard package).
import { createRequire } from 'node:module';

export const SLIDE_FONT_FILES = [
  { file: 'Pretendard-Regular.subset.woff2', weight: 400 },
  { file: 'Pretendard-Bold.subset.woff2', weight: 700 },
] as const;

export function slideFontPath(file: string): string {
  if (!SLIDE_FONT_FILES.some((f) => f.file === file)) throw new Error(`unknown slide font "${file}"`);
  return createRequire(import.meta.url).resolve(`pretendard/dist/web/static/woff2-subset/${file}`);
}
