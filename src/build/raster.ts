// PNG export of chart SVGs at build time. resvg renders with the Pretendard font file
// loaded explicitly, because the build machine may have no Korean font at all.
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONT_FILES = ['Pretendard-Regular.otf', 'Pretendard-SemiBold.otf', 'Pretendard-Bold.otf'].map((f) =>
  require.resolve(`pretendard/dist/public/static/${f}`),
);

/** The SVG with its CSS font stacks mapped onto the one loaded family, and resvg's options: resvg needs concrete font names. */
function resvgInput(svg: string, scale: number): [string, ResvgRenderOptions] {
  const flat = svg
    .replace(/font-family="[^"]*"/g, 'font-family="Pretendard"')
    .replace(/font-family:[^;"]*/g, 'font-family:Pretendard');
  return [
    flat,
    {
      fitTo: { mode: 'zoom', value: scale },
      font: {
        fontFiles: FONT_FILES,
        loadSystemFonts: false,
        defaultFontFamily: 'Pretendard',
        sansSerifFamily: 'Pretendard',
      },
    },
  ];
}

/** Rasterises a standalone SVG at `scale`× its own width (2× suits 16:9 slides). */
export function svgToPng(svg: string, scale = 2): { png: Buffer; width: number; height: number } {
  const img = new Resvg(...resvgInput(svg, scale)).render();
  return { png: img.asPng(), width: img.width, height: img.height };
}

/**
 * The same PNG bytes as svgToPng, but font loading, parsing and drawing (three quarters of an
 * export's cost) run on libuv's thread pool, so a build rendering several pages at once
 * (astro.config.ts build.concurrency) rasterises on every core instead of one.
 */
export async function svgToPngAsync(svg: string, scale = 2): Promise<Buffer> {
  return (await renderAsync(...resvgInput(svg, scale))).asPng();
}
