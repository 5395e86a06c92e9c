// Renders a content/data/series entry: numeric x → lines with markers, categorical x →
// grouped bars. Each series differs by colour, dash and marker shape.
import { CHART_FONTS, fontStack } from '../lib/theme.ts';
import * as Plot from '@observablehq/plot';
import type { Series } from '../lib/content/schema.ts';
import { sci } from '../lib/format.ts';
import { type LegendMark } from '../lib/slide.ts';
import { textWidth } from '../lib/text-width.ts';
import { DASHES, PALETTES, SYMBOLS, plotToSvg, type RenderedSvg } from './plot-svg.ts';
import { CHART_LAYOUTS, type ChartLayoutId } from './layouts.ts';

export type Theme = 'light' | 'dark';

export interface SeriesChartOptions {
  xScale?: 'linear' | 'log2' | 'log';
  yScale?: 'linear' | 'log';
  /** A vertical reference line, e.g. the training context length. */
  ruleX?: { value: number; label: string };
  /** Categorical x values to emphasise (e.g. "ko"). */
  highlight?: readonly string[];
  /** A horizontal reference line, e.g. the XLM-R = 1 baseline. */
  ruleY?: { value: number; label: string };
  yLabel?: string;
  xLabel?: string;
  /** Series drawn as markers only, without a connecting line. */
  pointsOnly?: readonly string[];
}

export interface SeriesRenderInput {
  id: string;
  title: string;
  desc: string;
  series: Series;
  theme: Theme;
  /** Which build-time layout (size, type, ticks); defaults to the page layout. */
  layout?: ChartLayoutId;
  /** Series ids to leave out (reader toggles). */
  hidden?: ReadonlySet<string>;
  /** Categorical x values to keep (reader selection); all when undefined. */
  categories?: readonly string[];
  options: SeriesChartOptions;
}

interface Datum {
  series: string;
  label: string;
  x: number | string;
  y: number;
}

export function seriesData(series: Series): Datum[] {
  return series.lines.flatMap((l) => l.points.map(([x, y]) => ({ series: l.id, label: l.label, x, y })));
}

export function isCategorical(series: Series): boolean {
  return series.lines.some((l) => l.points.some(([x]) => typeof x === 'string'));
}

/** Colour, dash and marker of the i-th series; after the colours run out, dash and marker shift so no two series look alike. */
export function seriesStyle(theme: Theme, i: number): { color: string; dash: string; symbol: string } {
  const palette = PALETTES[theme];
  const round = Math.floor(i / palette.series.length);
  return {
    color: palette.series[i % palette.series.length]!,
    dash: DASHES[(i + round) % DASHES.length]!,
    symbol: SYMBOLS[(i + 3 * round) % SYMBOLS.length]!,
  };
}

/** Axis titles as drawn (option overrides, else label and unit). */
export function axisTitles(series: Series, options: SeriesChartOptions): { x: string; y: string } {
  return {
    x: options.xLabel ?? `${series.x.label}${series.x.unit ? ` (${series.x.unit})` : ''}`,
    y: options.yLabel ?? `${series.y.label}${series.y.unit ? ` (${series.y.unit})` : ''}`,
  };
}

/** What both chart kinds draw from: the input, its palette and layout, and the visible lines. */
interface PlotContext {
  input: SeriesRenderInput;
  palette: (typeof PALETTES)[keyof typeof PALETTES];
  layout: (typeof CHART_LAYOUTS)[keyof typeof CHART_LAYOUTS];
  px: (n: number) => number;
  styleOf: (i: number) => ReturnType<typeof seriesStyle>;
  visible: Array<{ l: Series['lines'][number]; i: number }>;
  xLabel: string;
  yLabel: string;
  common: Plot.PlotOptions & { width: number; height: number };
  yTicks: number;
  xTicks: number;
}

type BuiltPlot = { plot: Plot.PlotOptions; markTags: Record<string, Array<string | null>> };

