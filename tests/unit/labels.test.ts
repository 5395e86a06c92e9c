// Labels shared by pages and widgets (src/lib/labels.ts).
import { describe, expect, it } from 'vitest';
import { provenanceMark, termTitle, termWithEnglish } from '../../src/lib/labels.ts';

describe('termWithEnglish / termTitle', () => {
  it('puts the English name in brackets after a Korean term', () => {
    expect(termWithEnglish('회전 위치 임베딩', 'Rotary Position Embedding (RoPE)')).toEqual({
      name: '회전 위치 임베딩',
      english: 'Rotary Position Embedding (RoPE)',
    });
    expect(termTitle('회전 위치 임베딩', 'Rotary Position Embedding (RoPE)')).toBe(
      '회전 위치 임베딩 (Rotary Position Embedding (RoPE))',
    );
  });
  it('uses the English name alone when it already starts with the term, so nothing reads twice', () => {
    expect(termWithEnglish('SwiGLU', 'SwiGLU (Swish-gated linear unit)')).toEqual({
      name: 'SwiGLU (Swish-gated linear unit)',
      english: null,
    });
    expect(termTitle('FlashAttention', 'FlashAttention (IO-aware exact attention)')).toBe(
      'FlashAttention (IO-aware exact attention)',
    );
  });
  it('keeps a bracket for a Latin term whose English name only shares a prefix with it', () => {
    expect(termTitle('IsoFLOP 분석', 'IsoFLOP profile (fixed-compute allocation sweep)')).toBe(
      'IsoFLOP 분석 (IsoFLOP profile (fixed-compute allocation sweep))',
    );
  });
});

describe('provenanceMark', () => {
  it('marks unverified, derived and read-off numbers, and leaves reported ones bare', () => {
    expect(provenanceMark('reported', false)).toBe('?');
    expect(provenanceMark('derived', true)).toBe('ᶜ');
    expect(provenanceMark('figure-readoff', true)).toBe('≈');
    expect(provenanceMark('reported', true)).toBe('');
  });
});
