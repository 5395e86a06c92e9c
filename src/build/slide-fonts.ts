// Where the slide fonts live on disk: a package lookup, so it sits on the build side, not in src/lib.
import { createRequire } from 'node:module';
import { SLIDE_FONT_FILES } from '../lib/slide-fonts.ts';

export function slideFontPath(file: string): string {
  if (!SLIDE_FONT_FILES.some((f) => f.file === file)) throw new Error(`unknown slide font "${file}"`);
  return createRequire(import.meta.url).resolve(`pretendard/dist/web/static/woff2-subset/${file}`);
}
