// A waterfall of cumulative gains drawn as horizontal bars (PanGu-π Pro Figure 1): the start
// value, each step's gain as a floating bar with its "+x.xx" label, the end total, then
// reference models as plain bars. Horizontal so the step names never need rotating: the
// narrow layout (phones, small embeds) keeps its type at full size in a short frame.
import * as Plot from '@observablehq/plot';
import type { Series } from '../lib/content/schema.ts';
import { CHART_FONTS, fontStack } from '../lib/theme.ts';
import { waterfallBars, waterfallLabel, type WaterfallBar } from '../lib/waterfall.ts';
import { plotToSvg, type RenderedSvg } from './plot-svg.ts';
import { chartFrame, seriesStyle, type LegendItem, type SeriesRenderInput } from './series-chart.ts';

// the one chart font stack (src/lib/theme.ts), as the series charts use it
const FONT_FAMILY = fontStack(CHART_FONTS, '"');

export interface WaterfallOptions {
  /** The line whose cumulative points make the waterfall; the other lines are reference bars. */
  stepsLine: string;
  /** Row label of the end total. */
  totalLabel: string;
  /** Value-axis start: the gains are a few points on a ~50-point scale, so the axis says where it starts. */
  axisFrom: number;
  xLabel: string;
  /** Axis title of the narrow layout (~300 units wide). */
  xLabelShort: string;
}

export interface WaterfallRow extends WaterfallBar {
  line: string;
  lineIndex: number;
}

/** The drawn rows: the steps line as a waterfall, every other line's values as total bars. */
export function waterfallRows(
  series: Series,
  opts: Pick<WaterfallOptions, 'stepsLine' | 'totalLabel'>,
): WaterfallRow[] {
  const steps = series.lines.findIndex((l) => l.id === opts.stepsLine);
  if (steps < 0)
    throw new Error(
      `content/data/series/${series.id}.yaml: lines must include "${opts.stepsLine}" (the waterfall steps)`,
    );
  return series.lines.flatMap((l, lineIndex) =>
    lineIndex === steps
      ? waterfallBars(l.points, {
          totalLabel: opts.totalLabel,
          where: `content/data/series/${series.id}.yaml, line ${l.id}`,
        }).map((b) => ({ ...b, line: l.id, lineIndex }))
      : l.points.map(([x, y]) => ({
          label: String(x),
          kind: 'total' as const,
          from: 0,
          to: y,
          value: y,
          line: l.id,
          lineIndex,
        })),
  );
}

/** Rough drawn width of a label in font units (Hangul ~1 em, Latin ~0.6 em). */
function textWidth(s: string, size: number): number {
  return [...s].reduce((w, ch) => w + (/[\u3131-\uD79D]/.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.62), 0) * size;
}

/** The series chart's input (ids, theme, layout, hidden series) plus the waterfall's options. */
export type WaterfallRenderInput = Pick<
  SeriesRenderInput,
  'id' | 'title' | 'desc' | 'series' | 'theme' | 'layout' | 'hidden'
> & {
  options: WaterfallOptions;
};

/** Per series: its bars (gains solid, start and total bars light) and value labels (gains bold). */
function waterfallMarks(
  rows: WaterfallRow[],
  options: WaterfallOptions,
  look: { colour: (r: WaterfallRow) => string; fg: string; dx: number },
): { marks: Plot.Markish[]; markTags: Record<string, Array<string | null>> } {
  const floor = (r: WaterfallRow) => (r.kind === 'gain' ? r.from : options.axisFrom);
  const markTags: Record<string, Array<string | null>> = { bar: [], text: [] };
  const marks: Plot.Markish[] = [];
  for (const line of new Set(rows.map((r) => r.line))) {
    const mine = rows.filter((r) => r.line === line);
    // start/total bars are lighter than gains, so the floating gains carry the eye
    marks.push(
      Plot.barX(mine, {
        y: 'label',
        x1: floor,
        x2: 'to',
        fill: look.colour,
        fillOpacity: (r: WaterfallRow) => (r.kind === 'gain' ? 1 : 0.42),
        title: (r: WaterfallRow) =>
          r.kind === 'gain' ? `${r.label}: ${r.from} → ${r.to} (${waterfallLabel(r)})` : `${r.label}: ${r.to}`,
      }),
    );
    markTags.bar!.push(line);
    // value labels: gains bold (the point of the chart), totals plain. Plot draws no group for an
    // empty mark, so a line without gains (a reference model) adds no tag: the tags stay in step
    // with the groups the page and the slide export hide by data-mark.
    for (const gain of [true, false]) {
      const labelled = mine.filter((r) => (r.kind === 'gain') === gain);
      if (!labelled.length) continue;
      marks.push(
        Plot.text(labelled, {
          y: 'label',
          x: 'to',
          text: (r: WaterfallRow) => waterfallLabel(r),
          textAnchor: 'start',
          dx: look.dx,
          fill: look.fg,
          fontWeight: gain ? 700 : 400,
        }),
      );
      markTags.text!.push(line);
    }
  }
  return { marks, markTags };
}

