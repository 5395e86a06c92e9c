// The bench's calibrated Lighthouse figures (scripts/bench/lighthouse.ts): the CPU slowdown that
// Lighthouse's docs/throttling.md suggests for a host's benchmarkIndex, bracket by bracket.
import { describe, expect, it } from 'vitest';
import { calibratedCpuSlowdown, DEFAULT_CPU_SLOWDOWN } from '../../scripts/bench/lighthouse.ts';

describe('calibratedCpuSlowdown', () => {
  it("keeps the preset's 4× on the high-end desktop it was calibrated for", () => {
    expect(DEFAULT_CPU_SLOWDOWN).toBe(4);
    expect(calibratedCpuSlowdown(1500)).toBe(4);
    expect(calibratedCpuSlowdown(2000)).toBe(4);
    expect(calibratedCpuSlowdown(2600)).toBe(4);
  });

  it('suggests 2× from a low-end desktop or a high-end phone, 1× from a mid-tier phone', () => {
    expect(calibratedCpuSlowdown(1499)).toBe(2);
    expect(calibratedCpuSlowdown(1050)).toBe(2);
    expect(calibratedCpuSlowdown(800)).toBe(2);
    expect(calibratedCpuSlowdown(799)).toBe(1);
    expect(calibratedCpuSlowdown(125)).toBe(1);
    expect(calibratedCpuSlowdown(40)).toBe(1);
  });

  it('refuses an index Lighthouse cannot have reported', () => {
    for (const bad of [0, -3, NaN, Infinity])
      expect(() => calibratedCpuSlowdown(bad)).toThrow(/benchmarkIndex must be a positive number/);
  });
});
