// Shared by the build-time render and the browser: parameters → chart SVG + summary rows.
import { applyMethod, dynamicNtkAlpha, METHOD_LABEL, ROPE_METHODS, type RopeMethod } from '../../lib/rope.ts';
import { lineChartSvg, NARROW_CHART, type LineChartSpec } from '../../lib/svg-lines.ts';

export interface RopeParams {
  headDim: number;
  base: number;
  trainLength: number;
  targetLength: number;
}

export const ROPE_DEFAULTS: RopeParams = { headDim: 128, base: 10000, trainLength: 2048, targetLength: 8192 };

// Colours readable on light and dark backgrounds; lines also differ by dash.
const STYLE: Record<RopeMethod, { color: string; dash?: string }> = {
  rope: { color: '#E69F00' },
  pi: { color: '#56B4E9', dash: '7 4' },
  ntk: { color: '#009E73', dash: '2 3' },
  'dynamic-ntk': { color: '#CC79A7', dash: '10 3 2 3' },
};

export interface RopeSummaryRow {
  method: RopeMethod;
  label: string;
  base: string;
  scale: string;
  longest: string;
  outOfRange: number;
  pairs: number;
}

function fmt(n: number): string {
  return n >= 1e6 ? n.toExponential(2) : n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3);
}

export function ropeView(p: RopeParams): { svg: string; svgNarrow: string; rows: RopeSummaryRow[]; alpha: number } {
  const results = ROPE_METHODS.map((m) => applyMethod(m, p));
  const alpha = dynamicNtkAlpha(p.targetLength, p.trainLength);
  const spec: LineChartSpec = {
    title: `차원 쌍별 RoPE 파장 (d=${p.headDim}, b=${p.base}, 학습 ${p.trainLength} → 목표 ${p.targetLength})`,
    width: 720,
    height: 380,
    xLabel: '차원 쌍 번호 i (0 = 가장 빠른 회전)',
    yLabel: '파장 2π/θᵢ (토큰, 로그)',
    yLog: true,
    hRules: [
      { y: p.trainLength, label: `학습 길이 ${p.trainLength}` },
      { y: p.targetLength, label: `목표 길이 ${p.targetLength}` },
    ],
    series: results.map((r) => ({
      id: r.method,
      label: METHOD_LABEL[r.method],
      ...STYLE[r.method],
      points: r.wavelengths.map((w, i) => [i, w] as const),
    })),
  };
  const svg = lineChartSvg(spec);
  const svgNarrow = lineChartSvg({
    ...spec,
    ...NARROW_CHART,
    xLabel: '차원 쌍 번호 i',
    yLabel: '파장 (토큰, 로그)',
    hRules: [
      { y: p.trainLength, label: `학습 ${p.trainLength}` },
      { y: p.targetLength, label: `목표 ${p.targetLength}` },
    ],
  });
  const rows = results.map((r) => ({
    method: r.method,
    label: METHOD_LABEL[r.method],
    base: fmt(r.base),
    scale:
      r.method === 'pi'
        ? `위치 × ${r.positionScale.toPrecision(3)}`
        : r.method === 'dynamic-ntk'
          ? `α = ${alpha}`
          : r.method === 'ntk'
            ? `α = ${(p.targetLength / p.trainLength).toPrecision(3)}`
            : '–',
    longest: fmt(Math.max(...r.wavelengths)),
    outOfRange: r.outOfRange,
    pairs: r.thetas.length,
  }));
  return { svg, svgNarrow, rows, alpha };
}

export function legendItems() {
  return ROPE_METHODS.map((m) => ({ id: m, label: METHOD_LABEL[m], ...STYLE[m] }));
}
