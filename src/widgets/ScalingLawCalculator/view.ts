// Shared by build time and browser: compute budget → the four optimal quantities and a chart.
import { COMPUTE_RANGE, type ReferenceModel } from '../../charts/scaling-chart.ts';
import { logSpace, scalingAt, type ScalingPoint } from '../../lib/scaling-laws.ts';
import { sci } from '../../lib/format.ts';
import { lineChartSvg, NARROW_CHART, type LineChartSpec } from '../../lib/svg-lines.ts';

export interface ScalingViewRow {
  key: 'etaOpt' | 'batchOpt' | 'mOpt' | 'dOpt';
  label: string;
  value: string;
}

export function scalingRows(p: ScalingPoint): ScalingViewRow[] {
  return [
    { key: 'etaOpt', label: '최적 최대 학습률 η_opt', value: sci(p.etaOpt) },
    { key: 'batchOpt', label: '최적 배치 크기 B_opt (토큰)', value: sci(p.batchOpt) },
    { key: 'mOpt', label: '최적 모델 규모 M_opt (토큰당 비임베딩 FLOPs)', value: sci(p.mOpt) },
    { key: 'dOpt', label: '최적 데이터 규모 D_opt (토큰)', value: sci(p.dOpt) },
  ];
}

export type { ReferenceModel };

export function scalingView(log10C: number, refs: readonly ReferenceModel[]) {
  const point = scalingAt(10 ** log10C);
  const cs = logSpace(COMPUTE_RANGE[0], COMPUTE_RANGE[1], 6);
  const spec: LineChartSpec = {
    title: `연산 예산에 따른 M_opt·D_opt (선택한 C = ${sci(point.compute)} FLOPs)`,
    width: 720,
    height: 360,
    xLabel: '연산 예산 C (FLOPs, 로그)',
    yLabel: 'M_opt, D_opt (로그)',
    xLog: true,
    yLog: true,
    series: [
      { id: 'm-opt', label: 'M_opt', color: '#56B4E9', points: cs.map((c) => [c, scalingAt(c).mOpt] as const) },
      {
        id: 'd-opt',
        label: 'D_opt',
        color: '#E69F00',
        dash: '7 4',
        points: cs.map((c) => [c, scalingAt(c).dOpt] as const),
      },
    ],
    markers: [
      { x: point.compute, y: point.mOpt, label: 'M_opt' },
      { x: point.compute, y: point.dOpt, label: 'D_opt' },
      ...refs.flatMap((r) => [
        { x: r.m * r.d, y: r.m, label: `${r.label} M` },
        { x: r.m * r.d, y: r.d, label: `${r.label} D` },
      ]),
    ],
  };
  const svg = lineChartSvg(spec);
  const svgNarrow = lineChartSvg({ ...spec, ...NARROW_CHART, xLabel: '연산 예산 C (FLOPs)', yLabel: 'M_opt, D_opt' });
  return { point, rows: scalingRows(point), svg, svgNarrow };
}
