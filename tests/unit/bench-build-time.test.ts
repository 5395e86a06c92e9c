import { describe, expect, it } from 'vitest';
import { childCpuMs, growthCosts } from '../../scripts/bench/build-time.ts';

describe('bench build timing', () => {
  it('reads the children’s user + system CPU from bash `times`', () => {
    expect(childCpuMs('0m0.012s 0m0.004s\n2m5.500s 0m10.250s\n')).toBe(135_750);
    expect(() => childCpuMs('garbage')).toThrow('cannot read CPU times');
  });

  it('growth: cost per added review for both steps, and whether they are within 1.5× of each other', () => {
    const flat = growthCosts([
      [4, 100_000],
      [40, 280_000],
      [160, 880_000],
    ]);
    expect(flat).toEqual({ perA: 5000, perB: 5000, ratio: 1, ok: true });
    // a per-page cost that grows with the site (quadratic) fails the target
    const quad = growthCosts([
      [4, 100_000],
      [40, 280_000],
      [160, 2_000_000],
    ]);
    expect(quad.ratio).toBeCloseTo(14_333 / 5000, 2);
    expect(quad.ok).toBe(false);
    expect(() => growthCosts([[4, 1]])).toThrow('three review counts');
  });
});
