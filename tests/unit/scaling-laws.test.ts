import { describe, expect, it } from 'vitest';
import {
  DEEPSEEK_COEFFICIENTS,
  flopsPerToken,
  nonEmbeddingParams,
  scalingAt,
  totalParams,
} from '../../src/lib/scaling-laws.ts';

// DeepSeek LLM Table 3 (n_vocab = 102400, l_seq = 4096): n_layers, d_model, N1, N2, M as printed.
const TABLE_3: Array<[number, number, number, number, number]> = [
  [8, 512, 25.2e6, 77.6e6, 352e6],
  [12, 768, 84.9e6, 164e6, 963e6],
  [24, 1024, 302e6, 407e6, 3.02e9],
  [24, 2048, 1.21e9, 1.42e9, 9.66e9],
  [32, 4096, 6.44e9, 6.86e9, 45.1e9],
  [40, 5120, 12.6e9, 13.1e9, 85.6e9],
  [80, 8192, 64.4e9, 65.3e9, 419e9],
];

const sig3 = (x: number) => Number(x.toPrecision(3));

describe('model scale (DeepSeek LLM Table 3)', () => {
  it.each(TABLE_3)('n_layer %i, d_model %i reproduces N1, N2 and M to three figures', (l, d, n1, n2, m) => {
    expect(sig3(nonEmbeddingParams(l, d))).toBe(n1);
    expect(sig3(totalParams(l, d, 102400))).toBe(n2);
    expect(sig3(flopsPerToken(l, d, 4096))).toBe(m);
  });
});

describe('Eq. 1 and Eq. 4', () => {
  it('η_opt and B_opt at C = 1e20', () => {
    const p = scalingAt(1e20);
    expect(p.etaOpt).toBeCloseTo(0.3118 * 1e20 ** -0.125, 12);
    expect(p.batchOpt).toBeCloseTo(0.292 * 1e20 ** 0.3271, 0);
  });
  it('M_opt · D_opt = C (0.1715 × 5.8316 ≈ 1.0001, a + b = 1)', () => {
    for (const c of [1e17, 1e20, 1e24]) {
      const p = scalingAt(c);
      expect((p.mOpt * p.dOpt) / c).toBeCloseTo(1.0001, 3);
    }
    expect(DEEPSEEK_COEFFICIENTS.a + DEEPSEEK_COEFFICIENTS.b).toBeCloseTo(1, 10);
  });
  it('DeepSeek 7B: M ≈ 4.23e10 FLOPs/token, η_opt ≈ 4.25e-4 at C = M × 2T (fact sheet check values)', () => {
    const m = flopsPerToken(30, 4096, 4096);
    expect(sig3(m)).toBe(4.23e10);
    const p = scalingAt(m * 2e12);
    expect(sig3(p.etaOpt)).toBe(4.25e-4);
    expect(sig3(p.batchOpt)).toBe(9.22e6);
  });
  it('rejects a non-positive budget', () => {
    expect(() => scalingAt(0)).toThrow(RangeError);
  });
});
