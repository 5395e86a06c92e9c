// src/lib/markdown/katex-options.ts: the KaTeX settings shared by the renderer (rehype-katex) and
// the math validator. What they make KaTeX do with a formula, not what the object holds.
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import katex from 'katex';
import { KATEX_OPTIONS } from '../../src/lib/markdown/katex-options.ts';

describe('KATEX_OPTIONS', () => {
  it('make KaTeX write each formula once, as MathML, with no HTML copy that needs its CSS and fonts', () => {
    const root = fromHtmlIsomorphic(katex.renderToString('x^2 + y^2', { ...KATEX_OPTIONS }), { fragment: true });
    const span = root.children[0] as Element;
    expect(span.properties.className).toEqual(['katex']);
    expect(span.children.map((c) => (c as Element).tagName)).toEqual(['math']);
  });

  it('make input that lax KaTeX accepts (Unicode text in math mode) an error', () => {
    // the validator parses with throwOnError, so such a formula fails validation…
    expect(() => katex.renderToString('é', { ...KATEX_OPTIONS, throwOnError: true })).toThrow(/unicodeTextInMathMode/);
    // …where non-strict KaTeX renders it as an accented e
    expect(katex.renderToString('é', { ...KATEX_OPTIONS, strict: 'ignore', throwOnError: true })).toContain('<mover');
  });
});
