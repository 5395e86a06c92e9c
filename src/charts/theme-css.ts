// Charts are rendered once, in the light palette; in dark mode this stylesheet swaps each
// light colour for its dark counterpart (CSS beats SVG presentation attributes), so pages
// carry one SVG per chart instead of two.
import { PALETTES } from './plot-svg.ts';

export function chartThemeCss(): string {
  const l = PALETTES.light;
  const d = PALETTES.dark;
  const pairs: Array<[string, string]> = [
    [l.fg, d.fg],
    [l.fgSoft, d.fgSoft],
    [l.grid, d.grid],
    ...l.series.map((c, i) => [c, d.series[i]!] as [string, string]),
  ];
  const scope = "[data-theme='dark'] :is(svg[data-chart], svg[data-swatch])";
  // the root <svg> carries fill/stroke too (text inherits it), hence both selectors
  const rules = pairs.flatMap(([from, to]) => [
    `${scope} [fill='${from}'],${scope}[fill='${from}']{fill:${to}}`,
    `${scope} [stroke='${from}'],${scope}[stroke='${from}']{stroke:${to}}`,
  ]);
  rules.push(`${scope} [stroke='${l.bg}']{stroke:${d.bg}}`);
  rules.push(`${scope}{background:${d.bg}!important;color:${d.fg}!important}`);
  return rules.join('\n');
}
