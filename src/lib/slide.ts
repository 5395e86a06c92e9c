// A 16:9 slide (1920×1080) around a registry chart drawn at the slide layout: title, the chart
// filling the frame, a legend that fits, and a footer with source, site address and licence.
// Pure string work: the build (resvg) and the browser (canvas) compose slides with this one
// function, so a slide made in the browser matches the build-time file.
import { textWidth, wrapText } from './text-width.ts';
import { escapeXml } from './escape.ts';
import { SLIDE_FONTS, fontStack } from './theme.ts';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
const MARGIN = 60;

export interface SlideColours {
  fg: string;
  fgSoft: string;
  bg: string;
}

/** How a series is drawn, so its legend sample matches it: a stroke for lines, a filled block for bars. */
export type LegendMark = 'line' | 'bar';

export interface SlideLegendItem {
  label: string;
  color: string;
  dash: string;
  mark: LegendMark;
}

/**
 * A legend sample two `size`s wide, centred on `cy` (one drawing for the page legend and the slide's):
 * a line in the series' colour and dash, or for bars a filled block, since a dashed line would
 * send the reader looking for a line the chart does not have.
 */
export function legendSwatch(
  item: Pick<SlideLegendItem, 'color' | 'dash' | 'mark'>,
  x: number,
  cy: number,
  size: number,
  strokeWidth = size / 5,
): string {
  if (item.mark === 'bar')
    return `<rect x="${r(x + size * 0.55)}" y="${r(cy - size * 0.45)}" width="${r(size * 0.9)}" height="${r(size * 0.9)}" rx="${r(size / 12)}" fill="${item.color}"/>`;
  const dash = item.dash
    ? ` stroke-dasharray="${item.dash
        .split(' ')
        .map((d) => r((Number(d) * size) / 12))
        .join(' ')}"`
    : '';
  return `<line x1="${r(x)}" y1="${r(cy)}" x2="${r(x + size * 2)}" y2="${r(cy)}" stroke="${item.color}" stroke-width="${r(strokeWidth)}"${dash}/>`;
}

export interface SlideInput {
  title: string;
  /** A chart SVG (root <svg viewBox=…>) at the slide layout, already showing only what is on screen. */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  /** Chart font size in SVG units (to report the rendered tick size). */
  chartFontSize: number;
  /** Visible series only. */
  legend: SlideLegendItem[];
  /** "Qwen 기술 보고서, Table 3 (그림에서 읽은 근사값)". */
  source: string;
  /** "example.org/charts/x/" */
  address: string;
  licence: string;
  colours: SlideColours;
  transparent: boolean;
  /** @font-face rules (data: URLs) for renderers without the font installed (the browser). */
  fontFaceCss?: string;
}

export interface SlideLayoutInfo {
  svg: string;
  /** Rendered size of the chart's text at 1920 px wide. */
  tickSize: number;
  legendRows: number;
}

const FONT = fontStack(SLIDE_FONTS);

export { escapeXml };

/** Lays out legend items in rows that fit `max`, shrinking the type (not below 24 px) if needed. */
function legendLayout(
  items: SlideLegendItem[],
  max: number,
): { size: number; rows: Array<Array<{ item: SlideLegendItem; x: number }>> } {
  for (const size of [30, 28, 26, 24]) {
    const rows: Array<Array<{ item: SlideLegendItem; x: number }>> = [[]];
    let x = 0;
    for (const item of items) {
      const w = size * 2 + 12 + textWidth(item.label, size) + size * 1.2;
      if (x > 0 && x + w > max) {
        rows.push([]);
        x = 0;
      }
      rows[rows.length - 1]!.push({ item, x });
      x += w;
    }
    if (rows.length <= 3 || size === 24) return { size, rows };
  }
  throw new Error('unreachable');
}

/** Title, footer and the area left for the chart: one layout for chart and table slides. */
export function slideFrame(input: Pick<SlideInput, 'title' | 'source' | 'address' | 'licence'>, legendHeight = 0) {
  const inner = SLIDE_WIDTH - 2 * MARGIN;
  let titleSize = 56;
  let titleLines = wrapText(input.title, titleSize, inner);
  if (titleLines.length > 1) {
    titleSize = 46;
    titleLines = wrapText(input.title, titleSize, inner, { maxLines: 2 });
  }
  const titleBottom = 40 + titleLines.length * titleSize * 1.25;
  const footerSize = 24;
  const footerLines = [
    ...wrapText(`출처: ${input.source}`, footerSize, inner, { maxLines: 2 }),
    `${input.address} · 논문 리뷰 노트 · 글과 도표 ${input.licence}`,
  ];
  const footerTop = SLIDE_HEIGHT - 36 - footerLines.length * footerSize * 1.35;
  const legendTop = footerTop - 20 - legendHeight;
  const chartTop = titleBottom + 16;
  const chartH = Math.max(200, legendTop - 16 - chartTop);
  return {
    margin: MARGIN,
    inner,
    titleSize,
    titleLines,
    footerSize,
    footerLines,
    footerTop,
    legendTop,
    chartTop,
    chartH,
  };
}