/**
 * Room left of the plot for the first category's label. A label turned by 25° ends at its band's
 * centre and runs down and to the left, so a long first name (DeepSeek LLM 67B Base) would be cut
 * by the chart's edge with the usual 56 units. Band geometry as Plot lays it out: a band scale
 * pads both ends by `padding` steps (first centre at step · (1 + p) / 2); facets (fx) have no outer
 * padding (first centre at step · (1 − p) / 2, step = inner / (n − p)).
 */
function leftMarginFor(
  first: string,
  rotate: number,
  band: { width: number; n: number; padding: number; faceted: boolean },
  fontSize: number,
  px: (n: number) => number,
): number {
  const base = px(56);
  if (rotate !== -25) return base;
  const { n, padding: p, faceted } = band;
  const inner = band.width - base - px(20);
  const centre = faceted ? (inner / (n - p)) * ((1 - p) / 2) : (inner / (n + p)) * ((1 + p) / 2);
  // the turned line's far corner, left of its tick
  const reach = turnedBox(textWidth(first, fontSize), fontSize, 25).across + px(6);
  return Math.max(base, Math.ceil(reach - centre));
}

/**
 * Room under the plot for the category labels and, below them, the axis label. A name turned by
 * `rotate` hangs its turned box's height (turnedBox) below the end of its tick.
 * Plot draws the tick (6 units) and its padding (3) above the name, and the axis label's line at
 * the margin's bottom edge, 3 units up. The axis label then sits just under the lowest turned
 * name, where a guess from the character count left a gap of several lines under Latin names
 * (and too little room under Hangul ones, twice as wide per character).
 */
function bottomMarginFor(cats: readonly string[], rotate: number, fontSize: number, px: (n: number) => number): number {
  if (!rotate) return px(48);
  const widest = Math.max(...cats.map((c) => textWidth(c, fontSize)));
  return Math.ceil(12 + turnedBox(widest, fontSize, rotate).down + fontSize * 1.6);
}

/**
 * The box a line of text `width` long and one em high fills when turned by `degrees`: its length
 * along the turn plus its height across it, measured across the page and down it.
 */
function turnedBox(width: number, fontSize: number, degrees: number): { across: number; down: number } {
  const turn = (Math.abs(degrees) * Math.PI) / 180;
  return {
    across: width * Math.cos(turn) + fontSize * Math.sin(turn),
    down: width * Math.sin(turn) + fontSize * Math.cos(turn),
  };
}

