// Native (PowerPoint) chart data, kept free of rendering code so the browser's deck builder can load it cheaply.
export interface NativeSeries {
  id: string;
  name: string;
  /** "#rrggbb" (light palette). */
  color: string;
  /** Aligned with labels (bar) or xs (scatter); null = no value at that x. */
  values: Array<number | null>;
  /** Markers only, no connecting line. */
  pointsOnly: boolean;
  /** The site's dash pattern ("6 3", "" = solid) and marker shape for this series, so the deck tells series apart as the page does. */
  dash?: string;
  symbol?: string;
}

export interface NativeChartSpec {
  type: 'bar' | 'scatter';
  xTitle: string;
  yTitle: string;
  xLogBase?: number;
  yLogBase?: number;
  labels: string[];
  xs: number[];
  series: NativeSeries[];
  /**
   * Set when the site's chart type has no native form and the deck draws the same data as
   * another type (the PanGu Figure 1 waterfall as level and gain bars): said on the slide.
   */
  redrawnAs?: string;
}

/** The same spec with a reader's view applied (hidden series, kept categories); used by the deck builder. */
export function applyNativeState(
  spec: NativeChartSpec,
  state: { hidden?: readonly string[]; categories?: readonly string[] },
): NativeChartSpec {
  const keep =
    spec.type === 'bar' && state.categories
      ? spec.labels.map((l) => state.categories!.includes(l))
      : spec.labels.map(() => true);
  return {
    ...spec,
    labels: spec.labels.filter((_, i) => keep[i]),
    series: spec.series
      .filter((s) => !state.hidden?.includes(s.id))
      .map((s) => ({ ...s, values: spec.type === 'bar' ? s.values.filter((_, i) => keep[i]) : s.values })),
  };
}
