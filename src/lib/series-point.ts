// One value of a chart series, found by series id, line id and x label: what <SeriesValue>
// renders and what the validator checks a use against.
import type { ProvenanceKind, Series } from './content/schema.ts';

export interface SeriesPointRef {
  series: string;
  line: string;
  x: string;
}

export interface SeriesPoint {
  value: number;
  paper: string;
  /** "Figure 3", as the series names its source. */
  source: string;
  kind: ProvenanceKind;
}

/** The point, or a message naming what is missing (series, line or x) and what exists. */
export function findSeriesPoint(all: readonly Series[], ref: SeriesPointRef): SeriesPoint | string {
  const s = all.find((x) => x.id === ref.series);
  if (!s) return `a series id (${all.map((x) => x.id).join(', ')}), got "${ref.series}"`;
  const line = s.lines.find((l) => l.id === ref.line);
  if (!line) return `a line of series ${s.id} (${s.lines.map((l) => l.id).join(', ')}), got "${ref.line}"`;
  const point = line.points.find(([x]) => String(x) === ref.x);
  if (!point || typeof point[1] !== 'number') return `a point of ${s.id} / ${line.id} at x "${ref.x}" with a value`;
  return { value: point[1], paper: s.paper, source: (line.source ?? s.source).table, kind: s.kind };
}

export function seriesPoint(all: readonly Series[], ref: SeriesPointRef): SeriesPoint {
  const found = findSeriesPoint(all, ref);
  if (typeof found === 'string') throw new Error(`<SeriesValue>: expected ${found}`);
  return found;
}
