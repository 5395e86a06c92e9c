// texToMathml keeps each formula's output for the process (concept previews on every review
// page, dev-server re-renders): the same markup without running KaTeX again, failures not kept.
import { describe, expect, it, vi } from 'vitest';
import katex from 'katex';
import { texToMathml } from '../../src/lib/markdown/render-math.ts';

describe('texToMathml cache', () => {
  it('renders a formula once per process and does not keep failures', () => {
    const spy = vi.spyOn(katex, 'renderToString');
    try {
      const first = texToMathml('\\alpha_{memo}', false);
      expect(first).toContain('<math');
      expect(texToMathml('\\alpha_{memo}', false)).toBe(first);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(texToMathml('\\alpha_{memo}', true)).not.toBe(first); // display mode is part of the key
      expect(spy).toHaveBeenCalledTimes(2);
      expect(() => texToMathml('\\frac{', false)).toThrow();
      expect(() => texToMathml('\\frac{', false)).toThrow();
      expect(spy).toHaveBeenCalledTimes(4);
    } finally {
      spy.mockRestore();
    }
  });
});
