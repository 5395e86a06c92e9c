// Rotary position embedding (RoPE) frequencies and the context-extension methods Qwen's
// report discusses. Pair i of a head of dimension d rotates by angle m·θ_i at position m,
// with θ_i = b^(−2i/d); nothing in the formula depends on the maximum context length.

export type RopeMethod = 'rope' | 'pi' | 'ntk' | 'dynamic-ntk';

export const METHOD_LABEL: Record<RopeMethod, string> = {
  rope: '기본 RoPE',
  pi: '위치 보간 (PI)',
  ntk: 'NTK-aware 보간',
  'dynamic-ntk': 'Qwen dynamic NTK',
};

/** θ_i = base^(−2i/d) for i = 0 … d/2 − 1. */
export function frequencies(headDim: number, base: number): number[] {
  if (!Number.isInteger(headDim) || headDim < 2 || headDim % 2 !== 0)
    throw new RangeError(`head dimension must be an even integer ≥ 2, got ${headDim}`);
  if (!(base > 1)) throw new RangeError(`base must be > 1, got ${base}`);
  return Array.from({ length: headDim / 2 }, (_, i) => base ** ((-2 * i) / headDim));
}

/** Wavelength in tokens of pair i: the distance over which it turns one full circle. */
export function wavelengths(thetas: readonly number[]): number[] {
  return thetas.map((t) => (2 * Math.PI) / t);
}

/** NTK-aware interpolation changes the base, not the positions: b' = b·α^(d/(d−2)). */
export function ntkBase(base: number, alpha: number, headDim: number): number {
  return base * alpha ** (headDim / (headDim - 2));
}

/**
 * Qwen's dynamic NTK factor in its released code: α = max(2^⌈log2(L/L_train) + 1⌉ − 1, 1),
 * which gives 1 up to L_train, then 3, 7, 15, 31 as the length doubles.
 */
export function dynamicNtkAlpha(length: number, trainLength: number): number {
  if (length <= trainLength) return 1;
  return Math.max(2 ** Math.ceil(Math.log2(length / trainLength) + 1) - 1, 1);
}

export interface MethodResult {
  method: RopeMethod;
  /** Effective per-pair angular frequency at the target length. */
  thetas: number[];
  wavelengths: number[];
  /** The base after scaling (NTK variants) or the original base. */
  base: number;
  /** Position scale factor applied to m (PI), else 1. */
  positionScale: number;
  /** Pairs whose largest angle at the target length was never reached in training. */
  outOfRange: number;
}

/**
 * Frequencies a method uses at `targetLength`, and how many pairs then see rotation angles
 * beyond what training covered. A pair is out of range when, in training, it never completed
 * a full turn (wavelength > L_train) and the target length pushes its largest angle further.
 */
export function applyMethod(
  method: RopeMethod,
  p: { headDim: number; base: number; trainLength: number; targetLength: number },
): MethodResult {
  const original = frequencies(p.headDim, p.base);
  let thetas = original;
  let base = p.base;
  let positionScale = 1;
  const ratio = p.targetLength / p.trainLength;
  if (method === 'pi' && ratio > 1) {
    positionScale = 1 / ratio;
    thetas = original.map((t) => t * positionScale);
  } else if (method === 'ntk' && ratio > 1) {
    base = ntkBase(p.base, ratio, p.headDim);
    thetas = frequencies(p.headDim, base);
  } else if (method === 'dynamic-ntk') {
    base = ntkBase(p.base, dynamicNtkAlpha(p.targetLength, p.trainLength), p.headDim);
    thetas = frequencies(p.headDim, base);
  }
  const eps = 1e-9;
  const outOfRange = thetas.filter((t, i) => {
    const trained = p.trainLength * original[i]!;
    return trained < 2 * Math.PI && p.targetLength * t > trained * (1 + eps);
  }).length;
  return { method, thetas, wavelengths: wavelengths(thetas), base, positionScale, outOfRange };
}

export const ROPE_METHODS: readonly RopeMethod[] = ['rope', 'pi', 'ntk', 'dynamic-ntk'];
