// The DeepSeek scaling-law curves as a derived series: M_opt(C) and D_opt(C) from Eq. 4.
import type { SiteContent } from '../lib/content/validate.ts';
import type { Series } from '../lib/content/schema.ts';
import { logSpace, scalingAt } from '../lib/scaling-laws.ts';

/** Compute range of the paper's IsoFLOP study (1e17–3e20) extended to the 67B run (~1e24). */
export const COMPUTE_RANGE = [1e17, 1e25] as const;

export function scalingChartSeries(_c: SiteContent): Series {
  const cs = logSpace(COMPUTE_RANGE[0], COMPUTE_RANGE[1], 4);
  const round = (x: number) => Number(x.toPrecision(4));
  return {
    id: 'deepseek-scaling-curves',
    title: 'DeepSeek LLM 최적 모델·데이터 규모',
    paper: 'deepseek-llm',
    source: { table: '식 4', version: 'v1' },
    kind: 'derived',
    verified: true,
    x: { label: '연산 예산 C', unit: 'FLOPs' },
    y: { label: '최적 규모', unit: '' },
    lines: [
      { id: 'm-opt', label: 'M_opt (토큰당 비임베딩 FLOPs)', points: cs.map((c) => [round(c), round(scalingAt(c).mOpt)] as [number, number]) },
      { id: 'd-opt', label: 'D_opt (학습 토큰 수)', points: cs.map((c) => [round(c), round(scalingAt(c).dOpt)] as [number, number]) },
    ],
  };
}
