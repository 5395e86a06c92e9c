// A registry chart as data for a native (editable) PowerPoint chart: series values, names,
// colours, axis titles and log axes. Categorical x → clustered bars; numeric x → scatter with
// lines (PowerPoint's line chart has no numeric x axis).
import type { Series } from '../lib/content/schema.ts';
import { axisTitles, isCategorical, seriesStyle, type SeriesChartOptions } from './series-chart.ts';
import type { NativeChartSpec } from '../lib/deck/native-spec.ts';

export type { NativeChartSpec, NativeSeries } from '../lib/deck/native-spec.ts';
export { applyNativeState } from '../lib/deck/native-spec.ts';

export function nativeChartSpec(
  series: Series,
  options: SeriesChartOptions,
  state: { hidden?: readonly string[]; categories?: readonly string[] } = {},
): NativeChartSpec {
  const titles = axisTitles(series, options);
  const lines = series.lines
    .map((l, i) => ({ l, ...seriesStyle('light', i) }))
    .filter(({ l }) => !state.hidden?.includes(l.id));
  const base = {
    xTitle: titles.x,
    yTitle: titles.y,
    ...(options.xScale === 'log2' ? { xLogBase: 2 } : options.xScale === 'log' ? { xLogBase: 10 } : {}),
    ...(options.yScale === 'log' ? { yLogBase: 10 } : {}),
  };
  if (isCategorical(series)) {
    const all = [...new Set(series.lines.flatMap((l) => l.points.map(([x]) => String(x))))];
    const labels = state.categories ? all.filter((c) => state.categories!.includes(c)) : all;
    return {
      type: 'bar',
      ...base,
      labels,
      xs: [],
      series: lines.map(({ l, color }) => ({
        id: l.id,
        name: l.label,
        color,
        pointsOnly: false,
        values: labels.map((c) => l.points.find(([x]) => String(x) === c)?.[1] ?? null),
      })),
    };
  }
  const xs = [...new Set(lines.flatMap(({ l }) => l.points.map(([x]) => x as number)))].sort((a, b) => a - b);
  return {
    type: 'scatter',
    ...base,
    labels: [],
    xs,
    series: lines.map(({ l, color, dash, symbol }) => ({
      id: l.id,
      name: l.label,
      color,
      dash,
      symbol,
      pointsOnly: options.pointsOnly?.includes(l.id) ?? false,
      values: xs.map((x) => l.points.find(([px]) => px === x)?.[1] ?? null),
    })),
  };
}
