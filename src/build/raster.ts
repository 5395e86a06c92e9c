// PNG export of chart SVGs at build time. resvg renders with the Pretendard font files loaded
// explicitly (raster-fonts.ts), because the build machine may have no Korean font at all.
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { rasterFontFiles } from './raster-fonts.ts';

const require = createRequire(import.meta.url);
// resvg's native module allocates with mimalloc, which by default hands every freed pixmap (8 MB
// for a 1920×1080 slide) back to the OS within 10 ms, so the next render faults all of its pages
// in again, mostly in the kernel. Keeping freed pages for reuse cut the CPU time of 56 slide PNGs
// from 12.1 s to 7.3 s (user 7.1 → 4.2 s, system 5.0 → 3.1 s). mimalloc reads its options once,
// when the module loads, hence the env var is set first and the module required after it (a
// static import would load before this line).
process.env.MIMALLOC_PURGE_DELAY ??= '-1';
const { renderAsync } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');

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

/** resvg's drawing of a standalone SVG at `scale`× its own width: RGBA premultiplied by alpha, drawn on libuv's thread pool. */
export async function svgToPixels(
  svg: string,
  scale = 2,
  fonts: (svg: string) => readonly string[] = rasterFontFiles,
): Promise<{ pixels: Buffer; width: number; height: number }> {
  const img = await renderAsync(...resvgInput(svg, scale, fonts));
  return { pixels: img.pixels, width: img.width, height: img.height };
}

/**
 * Rasterises a standalone SVG at `scale`× its own width (2× suits 16:9 slides). Both halves run on
 * libuv's thread pool, so a build rendering several pages at once (astro.config.ts
 * build.concurrency) rasterises on every core: resvg draws, then sharp (libvips + libspng)
 * writes the PNG. resvg's own encoder ran on the main thread and took as long as the drawing
 * (5.9 s of a cold build's 183 PNGs); zlib level 6 without adaptive filtering is 2.5× faster and
 * its files are ~20 % smaller. resvg's pixels are premultiplied by alpha; sharp is told so and
 * stores them straight, as PNG requires. `fonts` picks the font files for an SVG; tests pass the
 * full files to compare them with the subset.
 */
export async function svgToPng(
  svg: string,
  scale = 2,
  fonts: (svg: string) => readonly string[] = rasterFontFiles,
): Promise<{ png: Buffer; width: number; height: number }> {
  const { pixels, width, height } = await svgToPixels(svg, scale, fonts);
  const png = await sharp(pixels, { raw: { width, height, channels: 4, premultiplied: true } })
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
  return { png, width, height };
}
