// Hand-checked values for the comparison pages and the memory calculator.
import { describe, expect, it } from 'vitest';
import {
  embeddingShare,
  inferenceMemory,
  kvBytesPerToken,
  paramsFromShape,
  GIB,
  KIB,
  type Precision,
} from '../../src/lib/model-math.ts';

describe('KV cache per token', () => {
  it('Llama 2 70B in bf16: 80 layers × 8 KV heads × 128 × 2 (K,V) × 2 bytes = 320 KiB', () => {
    expect(kvBytesPerToken(80, 8, 128, 2)).toBe(327_680);
    expect(kvBytesPerToken(80, 8, 128, 2) / KIB).toBe(320);
  });
  it('DeepSeek LLM 67B in bf16: 95 layers → 380 KiB', () => {
    expect(kvBytesPerToken(95, 8, 128, 2) / KIB).toBe(380);
  });
  it('Llama 2 7B (MHA, 32 KV heads) → 512 KiB; a 70B with MHA would need 8× = 2,560 KiB', () => {
    expect(kvBytesPerToken(32, 32, 128, 2) / KIB).toBe(512);
    expect(kvBytesPerToken(80, 64, 128, 2) / KIB).toBe(2560);
  });
});

describe('parameters from the configuration', () => {
  it('Llama 2 70B: 68,976,648,192 ≈ 68.98B (reported "70B")', () => {
    const p = paramsFromShape({
      layers: 80,
      dModel: 8192,
      heads: 64,
      kvHeads: 8,
      ffn: 28672,
      vocab: 32000,
      tied: false,
    });
    expect(p).toBe(68_976_648_192);
  });
  it('Llama 2 7B and 13B: 6.74B and 13.02B (reported 7B, 13B)', () => {
    expect(
      paramsFromShape({ layers: 32, dModel: 4096, heads: 32, kvHeads: 32, ffn: 11008, vocab: 32000, tied: false }) /
        1e9,
    ).toBeCloseTo(6.74, 2);
    expect(
      paramsFromShape({ layers: 40, dModel: 5120, heads: 40, kvHeads: 40, ffn: 13824, vocab: 32000, tied: false }) /
        1e9,
    ).toBeCloseTo(13.02, 2);
  });
  it('tying the embedding removes one V·d matrix', () => {
    const base = { layers: 2, dModel: 64, heads: 4, kvHeads: 4, ffn: 128, vocab: 1000, tied: false };
    expect(paramsFromShape(base) - paramsFromShape({ ...base, tied: true })).toBe(64_000);
  });
});

describe('embedding share and memory', () => {
  it('PanGu-π-1B: 2 × 100,883 × 2,048 ÷ 1.0B = 41.32% (the paper repo’s derived table)', () => {
    expect(embeddingShare(100_883, 2048, false, 1e9) * 100).toBeCloseTo(41.32, 2);
  });
  it('Llama 2 70B, bf16, 4,096 tokens, batch 1: KV 1.25 GiB; weights 2 bytes each', () => {
    const m = inferenceMemory(68_976_648_192, kvBytesPerToken(80, 8, 128, 1), 4096, 1, 'bf16');
    expect(m.kvBytes / GIB).toBe(1.25);
    expect(m.weightsBytes).toBe(68_976_648_192 * 2);
    expect(m.totalBytes).toBe(m.weightsBytes + m.kvBytes);
  });
  it('each precision at its bytes per value: Llama 2 70B weights 128.48 GiB bf16, 64.24 int8, 32.12 int4', () => {
    const weights = (p: Precision) => (inferenceMemory(68_976_648_192, 1, 1, 1, p).weightsBytes / GIB).toFixed(2);
    expect(weights('bf16')).toBe('128.48');
    expect(weights('int8')).toBe('64.24');
    expect(weights('int4')).toBe('32.12');
  });
  it('refuses a zero batch', () => {
    expect(() => inferenceMemory(1, 1, 4096, 0, 'fp16')).toThrow(/positive/);
  });
});