/**
 * A standalone SVG set as a nested <svg> into a box of a larger picture: its own size and position
 * dropped, the box's written instead. overflow="visible" by default: resvg turns a clipping nested
 * <svg> into a mask layer as large as the whole picture, which made slide PNGs 4× slower to draw
 * (64 against 243 ms at 3840×2160). Charts draw nothing outside their own frame; tests/unit/charts.test.ts
 * places every registry chart both ways and checks that nothing differs outside it.
 */
export function placeSvg(
  svg: string,
  box: { x: number; y: number; width: number; height: number },
  overflow: 'visible' | 'hidden' = 'visible',
): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s(?:style|width|height|x|y|overflow)="[^"]*"/g, '');
    return `<svg${kept} x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}" overflow="${overflow}">`;
  });
}

export function slideSvg(input: SlideInput): SlideLayoutInfo {
  const { colours: c } = input;
  const legend = input.legend.length > 1 ? legendLayout(input.legend, SLIDE_WIDTH - 2 * MARGIN) : { size: 0, rows: [] };
  const legendRowH = legend.size * 1.6;
  const { inner, titleSize, titleLines, footerSize, footerLines, footerTop, legendTop, chartTop, chartH } = slideFrame(
    input,
    legend.rows.length * legendRowH,
  );
  const scale = Math.min(inner / input.chartWidth, chartH / input.chartHeight);
  const drawnW = input.chartWidth * scale;
  const drawnH = input.chartHeight * scale;
  const chartX = MARGIN + (inner - drawnW) / 2;

  const chart = placeSvg(input.chartSvg, { x: chartX, y: chartTop, width: drawnW, height: drawnH });

  const text = (x: number, y: number, size: number, fill: string, body: string, weight = 400) =>
    `<text x="${r(x)}" y="${r(y)}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(body)}</text>`;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" viewBox="0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}" data-slide="">`,
  );
  if (input.fontFaceCss) parts.push(`<style>${input.fontFaceCss}</style>`);
  if (!input.transparent) parts.push(`<rect width="100%" height="100%" fill="${c.bg}"/>`);
  titleLines.forEach((line, i) => parts.push(text(MARGIN, 40 + titleSize * (i + 1) * 1.1, titleSize, c.fg, line, 700)));
  parts.push(chart);
  legend.rows.forEach((row, ri) => {
    const y = legendTop + ri * legendRowH + legend.size;
    for (const { item, x } of row) {
      const x0 = MARGIN + x;
      parts.push(legendSwatch(item, x0, y - legend.size * 0.35, legend.size));
      parts.push(text(x0 + legend.size * 2 + 12, y, legend.size, c.fg, item.label));
    }
  });
  footerLines.forEach((line, i) =>
    parts.push(text(MARGIN, footerTop + footerSize * (i + 1) * 1.3, footerSize, c.fgSoft, line)),
  );
  parts.push('</svg>');
  return { svg: parts.join(''), tickSize: input.chartFontSize * scale, legendRows: legend.rows.length };
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

// ── Slide sources: everything a slide of one chart needs, per view and theme ─────────────
export type SlideVariant = 'light' | 'dark' | 'transparent' | 'dark-transparent';
export const SLIDE_VARIANTS: readonly SlideVariant[] = ['light', 'dark', 'transparent', 'dark-transparent'];

export interface SlideChartPart {
  svg: string;
  width: number;
  height: number;
  legend: Array<SlideLegendItem & { id: string }>;
}

/** Served as /charts/<id>.slide.json for exports made in the browser; built from the registry. */
export interface SlideSource {
  id: string;
  title: string;
  source: string;
  address: string;
  licence: string;
  fontSize: number;
  colours: Record<'light' | 'dark', SlideColours>;
  views: Array<{ id: string; label: string; light: SlideChartPart; dark: SlideChartPart }>;
}

export interface SlideRequest {
  view?: string;
  /** Series hidden on screen: left out of the chart and the legend. */
  hidden?: readonly string[];
  variant: SlideVariant;
  /** Removes hidden series' marks from a chart SVG (DOM work: the browser passes one). */
  dropMarks?: (svg: string, hidden: readonly string[]) => string;
  fontFaceCss?: string;
}

/** The slide for one view of a chart, as on screen. Unknown views fall back to the default. */
export function composeSlide(src: SlideSource, req: SlideRequest): SlideLayoutInfo {
  const view = src.views.find((v) => v.id === req.view) ?? src.views[0]!;
  const theme = req.variant.startsWith('dark') ? 'dark' : 'light';
  const part = view[theme];
  const hidden = (req.hidden ?? []).filter((h) => part.legend.some((l) => l.id === h));
  if (hidden.length && !req.dropMarks) throw new Error(`slide ${src.id}: hiding series needs a dropMarks function`);
  const title = view.label && src.views.length > 1 ? `${src.title} — ${view.label}` : src.title;
  return slideSvg({
    title,
    chartSvg: hidden.length ? req.dropMarks!(part.svg, hidden) : part.svg,
    chartWidth: part.width,
    chartHeight: part.height,
    chartFontSize: src.fontSize,
    legend: part.legend.filter((l) => !hidden.includes(l.id)),
    source: src.source,
    address: src.address,
    licence: src.licence,
    colours: src.colours[theme],
    transparent: req.variant.endsWith('transparent'),
    ...(req.fontFaceCss ? { fontFaceCss: req.fontFaceCss } : {}),
  });
}
