// Where the slide fonts live on disk (assets/fonts/pretendard/): a file lookup, so it sits on the
// build side, not in src/lib.
import { SLIDE_FONT_FILES } from '../lib/slide-fonts.ts';
import { pretendardPath } from './pretendard.ts';

export function slideFontPath(file: string): string {
  const font = SLIDE_FONT_FILES.find((f) => f.file === file);
  if (!font) throw new Error(`unknown slide font "${file}"`);
  return pretendardPath(font.file);
}
