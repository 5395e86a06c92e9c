// PNG export of chart SVGs at build time. resvg renders with the Pretendard font files loaded
// explicitly (raster-fonts.ts), because the build machine may have no Korean font at all.
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { rasterFontFiles } from './raster-fonts.ts';

const require = createRequire(import.meta.url);
// resvg's native module allocates with mimalloc, which by default hands every freed pixmap (8 MB
// for a 1920×1080 slide) back to the OS within 10 ms, so the next render faults all of its pages
// in again, mostly in the kernel. Keeping freed pages for reuse cut the CPU time of 56 slide PNGs
// from 12.1 s to 7.3 s (user 7.1 → 4.2 s, system 5.0 → 3.1 s). mimalloc reads its options once,
// when the module loads, hence the env var is set first and the module required after it (a
// static import would load before this line).
process.env.MIMALLOC_PURGE_DELAY ??= '-1';
const { Resvg, renderAsync } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');

/** The SVG with its CSS font stacks mapped onto the one loaded family, and resvg's options: resvg needs concrete font names. */
function resvgInput(svg: string, scale: number, fonts = rasterFontFiles): [string, ResvgRenderOptions] {
  const flat = svg
    .replace(/font-family="[^"]*"/g, 'font-family="Pretendard"')
    .replace(/font-family:[^;"]*/g, 'font-family:Pretendard');
  return [
    flat,
    {
      fitTo: { mode: 'zoom', value: scale },
      font: {
        fontFiles: [...fonts(flat)],
        loadSystemFonts: false,
        defaultFontFamily: 'Pretendard',
        sansSerifFamily: 'Pretendard',
      },
    },
  ];
}

/**
 * Rasterises a standalone SVG at `scale`× its own width (2× suits 16:9 slides). `fonts` picks the
 * font files for an SVG; tests pass the full files to compare them with the subset.
 */
export function svgToPng(
  svg: string,
  scale = 2,
  fonts: (svg: string) => readonly string[] = rasterFontFiles,
): { png: Buffer; width: number; height: number } {
  const img = new Resvg(...resvgInput(svg, scale, fonts)).render();
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
