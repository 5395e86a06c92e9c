// DeepSeek LLM's fitted scaling laws (arXiv 2401.02954, §3): optimal hyper-parameters
// (Eq. 1) and optimal model/data allocation (Eq. 4) as functions of compute C = M·D.

/** Eq. 1 and Eq. 4 coefficients as printed in the paper. */
export const DEEPSEEK_COEFFICIENTS = {
  eta: { k: 0.3118, exp: -0.125 },
  batch: { k: 0.292, exp: 0.3271 },
  mBase: 0.1715,
  a: 0.5243,
  dBase: 5.8316,
  b: 0.4757,
} as const;

export interface ScalingPoint {
  /** Compute budget in FLOPs. */
  compute: number;
  /** Optimal peak learning rate. */
  etaOpt: number;
  /** Optimal batch size in tokens. */
  batchOpt: number;
  /** Optimal model scale: non-embedding FLOPs per token. */
  mOpt: number;
  /** Optimal data scale in tokens. */
  dOpt: number;
}

export function scalingAt(compute: number, k = DEEPSEEK_COEFFICIENTS): ScalingPoint {
  if (!(compute > 0) || !Number.isFinite(compute))
    throw new RangeError(`compute must be a positive number of FLOPs, got ${compute}`);
  return {
    compute,
    etaOpt: k.eta.k * compute ** k.eta.exp,
    batchOpt: k.batch.k * compute ** k.batch.exp,
    mOpt: k.mBase * compute ** k.a,
    dOpt: k.dBase * compute ** k.b,
  };
}

/** Non-embedding FLOPs per token (the paper's M): 72·n_layer·d² + 12·n_layer·d·l_seq. */
export function flopsPerToken(nLayer: number, dModel: number, seqLen: number): number {
  return 72 * nLayer * dModel ** 2 + 12 * nLayer * dModel * seqLen;
}

/** Kaplan's non-embedding parameter count N1 = 12·n_layer·d² (so 6N1 = 72·n_layer·d²). */
export function nonEmbeddingParams(nLayer: number, dModel: number): number {
  return 12 * nLayer * dModel ** 2;
}

/** Chinchilla-style total parameters N2 = N1 + n_vocab·d. */
export function totalParams(nLayer: number, dModel: number, vocab: number): number {
  return nonEmbeddingParams(nLayer, dModel) + vocab * dModel;
}

/** Log-spaced compute budgets from lo to hi (inclusive), `perDecade` points per power of ten. */
export function logSpace(lo: number, hi: number, perDecade = 8): number[] {
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  const n = Math.max(2, Math.round((b - a) * perDecade) + 1);
  return Array.from({ length: n }, (_, i) => 10 ** (a + ((b - a) * i) / (n - 1)));
}
