// PNG export of chart SVGs at build time. resvg renders with the Pretendard font file
// loaded explicitly, because the build machine may have no Korean font at all.
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONT_FILES = ['Pretendard-Regular.otf', 'Pretendard-SemiBold.otf', 'Pretendard-Bold.otf'].map((f) =>
  require.resolve(`pretendard/dist/public/static/${f}`),
);

/** Rasterises a standalone SVG at `scale`× its own width (2× suits 16:9 slides). */
export function svgToPng(svg: string, scale = 2): { png: Buffer; width: number; height: number } {
  // resvg needs concrete font names: map the CSS stacks onto the loaded family.
  const flat = svg
    .replace(/font-family="[^"]*"/g, 'font-family="Pretendard"')
    .replace(/font-family:[^;"]*/g, 'font-family:Pretendard');
  const r = new Resvg(flat, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: 'Pretendard',
      sansSerifFamily: 'Pretendard',
    },
  });
  const img = r.render();
  return { png: img.asPng(), width: img.width, height: img.height };
}
