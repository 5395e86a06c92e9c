// A tiny dependency-free line chart as an SVG string, for widgets that redraw in the
// browser (the RoPE explorer, the scaling-law calculator). The same function renders the
// build-time SVG, so the page is complete without JavaScript.
import { escapeXml } from './escape.ts';
import { CHART_FONTS, fontStack } from './theme.ts';

export interface LineSeries {
  id: string;
  label: string;
  color: string;
  dash?: string;
  points: ReadonlyArray<readonly [number, number]>;
}

export interface LineChartSpec {
  title: string;
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  xLog?: boolean;
  yLog?: boolean;
  series: readonly LineSeries[];
  /** Horizontal reference lines, e.g. the training length. */
  hRules?: ReadonlyArray<{ y: number; label: string }>;
  markers?: ReadonlyArray<{ x: number; y: number; label: string }>;
  fg?: string;
  grid?: string;
  /** Text size in viewBox units (12 by default); narrow variants use a larger one. */
  fontSize?: number;
}

/** The narrow variant's box: drawn for a phone-wide widget (~330 px) so text is not scaled down. */
export const NARROW_CHART = { width: 340, height: 300, fontSize: 13 } as const;

const esc = escapeXml;

function niceLogTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  const step = Math.max(1, Math.ceil((Math.log10(hi) - Math.log10(lo)) / 7));
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e += step) out.push(10 ** e);
  return out;
}

function niceLinearTicks(lo: number, hi: number, n = 6): number[] {
  const span = hi - lo || 1;
  const raw = span / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => span / s <= n) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export function tickLabel(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) {
    const e = Math.floor(Math.log10(a));
    const m = v / 10 ** e;
    return `${Math.abs(m - 1) < 1e-9 ? '' : `${Number(m.toPrecision(2))}×`}10^${e}`;
  }
  return String(Number(v.toPrecision(4)));
}

export function lineChartSvg(spec: LineChartSpec): string {
  const { width: W, height: H } = spec;
  const fs = spec.fontSize ?? 12;
  const k = fs / 12;
  const m = { l: Math.round(70 * k), r: 16, t: 16, b: Math.round(48 * k) };
  const pts = spec.series.flatMap((s) => s.points);
  const ys = [...pts.map((p) => p[1]), ...(spec.hRules ?? []).map((r) => r.y)].filter(
    (v) => Number.isFinite(v) && (!spec.yLog || v > 0),
  );
  const xs = pts.map((p) => p[0]).filter((v) => Number.isFinite(v) && (!spec.xLog || v > 0));
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (!spec.yLog) [y0, y1] = [Math.min(0, y0), y1 * 1.05];
  if (x0 === x1) x1 = x0 + 1;
  if (y0 === y1) y1 = y0 * 2 || 1;
  const fx = spec.xLog
    ? (x: number) => m.l + ((Math.log10(x) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0))) * (W - m.l - m.r)
    : (x: number) => m.l + ((x - x0) / (x1 - x0)) * (W - m.l - m.r);
  const fy = spec.yLog
    ? (y: number) => H - m.b - ((Math.log10(y) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))) * (H - m.t - m.b)
    : (y: number) => H - m.b - ((y - y0) / (y1 - y0)) * (H - m.t - m.b);
  const r = (v: number) => Math.round(v * 10) / 10;
  const fg = spec.fg ?? 'currentColor';
  const grid = spec.grid ?? 'rgba(128,128,128,0.3)';
  const xt = spec.xLog ? niceLogTicks(x0, x1) : niceLinearTicks(x0, x1);
  const yt = spec.yLog ? niceLogTicks(y0, y1) : niceLinearTicks(y0, y1);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(spec.title)}" style="max-width:100%;height:auto" font-family="${fontStack(CHART_FONTS)}" font-size="${fs}">`,
  );
  parts.push(`<title>${esc(spec.title)}</title>`);
  for (const t of yt)
    parts.push(
      `<line x1="${m.l}" x2="${W - m.r}" y1="${r(fy(t))}" y2="${r(fy(t))}" stroke="${grid}"/><text x="${m.l - 6}" y="${r(fy(t))}" dy="0.32em" text-anchor="end" fill="${fg}">${esc(tickLabel(t))}</text>`,
    );
  for (const t of xt)
    parts.push(
      `<line x1="${r(fx(t))}" x2="${r(fx(t))}" y1="${m.t}" y2="${H - m.b}" stroke="${grid}"/><text x="${r(fx(t))}" y="${H - m.b + Math.round(16 * k)}" text-anchor="middle" fill="${fg}">${esc(tickLabel(t))}</text>`,
    );
  parts.push(
    `<text x="${(m.l + W - m.r) / 2}" y="${H - 8}" text-anchor="middle" fill="${fg}">${esc(spec.xLabel)}</text>`,
  );
  parts.push(
    `<text transform="translate(${Math.round(14 * k)} ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle" fill="${fg}">${esc(spec.yLabel)}</text>`,
  );
  for (const h of spec.hRules ?? []) {
    if (h.y < y0 || h.y > y1) continue;
    parts.push(
      `<line x1="${m.l}" x2="${W - m.r}" y1="${r(fy(h.y))}" y2="${r(fy(h.y))}" stroke="${fg}" stroke-dasharray="5 4"/><text x="${W - m.r - 4}" y="${r(fy(h.y)) - 5}" text-anchor="end" fill="${fg}">${esc(h.label)}</text>`,
    );
  }
  for (const s of spec.series) {
    const d = s.points
      .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && (!spec.xLog || x > 0) && (!spec.yLog || y > 0))
      .map(([x, y], i) => `${i ? 'L' : 'M'}${r(fx(x))},${r(fy(y))}`)
      .join('');
    parts.push(
      `<path data-series="${esc(s.id)}" d="${d}" fill="none" stroke="${s.color}" stroke-width="2.2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
    );
  }
  for (const mk of spec.markers ?? [])
    parts.push(
      `<circle cx="${r(fx(mk.x))}" cy="${r(fy(mk.y))}" r="5" fill="${fg}"/><text x="${r(fx(mk.x)) + 8}" y="${r(fy(mk.y)) - 8}" fill="${fg}">${esc(mk.label)}</text>`,
    );
  parts.push('</svg>');
  return parts.join('');
}
