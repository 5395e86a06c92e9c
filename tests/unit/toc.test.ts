// src/lib/toc.ts: the labels of a review's contents list, made from the markdown source (inline
// TeX turned into readable text) and paired with the slugs of the rendered headings.
import { describe, expect, it } from 'vitest';
import { headingLabel, texToPlain, tocEntries } from '../../src/lib/toc.ts';

describe('inline TeX as text', () => {
  it('turn inline TeX into readable text, never doubled', () => {
    expect(texToPlain('C = 10^{20}')).toBe('C = 10²⁰');
    expect(texToPlain('6N_1')).toBe('6N₁');
    expect(texToPlain('\\alpha \\times b_{\\mathrm{new}}')).toBe('α × b_new');
    expect(headingLabel('예시 2: $C = 10^{20}$ FLOPs로 **새 모델** 설계하기')).toBe(
      '예시 2: C = 10²⁰ FLOPs로 새 모델 설계하기',
    );
  });

  it('writes a negative exponent with superscript minus', () => {
    expect(texToPlain('10^{-4}')).toBe('10⁻⁴');
  });

  it('keeps ^ or _ before a script that has letters without a Unicode form', () => {
    expect(texToPlain('x^{ab}')).toBe('x^ab');
    expect(texToPlain('N_{\\text{opt}}')).toBe('N_opt');
  });

  it('turns relation symbols into their signs and TeX spacing into a space', () => {
    expect(texToPlain('L \\le 2')).toBe('L ≤ 2');
    expect(texToPlain('a\\,b')).toBe('a b');
  });
});

describe('heading labels', () => {
  it('keep a link’s text and drop tags, code ticks and emphasis', () => {
    expect(headingLabel('[RoPE](/concepts/rope/)와 `GQA` <sup>1</sup> **굵게**')).toBe('RoPE와 GQA 1 굵게');
  });
});

describe('contents entries', () => {
  it('pair rendered slugs with source labels, and fall back when they disagree', () => {
    const rendered = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'ex', text: '예시 C=1020C = 10^{20}C=1020' },
      { depth: 4, slug: 'deep', text: 'deep' },
    ];
    const source = [
      { depth: 2, text: 'A' },
      { depth: 3, text: '예시 $C = 10^{20}$' },
      { depth: 4, text: 'deep' },
    ];
    expect(tocEntries(rendered, source)).toEqual([
      { depth: 2, slug: 'a', label: 'A' },
      { depth: 3, slug: 'ex', label: '예시 C = 10²⁰' },
    ]);
    expect(tocEntries(rendered, source.slice(0, 1))[1]!.label).toBe(rendered[1]!.text);
  });

  it('keep the rendered text when the lists have the same length but different depths', () => {
    const rendered = [
      { depth: 2, slug: 'a', text: 'A (rendered)' },
      { depth: 3, slug: 'b', text: 'B (rendered)' },
    ];
    const source = [
      { depth: 3, text: 'A' },
      { depth: 2, text: 'B' },
    ];
    expect(tocEntries(rendered, source).map((e) => e.label)).toEqual(['A (rendered)', 'B (rendered)']);
  });

  it('list the depths asked for: h4 when given, never the h1 title by default', () => {
    const rendered = [
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 4, slug: 'd', text: 'D' },
    ];
    const source = [
      { depth: 1, text: 'Title' },
      { depth: 2, text: 'A' },
      { depth: 4, text: '$\\beta$ 값' },
    ];
    expect(tocEntries(rendered, source).map((e) => e.slug)).toEqual(['a']);
    expect(tocEntries(rendered, source, [2, 3, 4])).toEqual([
      { depth: 2, slug: 'a', label: 'A' },
      { depth: 4, slug: 'd', label: 'β 값' },
    ]);
  });
});
