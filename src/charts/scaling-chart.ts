// The DeepSeek scaling-law curves as a derived series: M_opt(C) and D_opt(C) from Eq. 4,
// plus the paper's own 7B and 67B placed at their actual M and D (computed from Table 2).
import type { SiteContent } from '../lib/content/validate.ts';
import type { Series } from '../lib/content/schema.ts';
import { flopsPerToken, logSpace, scalingAt } from '../lib/scaling-laws.ts';

/** Compute range of the paper's IsoFLOP study (1e17–3e20) extended past the 67B run (~1e24). */
export const COMPUTE_RANGE = [1e17, 1e25] as const;

export interface ReferenceModel {
  label: string;
  /** Non-embedding FLOPs per token (the paper's M). */
  m: number;
  /** Training tokens. */
  d: number;
}

/** DeepSeek LLM 7B and 67B from Table 2: M from layers, d_model and context; D from tokens (T). */
export function deepseekModels(c: SiteContent): ReferenceModel[] {
  const t2 = c.configs.find((t) => t.paper === 'deepseek-llm' && t.id === 'table-2');
  if (!t2) throw new Error('the scaling chart needs the deepseek-llm config table "table-2"');
  return t2.rows.map((r) => {
    const v = r.values as Record<string, number>;
    // the size at the end of the model id ("deepseek-llm-67b" → "67B"), so a further row is named too
    const size = /(\d+(?:\.\d+)?)b$/i.exec(r.model ?? '')?.[1];
    return {
      label: size ? `${size}B` : (r.model ?? 'DeepSeek LLM'),
      m: flopsPerToken(v.layers!, v.d_model!, v.context!),
      d: v.tokens! * 1e12,
    };
  });
}

/** Series ids drawn as points only (actual models, not curves). */
export const MODEL_POINT_SERIES = ['deepseek-m', 'deepseek-d'];

export function scalingChartSeries(c: SiteContent): Series {
  const cs = logSpace(COMPUTE_RANGE[0], COMPUTE_RANGE[1], 4);
  const round = (x: number) => Number(x.toPrecision(4));
  const models = deepseekModels(c);
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
      {
        id: 'm-opt',
        label: 'M_opt (토큰당 비임베딩 FLOPs)',
        points: cs.map((x) => [round(x), round(scalingAt(x).mOpt)] as [number, number]),
      },
      {
        id: 'd-opt',
        label: 'D_opt (학습 토큰 수)',
        points: cs.map((x) => [round(x), round(scalingAt(x).dOpt)] as [number, number]),
      },
      {
        id: 'deepseek-m',
        label: 'DeepSeek LLM 7B·67B의 실제 M',
        points: models.map((r) => [round(r.m * r.d), round(r.m)] as [number, number]),
      },
      {
        id: 'deepseek-d',
        label: 'DeepSeek LLM 7B·67B의 실제 D',
        points: models.map((r) => [round(r.m * r.d), round(r.d)] as [number, number]),
      },
    ],
  };
}
