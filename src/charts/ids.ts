// Chart ids, kept apart from the render code so that content checks load nothing heavy.
// src/charts/registry.ts must define exactly these (a unit test holds them together).
// The review charts drawn from series files: the size, embed and slide tests cover each of them.
export const reviewChartIds = [
  'qwen-tokenizer-compression',
  'tokenizer-measured',
  'qwen-long-context-ppl',
  'pangu-vocab-share',
  'pangu-figure1-gains',
  'deepseek-scaling-curves',
] as const;

export const chartIds = [
  ...reviewChartIds,
  // comparison pages (/compare/, issue 18)
  'compare-architecture',
  'compare-kv-cache',
  'compare-alignment',
  'compare-long-context',
  'compare-tokenizers',
  'compare-training',
  // Llama 2 figures drawn from its results tables (issue #17)
  'llama2-pretrain-categories',
  'llama2-rm-accuracy-by-strength',
] as const;
export type ChartId = (typeof chartIds)[number];