/** Bars per category: plain bars when each category holds one value, grouped otherwise. */
function categoricalPlot(ctx: PlotContext): BuiltPlot {
  const { input, palette, layout, px, styleOf, visible, xLabel, yLabel, common, yTicks } = ctx;
  const { series, options } = input;
  const lines = series.lines;
  const cats = input.categories ?? [...new Set(lines.flatMap((l) => l.points.map(([x]) => String(x))))];
  const data = visible.flatMap(({ l }) =>
    l.points
      .filter(([x]) => cats.includes(String(x)))
      .map(([x, y]) => ({ series: l.id, label: l.label, x: String(x), y })),
  );
  const colorOf = new Map(visible.map(({ l, i }) => [l.id, styleOf(i).color]));
  const hl = (options.highlight ?? []).filter((c) => cats.includes(c));
  const yMax = Math.max(...data.map((d) => d.y), options.ruleY?.value ?? 0) * 1.05;
  // Categories holding one value each are plain bars; several values per category are grouped.
  const single = cats.every((cat) => data.filter((d) => d.x === cat).length <= 1);
  const longest = Math.max(...cats.map((cat) => [...cat].length));
  const rotate = layout.fewTicks ? (longest > 3 || cats.length > 6 ? -90 : 0) : longest > (single ? 10 : 6) ? -25 : 0;
  const catAxis = {
    domain: cats,
    label: xLabel,
    padding: single ? 0.3 : 0.18,
    tickFormat: (d: string) => d,
    ...(rotate ? { tickRotate: rotate } : {}),
  };
  const marginBottom = bottomMarginFor(cats, rotate, layout.fontSize, px);
  const bars = (position: Record<string, string>) =>
    visible.map(({ l }) =>
      Plot.barY(
        data.filter((d) => d.series === l.id),
        { ...position, y: 'y', fill: colorOf.get(l.id)!, title: (d: Datum) => `${d.label} · ${d.x}: ${d.y}` },
      ),
    );
  const rules = [
    ...(options.ruleY ? [Plot.ruleY([options.ruleY.value], { stroke: palette.fgSoft, strokeDasharray: '4 3' })] : []),
    Plot.ruleY([0], { stroke: palette.fgSoft }),
  ];
  const band = (key: 'x' | 'fx') =>
    hl.length ? [Plot.barY(hl, { [key]: (d: string) => d, y: yMax, fill: palette.grid, fillOpacity: 0.55 })] : [];
  // long rotated labels need room: never leave the bars less than ~120 units of height
  const frame = {
    ...common,
    height: Math.max(layout.categoricalHeight, marginBottom + px(20) + 120),
    marginLeft: leftMarginFor(
      cats[0] ?? '',
      rotate,
      { width: common.width, n: cats.length, padding: catAxis.padding, faceted: !single },
      layout.fontSize,
      px,
    ),
    marginBottom,
    y: { grid: true, label: yLabel, domain: [0, yMax], ticks: yTicks },
  };
  const plot: Plot.PlotOptions = single
    ? { ...frame, x: catAxis, marks: [...band('x'), ...bars({ x: 'x' }), ...rules] }
    : {
        ...frame,
        fx: catAxis,
        x: { domain: visible.map(({ l }) => l.id), axis: null, padding: 0.05 },
        marks: [...band('fx'), ...bars({ fx: 'x', x: 'series' }), ...rules],
      };
  return { plot, markTags: { bar: [...(hl.length ? [null] : []), ...visible.map(({ l }) => l.id)] } };
}

/** The x axis of a numeric chart: linear, log10 (powers of ten labelled) or log2 (the data's own x values). */
function numericXAxis(ctx: PlotContext, xs: number[]): Plot.ScaleOptions {
  const { options } = ctx.input;
  const few = ctx.layout.fewTicks;
  return {
    type: options.xScale === 'log2' || options.xScale === 'log' ? 'log' : 'linear',
    ...(options.xScale === 'log2' ? { base: 2 } : {}),
    label: ctx.xLabel,
    grid: true,
    ...(options.xScale === 'log2'
      ? {
          ticks: few ? xs.filter((_, i) => i % 2 === 0) : xs,
          tickFormat: (d: number) => (d >= 1024 ? `${d / 1024}K` : String(d)),
        }
      : options.xScale === 'log'
        ? { ticks: few ? 4 : 8, tickFormat: (d: number) => (Number.isInteger(Math.log10(d)) ? sci(d, 1) : '') }
        : { ticks: ctx.xTicks }),
  };
}

