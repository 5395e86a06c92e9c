// src/lib/markdown/render-math.ts: one formula to MathML outside Markdown (notation table, glossary
// previews), with the Markdown pipeline's KaTeX options and MathML fixes, kept per process (concept
// previews on every review page, dev-server re-renders) without keeping failures.
import { describe, expect, it, vi } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import katex from 'katex';
import { texToMathml } from '../../src/lib/markdown/render-math.ts';
import { rehypeMathml } from '../../src/lib/markdown/rehype-mathml.ts';
import { KATEX_OPTIONS } from '../../src/lib/markdown/katex-options.ts';

/** What rehype-katex leaves in the tree for `tex`. */
const katexTree = (tex: string, displayMode: boolean): Root =>
  fromHtmlIsomorphic(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode }), { fragment: true });

describe('texToMathml', () => {
  it('gives the same markup as the Markdown pipeline', () => {
    for (const [tex, display] of [
      ['\\mathcal{L}(\\theta)', false],
      ['\\mathbb{R}^{d}', true],
    ] as const) {
      const tree = katexTree(tex, display);
      rehypeMathml()(tree);
      const viaString = fromHtmlIsomorphic(texToMathml(tex, display), { fragment: true });
      expect(toText(viaString)).toBe(toText(tree));
      expect(texToMathml(tex, display)).not.toMatch(/mathvariant="(script|double-struck)"/);
    }
  });

  it('puts a display formula in a katex-display block and leaves an inline one bare', () => {
    const display = fromHtmlIsomorphic(texToMathml('y = mx', true), { fragment: true }).children;
    expect(display).toHaveLength(1);
    const block = display[0] as Element;
    expect(block.properties.className).toEqual(['katex-display']);
    const katexSpan = block.children[0] as Element;
    expect(katexSpan.properties.className).toEqual(['katex']);
    expect((katexSpan.children[0] as Element).properties.display).toBe('block');

    const inline = fromHtmlIsomorphic(texToMathml('y = mx', false), { fragment: true }).children;
    expect(inline.map((n) => (n as Element).properties.className)).toEqual([['katex']]);
  });

  it('writes bold letters and double-struck digits as Unicode math characters, with no mathvariant left', () => {
    const out = texToMathml('\\mathbf{x} + \\mathbb{1}', false);
    expect(out).toContain('<mi>𝐱</mi>');
    expect(out).toContain('<mn>𝟙</mn>');
    expect(out).not.toContain('mathvariant');
  });

  it('keeps an escaped character in a styled token an HTML entity, not restyled letters', () => {
    const out = texToMathml('\\mathbf{\\&}', false);
    expect(out).toContain('>&amp;</mi>');
    expect(toText(fromHtmlIsomorphic(out, { fragment: true }))).toContain('&');
  });

  it("throws KaTeX's ParseError on TeX the site's strict options reject, instead of returning red error text", () => {
    // lax KaTeX would render "é" in math mode as an accented e; the site's strict mode refuses it
    expect(() => texToMathml('\\text{café} = é', false)).toThrow(katex.ParseError);
    expect(() => texToMathml('\\text{café} = é', false)).toThrow(/unicodeTextInMathMode/);
    expect(() => texToMathml('\\sqrt{x', true)).toThrow(katex.ParseError);
  });
});

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
