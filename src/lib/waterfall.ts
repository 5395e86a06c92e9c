// Waterfall of cumulative steps: a start value, then each step's gain as a floating bar from the
// previous value to the next, then the end total. Pure data, shared by the chart, its table and CSV.

export type WaterfallKind = 'start' | 'gain' | 'total';

export interface WaterfallBar {
  label: string;
  kind: WaterfallKind;
  /** Where the bar starts and ends on the value axis (a gain floats from the previous total). */
  from: number;
  to: number;
  /** The step's change (gain bars) or the value itself (start/total bars), rounded to `digits`. */
  value: number;
}

/** Rounds away floating-point noise: 44.11 − 42.41 is 1.6999999999999957, reported as 1.7. */
export function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Cumulative values [start, after step 1, …, after step n] → start bar, n gain bars, total bar.
 * `where` names the data in error messages.
 */
export function waterfallBars(
  points: ReadonlyArray<readonly [string | number, number]>,
  opts: { totalLabel: string; where: string; digits?: number },
): WaterfallBar[] {
  const digits = opts.digits ?? 2;
  if (points.length < 2)
    throw new Error(
      `${opts.where}: a waterfall needs a start value and at least one step, got ${points.length} point(s)`,
    );
  for (const [label, y] of points) {
    if (!Number.isFinite(y)) throw new Error(`${opts.where}: point "${label}" must have a finite value, got ${y}`);
  }
  const [first, ...steps] = points;
  const bars: WaterfallBar[] = [{ label: String(first![0]), kind: 'start', from: 0, to: first![1], value: first![1] }];
  let prev = first![1];
  for (const [label, y] of steps) {
    bars.push({ label: String(label), kind: 'gain', from: prev, to: y, value: roundTo(y - prev, digits) });
    prev = y;
  }
  bars.push({ label: opts.totalLabel, kind: 'total', from: 0, to: prev, value: prev });
  return bars;
}

/** "+1.70" / "−0.30" for gains, "51.28" for totals: the label printed on each bar. */
export function waterfallLabel(bar: WaterfallBar, digits = 2): string {
  const v = bar.value.toFixed(digits);
  if (bar.kind !== 'gain') return v;
  return bar.value < 0 ? `−${v.slice(1)}` : `+${v}`;
}

/** Sum of the gain bars: equals total − start (the figure's headline change). */
export function waterfallNetGain(bars: readonly WaterfallBar[], digits = 2): number {
  return roundTo(
    bars.filter((b) => b.kind === 'gain').reduce((s, b) => s + b.value, 0),
    digits,
  );
}
