// src/lib/compare/units.ts: a comparison value written in another unit is converted only when the
// conversion is exact and stated (token multiples; sequences × sequence length); anything else is
// refused. DeepSeek LLM 7B's batch (2,304 sequences of 4,096 tokens) and Llama 2's "4 M tokens"
// are the values of content/data/compare/.
import { describe, expect, it } from 'vitest';
import { convertQuantity } from '../../src/lib/compare/units.ts';

describe('unit conversion', () => {
  it('a batch in sequences becomes tokens with the conversion shown (DeepSeek 7B: 2304 × 4096)', () => {
    const r = convertQuantity({ value: 2304, unit: 'sequences' }, 'tokens', 4096);
    expect(r.value).toBe(9_437_184);
    expect(r.conversion).toContain('2,304 시퀀스 × 4,096 토큰');
  });
  it('M tokens become tokens', () => {
    expect(convertQuantity({ value: 4, unit: 'M tokens' }, 'tokens').value).toBe(4_000_000);
  });
  it('refuses sequences without a sequence length, and unknown units', () => {
    expect(() => convertQuantity({ value: 64, unit: 'sequences' }, 'tokens')).toThrow(/sequence length/);
    expect(() => convertQuantity({ value: 3, unit: 'GB' }, 'tokens')).toThrow(/got unit "GB"/);
  });

  it('leaves a value in the column’s unit as it is, with no conversion to show', () => {
    expect(convertQuantity({ value: 4096, unit: 'tokens' }, 'tokens')).toEqual({ value: 4096, conversion: '' });
  });
  it('converts every multiple of tokens into tokens and says how', () => {
    expect(convertQuantity({ value: 4, unit: 'M tokens' }, 'tokens').conversion).toBe('4 M tokens = 4,000,000 tokens');
    expect(convertQuantity({ value: 2, unit: 'T tokens' }, 'tokens')).toEqual({
      value: 2_000_000_000_000,
      conversion: '2 T tokens = 2,000,000,000,000 tokens',
    });
    expect(convertQuantity({ value: 1.5, unit: 'B tokens' }, 'tokens').value).toBe(1_500_000_000);
    expect(convertQuantity({ value: 32, unit: 'K tokens' }, 'tokens').value).toBe(32_000);
  });
  it('names the accepted units in a refusal', () => {
    expect(() => convertQuantity({ value: 3, unit: 'GB' }, 'tokens')).toThrow(
      'a value in "tokens" (or tokens, K tokens, M tokens, B tokens, T tokens) or "sequences" with a context length, got unit "GB"',
    );
    expect(() => convertQuantity({ value: 3, unit: 'M tokens' }, 'B')).toThrow('a value in "B", got unit "M tokens"');
  });
  it('turns sequences into tokens only, never into a multiple of tokens', () => {
    expect(() => convertQuantity({ value: 64, unit: 'sequences' }, 'M tokens', 4096)).toThrow('got unit "sequences"');
  });
  it('converts between multiples of tokens in either direction, not only into tokens', () => {
    expect(convertQuantity({ value: 2000, unit: 'B tokens' }, 'T tokens')).toEqual({
      value: 2,
      conversion: '2000 B tokens = 2 T tokens',
    });
    expect(convertQuantity({ value: 1.4, unit: 'T tokens' }, 'B tokens').value).toBe(1400);
    expect(() => convertQuantity({ value: 3, unit: 'GB' }, 'T tokens')).toThrow(
      'a value in "T tokens" (or tokens, K tokens, M tokens, B tokens, T tokens), got unit "GB"',
    );
  });
});