/** Lines with markers (or markers only) over a numeric x axis. */
function linePlot(ctx: PlotContext): BuiltPlot {
  const { input, palette, layout, styleOf, visible, yLabel, common, yTicks } = ctx;
  const { series, options } = input;
  const k = layout.k;
  const data = seriesData(series).filter((d) => !input.hidden?.has(d.series));
  const log2Ticks = [...new Set(data.map((d) => d.x as number))].sort((a, b) => a - b);
  const plot: Plot.PlotOptions = {
    ...common,
    x: numericXAxis(ctx, log2Ticks),
    y: {
      ticks: yTicks,
      type: options.yScale ?? 'linear',
      label: yLabel,
      grid: true,
      ...(options.yScale === 'log'
        ? {
            tickFormat: (d: number) =>
              d >= 1e5 ? (Number.isInteger(Math.round(Math.log10(d) * 1e6) / 1e6) ? sci(d, 1) : '') : String(d),
          }
        : {}),
    },
    marks: [
      ...(options.ruleX
        ? [
            Plot.ruleX([options.ruleX.value], { stroke: palette.fgSoft, strokeDasharray: '4 3' }),
            Plot.text([options.ruleX.value], {
              x: (d: number) => d,
              frameAnchor: 'top',
              dy: 4,
              dx: 6,
              textAnchor: 'start',
              text: () => options.ruleX!.label,
              fill: palette.fgSoft,
            }),
          ]
        : []),
      ...visible.flatMap(({ l, i }) => {
        const s = styleOf(i);
        const pts = data.filter((d) => d.series === l.id);
        const markersOnly = options.pointsOnly?.includes(l.id);
        return [
          ...(markersOnly
            ? []
            : [Plot.line(pts, { x: 'x', y: 'y', stroke: s.color, strokeWidth: 2 * k, strokeDasharray: s.dash })]),
          Plot.dot(pts, {
            x: 'x',
            y: 'y',
            fill: s.color,
            stroke: palette.bg,
            symbol: s.symbol,
            r: (markersOnly ? 7 : 4) * k,
            strokeWidth: k,
            title: (d: Datum) => `${d.label} · ${d.x}: ${d.y}`,
          }),
        ];
      }),
    ],
  };
  return {
    plot,
    markTags: {
      line: visible.filter(({ l }) => !options.pointsOnly?.includes(l.id)).map(({ l }) => l.id),
      dot: visible.map(({ l }) => l.id),
    },
  };
}

const CHART_FONT = fontStack(CHART_FONTS, '"');

/** What every chart renderer derives from its input: palette, layout, scoped id and pixel scale. */
export function chartFrame(input: Pick<SeriesRenderInput, 'id' | 'theme' | 'layout'>) {
  const palette = PALETTES[input.theme];
  const layout = CHART_LAYOUTS[input.layout ?? 'page'];
  // ids and Plot's scoped classes must not clash when several layouts share a page
  const uid = layout.id === 'page' ? input.id : `${input.id}-${layout.id}`;
  return { palette, layout, width: layout.width, k: layout.k, uid, px: (n: number) => Math.round(n * layout.k) };
}

export function renderSeriesChart(input: SeriesRenderInput): RenderedSvg & { legend: LegendItem[] } {
  const { series, theme, options } = input;
  const { palette, layout, width, k, uid, px } = chartFrame(input);
  const styleOf = (i: number) => seriesStyle(theme, i);
  const mark: LegendMark = isCategorical(series) ? 'bar' : 'line';
  const legend: LegendItem[] = series.lines.map((l, i) => ({
    id: l.id,
    label: l.label,
    ...styleOf(i),
    mark,
    hidden: input.hidden?.has(l.id) ?? false,
  }));
  const visible = series.lines.map((l, i) => ({ l, i })).filter(({ l }) => !input.hidden?.has(l.id));
  const { x: xLabel, y: yLabel } = axisTitles(series, options);
  const common = {
    width,
    height: layout.height,
    marginLeft: px(64),
    marginBottom: px(48),
    marginTop: px(20),
    marginRight: px(20),
    style: { fontSize: `${layout.fontSize}px`, fontFamily: CHART_FONT, color: palette.fg, background: palette.bg },
  };
  // Plot picks ~width/80 x ticks and ~height/35 y ticks at 13 px type; scale the spacing with the type.
  const xTicks = Math.max(2, Math.round(width / (80 * k * (layout.fewTicks ? 1.4 : 1))));
  const yTicks = Math.max(3, Math.round(layout.height / (35 * k * (layout.fewTicks ? 1.3 : 1))));
  const ctx: PlotContext = { input, palette, layout, px, styleOf, visible, xLabel, yLabel, common, xTicks, yTicks };
  const { plot, markTags } = isCategorical(series) ? categoricalPlot(ctx) : linePlot(ctx);
  const rendered = plotToSvg(plot, {
    id: uid,
    title: input.title,
    desc: input.desc,
    markTags,
    palette,
    font: { size: layout.fontSize, family: CHART_FONT },
  });
  return { ...rendered, legend };
}

export interface LegendItem {
  id: string;
  label: string;
  color: string;
  dash: string;
  symbol: string;
  mark: LegendMark;
  hidden: boolean;
}