export function renderWaterfallChart(input: WaterfallRenderInput): RenderedSvg & { legend: LegendItem[] } {
  const { series, theme, options } = input;
  const { palette, layout, width, k, uid, px } = chartFrame(input);
  const legend: LegendItem[] = series.lines.map((l, i) => ({
    id: l.id,
    label: l.label,
    ...seriesStyle(theme, i),
    mark: 'bar' as const,
    hidden: input.hidden?.has(l.id) ?? false,
  }));
  const rows = waterfallRows(series, options).filter((r) => !input.hidden?.has(r.line));
  const labels = rows.map((r) => r.label);
  const top = Math.max(...rows.map((r) => r.to));
  // room right of the longest bar for its value label
  const xMax = Math.ceil((top + (top - options.axisFrom) * (layout.fewTicks ? 0.22 : 0.12)) / 5) * 5;
  const marginLeft = Math.ceil(Math.max(...labels.map((s) => textWidth(s, layout.fontSize)), 40) + px(14));
  const rowUnit = layout.fontSize * (layout.fewTicks ? 1.55 : 2.1);
  const marginTop = px(10);
  const marginBottom = px(layout.fewTicks ? 40 : 46);
  const height = Math.max(
    layout.categoricalHeight * (layout.fewTicks ? 1 : 0.9),
    marginTop + marginBottom + rowUnit * labels.length,
  );
  const { marks, markTags } = waterfallMarks(rows, options, {
    colour: (r) => seriesStyle(theme, r.lineIndex).color,
    fg: palette.fg,
    dx: px(5),
  });
  // dashed connectors from each bar's end to the next step's start
  const steps = rows.filter((r) => r.line === options.stepsLine);
  const links = steps.slice(0, -1).map((r, i) => ({ a: r.label, b: steps[i + 1]!.label, x: r.to }));
  const plot: Plot.PlotOptions = {
    width,
    height: Math.round(height),
    marginLeft,
    marginRight: px(layout.fewTicks ? 12 : 20),
    marginTop,
    marginBottom,
    style: { fontSize: `${layout.fontSize}px`, fontFamily: FONT_FAMILY, color: palette.fg, background: palette.bg },
    x: {
      domain: [options.axisFrom, xMax],
      grid: true,
      label: layout.fewTicks ? options.xLabelShort : options.xLabel,
      labelAnchor: 'center',
      // at Plot's default offset the title's brackets reached below the chart's bottom edge on the slide
      // (found by the frame test in tests/unit/charts.test.ts): lift it a little
      labelOffset: marginBottom - px(4),
      ticks: layout.fewTicks ? 3 : 6,
    },
    y: { domain: labels, label: null, padding: 0.22, tickSize: 0 },
    marks: [
      ...marks,
      ...(links.length
        ? [
            Plot.link(links, {
              x1: 'x',
              x2: 'x',
              y1: 'a',
              y2: 'b',
              stroke: palette.fgSoft,
              strokeDasharray: '3 2',
              strokeWidth: k,
            }),
          ]
        : []),
      Plot.ruleX([options.axisFrom], { stroke: palette.fgSoft }),
    ],
  };
  const rendered = plotToSvg(plot, {
    id: uid,
    title: input.title,
    desc: input.desc,
    markTags,
    palette,
    font: { size: layout.fontSize, family: FONT_FAMILY },
  });
  return { ...rendered, legend };
}
