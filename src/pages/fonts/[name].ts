import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { slideFontPath } from '../../build/slide-fonts.ts';
import { SLIDE_FONT_FILES } from '../../lib/slide-fonts.ts';

// Self-hosted Pretendard (KS X 1001 subset: Latin + the 2,350 common Hangul syllables), fetched
// only when a reader exports a slide in the browser, so Korean renders without a local font.
export function getStaticPaths() {
  return SLIDE_FONT_FILES.map((f) => ({ params: { name: f.file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readFileSync(slideFontPath(params.name!))), {
    headers: { 'Content-Type': 'font/woff2' },
  });
