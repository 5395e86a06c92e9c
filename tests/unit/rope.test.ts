import { describe, expect, it } from 'vitest';
import { applyMethod, dynamicNtkAlpha, frequencies, ntkBase, wavelengths } from '../../src/lib/rope.ts';

describe('RoPE frequencies', () => {
  it('θ_i = b^(−2i/d): hand values for d = 4, b = 10000', () => {
    const t = frequencies(4, 10000);
    expect(t[0]).toBe(1);
    expect(t[1]).toBeCloseTo(0.01, 12); // 10000^(-2/4)
  });
  it('d = 128: the slowest pair has θ = 10000^(−126/128)', () => {
    const t = frequencies(128, 10000);
    expect(t).toHaveLength(64);
    expect(t[63]).toBeCloseTo(10000 ** (-126 / 128), 15);
    expect(wavelengths(t)[63]).toBeCloseTo(2 * Math.PI * 10000 ** (126 / 128), 6);
  });
  it('rejects an odd head dimension', () => {
    expect(() => frequencies(127, 10000)).toThrow(/even integer/);
  });
});

describe('NTK-aware base scaling', () => {
  it('b′ = b·α^(d/(d−2))', () => {
    expect(ntkBase(10000, 4, 128)).toBeCloseTo(10000 * 4 ** (128 / 126), 6);
  });
  it('keeps the fastest pair and stretches the slowest by exactly α', () => {
    const r = applyMethod('ntk', { headDim: 128, base: 10000, trainLength: 2048, targetLength: 8192 });
    const plain = frequencies(128, 10000);
    expect(r.thetas[0]).toBe(1);
    expect(plain[63]! / r.thetas[63]!).toBeCloseTo(4, 9);
  });
});

describe('Qwen dynamic NTK α', () => {
  it('is 1 within the training length, then 3, 7, 15, 31 as the length doubles', () => {
    expect(dynamicNtkAlpha(2048, 2048)).toBe(1);
    expect(dynamicNtkAlpha(2049, 2048)).toBe(3);
    expect(dynamicNtkAlpha(4096, 2048)).toBe(3);
    expect(dynamicNtkAlpha(8192, 2048)).toBe(7);
    expect(dynamicNtkAlpha(16384, 2048)).toBe(15);
    expect(dynamicNtkAlpha(32768, 2048)).toBe(31);
  });
});

describe('pairs beyond the trained range', () => {
  const p = { headDim: 128, base: 10000, trainLength: 2048, targetLength: 8192 };
  it('plain RoPE: every pair that never finished a turn in 2048 tokens', () => {
    // wavelength > 2048 ⇔ θ_i < 2π/2048 ⇔ i > (64/ln 10000)·ln(2048/2π) ≈ 40.2 → pairs 41..63
    expect(applyMethod('rope', p).outOfRange).toBe(23);
  });
  it('position interpolation keeps every angle inside the trained range', () => {
    expect(applyMethod('pi', p).outOfRange).toBe(0);
    expect(applyMethod('pi', p).positionScale).toBe(0.25);
  });
  it('within the training length nothing is out of range', () => {
    expect(applyMethod('rope', { ...p, targetLength: 2048 }).outOfRange).toBe(0);
  });
});
