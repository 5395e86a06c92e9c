import { describe, expect, it } from 'vitest';
import { tagSlug } from '../../src/lib/reviews.ts';

describe('tagSlug', () => {
  it('keeps letters of any script and digits, joined by single hyphens', () => {
    expect(tagSlug('Scaling Laws')).toBe('scaling-laws');
    expect(tagSlug('NTK-aware 보간')).toBe('ntk-aware-보간');
    expect(tagSlug('PanGu-π')).toBe('pangu-π');
  });

  it('never lets URL syntax or path segments through', () => {
    expect(tagSlug('#해시?')).toBe('해시');
    expect(tagSlug('50%')).toBe('50');
    expect(tagSlug('a/b')).toBe('a-b');
    expect(tagSlug('..')).toBe('tag-2e-2e');
    expect(tagSlug('🚀')).toBe('tag-1f680');
    for (const t of ['#해시?', '50%', 'a/b', '..', '.', '🚀', '한국어 태그', 'x&y=z', '../../etc'])
      expect(tagSlug(t)).toMatch(/^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u);
  });

  it('gives the same slug to the same tag however it is composed', () => {
    expect(tagSlug('한국어')).toBe(tagSlug('한국어'.normalize('NFD')));
  });
});
