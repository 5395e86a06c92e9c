// In-browser slide export of exactly what the chart page shows (view, hidden series): the
// build-time slide source (/charts/<id>.slide.json) is composed with the same composeSlide()
// the build uses, Pretendard is embedded as data: URLs, and the SVG is rasterised on a canvas.
// Loaded only when a reader clicks an export button.
import {
  composeSlide,
  SLIDE_HEIGHT,
  SLIDE_VARIANTS,
  SLIDE_WIDTH,
  type SlideSource,
  type SlideVariant,
} from '../../lib/slide.ts';
import { downloadBlob } from '../../lib/browser/download.ts';

export interface SlideExportOptions {
  sourceUrl: string;
  fonts: Array<{ url: string; weight: number }>;
  view: string;
  hidden: string[];
  variant: string;
}

const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

async function fontFaceCss(fonts: SlideExportOptions['fonts']): Promise<string> {
  const rules = await Promise.all(
    fonts.map(async (f) => {
      const buf = new Uint8Array(await (await fetch(f.url)).arrayBuffer());
      let bin = '';
      for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
      return `@font-face{font-family:Pretendard;font-weight:${f.weight};src:url(data:font/woff2;base64,${btoa(bin)}) format('woff2')}`;
    }),
  );
  return rules.join('');
}

/** @font-face rules with the fonts as data: URLs (fetched once per page). */
export function slideFontCss(fonts: SlideExportOptions['fonts']): Promise<string> {
  return once('fonts', () => fontFaceCss(fonts));
}

function dropMarks(svg: string, hidden: readonly string[]): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  for (const id of hidden) doc.querySelectorAll(`[data-mark="${CSS.escape(id)}"]`).forEach((el) => el.remove());
  return new XMLSerializer().serializeToString(doc.documentElement);
}

/** The slide SVG of the current view (fonts embedded). Unknown variants fall back to light. */
export async function currentSlideSvg(
  o: SlideExportOptions,
): Promise<{ svg: string; id: string; variant: SlideVariant }> {
  const [src, css] = await Promise.all([
    once(o.sourceUrl, async () => (await (await fetch(o.sourceUrl)).json()) as SlideSource),
    slideFontCss(o.fonts),
  ]);
  const variant = (SLIDE_VARIANTS as readonly string[]).includes(o.variant) ? (o.variant as SlideVariant) : 'light';
  const { svg } = composeSlide(src, { view: o.view, hidden: o.hidden, variant, dropMarks, fontFaceCss: css });
  return { svg, id: src.id, variant };
}

export async function rasterise(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(SLIDE_WIDTH, SLIDE_HEIGHT);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = SLIDE_WIDTH;
    canvas.height = SLIDE_HEIGHT;
    canvas.getContext('2d')!.drawImage(img, 0, 0, SLIDE_WIDTH, SLIDE_HEIGHT);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportSlide(o: SlideExportOptions, format: 'png' | 'svg'): Promise<void> {
  const { svg, id, variant } = await currentSlideSvg(o);
  await saveSlide(`${id}${o.view ? `-${o.view}` : ''}${variant === 'light' ? '' : `-${variant}`}-slide`, svg, format);
}

/** Downloads a slide SVG as it is, or rasterised to a 1920×1080 PNG. */
export async function saveSlide(baseName: string, svg: string, format: 'png' | 'svg'): Promise<void> {
  const name = `${baseName}.${format}`;
  if (format === 'svg') downloadBlob(name, new Blob([svg], { type: 'image/svg+xml' }));
  else downloadBlob(name, await rasterise(svg));
}
