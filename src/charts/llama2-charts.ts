// Llama 2 figures, each a view of one verified results table (content/data/results/llama-2.yaml):
// the points are looked up cell by cell, so a corrected YAML value redraws the chart.
import type { SiteContent } from '../lib/content/validate.ts';
import { resultsSeries, type ResultsSeriesSpec } from '../lib/results-series.ts';
import type { SeriesChartDef } from './registry.ts';

/** Table 3: the largest model of each open family, one bar group per benchmark category. */
export const pretrainCategoriesSpec: ResultsSeriesSpec = {
  id: 'llama2-pretrain-categories',
  title: '공개 기반 모델의 가장 큰 크기끼리 비교한 범주별 점수',
  paper: 'llama-2',
  table: 'table-3',
  x: { label: '벤치마크 범주' },
  y: { label: '점수', unit: '%' },
  lines: [
    { id: 'mpt-30b', label: 'MPT 30B', match: { model: 'mpt-30b' } },
    { id: 'falcon-40b', label: 'Falcon 40B', match: { model: 'falcon-40b' } },
    { id: 'llama-65b', label: 'Llama 1 65B', match: { model: 'llama-65b' } },
    { id: 'llama-2-70b', label: 'Llama 2 70B', match: { model: 'llama-2-70b' } },
  ],
  categories: [
    { label: '코드', match: { benchmark: 'llama2-code-avg' } },
    { label: '상식 추론', match: { benchmark: 'llama2-commonsense-avg' } },
    { label: '세계 지식', match: { benchmark: 'llama2-world-knowledge-avg' } },
    { label: '독해', match: { benchmark: 'llama2-reading-avg' } },
    { label: '수학', match: { benchmark: 'llama2-math-avg' } },
    { label: 'MMLU', match: { benchmark: 'mmlu' } },
    { label: 'BBH', match: { benchmark: 'bbh' } },
    { label: 'AGI Eval', match: { benchmark: 'agieval' } },
  ],
};

/** Table 8: each reward model on its own domain's test set, split by the annotators' preference strength. */
export const rmAccuracyByStrengthSpec: ResultsSeriesSpec = {
  id: 'llama2-rm-accuracy-by-strength',
  title: '선호 강도별 보상 모델 정확도',
  paper: 'llama-2',
  table: 'table-8',
  x: { label: '주석자가 매긴 선호 강도' },
  y: { label: '정확도', unit: '%' },
  lines: [
    {
      id: 'safety-rm',
      label: 'Safety RM (Meta Safety 테스트셋)',
      match: { model: 'llama-2-safety-rm', benchmark: 'meta-safety' },
    },
    {
      id: 'helpfulness-rm',
      label: 'Helpfulness RM (Meta Helpful 테스트셋)',
      match: { model: 'llama-2-helpfulness-rm', benchmark: 'meta-helpful' },
    },
  ],
  categories: [
    { label: '확연히 나음', match: { setting: 'Significantly Better' } },
    { label: '나음', match: { setting: 'Better' } },
    { label: '조금 나음', match: { setting: 'Slightly Better' } },
    { label: '거의 같음·모름', match: { setting: 'Negligibly Better / Unsure' } },
  ],
};

export const llama2Charts: SeriesChartDef[] = [
  {
    id: 'llama2-pretrain-categories',
    title: 'Llama 2 70B와 다른 공개 기반 모델: 벤치마크 범주별 점수 (Llama 2 표 3)',
    description:
      'MPT·Falcon·Llama 1·Llama 2 각 계열에서 가장 큰 기반 모델의 범주별 평균 점수입니다. 코드는 HumanEval·MBPP, 세계 지식은 NQ·TriviaQA, 수학은 GSM8K·MATH의 평균이고 높을수록 좋습니다.',
    paper: 'llama-2',
    get: (c: SiteContent) => resultsSeries(c, pretrainCategoriesSpec),
    options: { yLabel: '점수 (%)' },
  },
  {
    id: 'llama2-rm-accuracy-by-strength',
    title: 'Llama 2 보상 모델의 선호 강도별 정확도 (Llama 2 표 8)',
    description:
      '두 보상 모델이 자기 도메인 테스트셋에서 사람이 고른 응답을 맞힌 비율을, 주석자가 매긴 선호 강도별로 나눈 값입니다. 50%는 동전 던지기 수준이며, 차이가 분명한 쌍일수록 정확도가 높습니다.',
    paper: 'llama-2',
    get: (c: SiteContent) => resultsSeries(c, rmAccuracyByStrengthSpec),
    options: { yLabel: '정확도 (%) · 점선 = 50% (무작위)', ruleY: { value: 50, label: '무작위 = 50%' } },
  },
];
