import { describe, expect, it } from 'vitest';
import { childCpuMs, growthCosts, loadedBuilds } from '../../scripts/bench/build-time.ts';

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

  it('growth builds on a busy machine are named, so their CPU times are not compared', () => {
    const quiet = [
      { reviews: 4, load: [0.6, 2.1] },
      { reviews: 40, load: [2.1, 3.1] },
      { reviews: 160, load: [3.0, 1.8] },
    ];
    expect(loadedBuilds(quiet, 2)).toEqual([]);
    // the loaded run of this round: the e2e suite beside the 40- and 160-review builds
    expect(
      loadedBuilds([quiet[0]!, { reviews: 40, load: [13.7, 14.7] }, { reviews: 160, load: [12.9, 2.4] }], 2),
    ).toEqual(['40 reviews (load 13.7→14.7)', '160 reviews (load 12.9→2.4)']);
  });
});
