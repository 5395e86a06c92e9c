// MathML-only formulas (#19): KaTeX's MathML adapted to what browsers render (MathML Core), the
// same through the Markdown pipeline and through texToMathml, with every formula readable.
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import katex from 'katex';
import { styleMathText } from '../../src/lib/markdown/math-variants.ts';
import { rehypeMathml } from '../../src/lib/markdown/rehype-mathml.ts';
import { texToMathml } from '../../src/lib/markdown/render-math.ts';
import { KATEX_OPTIONS } from '../../src/lib/markdown/katex-options.ts';
import { rehypeHeadingAnchors } from '../../src/lib/markdown/rehype-heading-anchors.ts';
import { rehypeAccessibleBlocks } from '../../src/lib/markdown/rehype-accessible-blocks.ts';
import { VFile } from 'vfile';

/** What rehype-katex leaves in the tree for `tex`. */
const katexTree = (tex: string, displayMode: boolean): Root =>
  fromHtmlIsomorphic(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode }), { fragment: true });

describe('styleMathText', () => {
  it('maps letters to Unicode math alphanumerics, holes included', () => {
    expect(styleMathText('script', 'L')).toBe('ℒ'); // U+2112, a hole in the script block
    expect(styleMathText('script', 'D')).toBe('𝒟');
    expect(styleMathText('double-struck', 'E')).toBe('𝔼');
    expect(styleMathText('double-struck', 'R')).toBe('ℝ');
    expect(styleMathText('bold', 'W1')).toBe('𝐖𝟏');
    expect(styleMathText('italic', 'h')).toBe('ℎ');
    expect(styleMathText('fraktur', 'g')).toBe('𝔤');
  });
  it('leaves unknown variants and characters without a styled form alone', () => {
    expect(styleMathText('normal', 'x')).toBeUndefined();
    expect(styleMathText('bold', 'θ+')).toBe('θ+');
  });
});

describe('rehypeMathml', () => {
  it('writes one MathML copy per formula, with no KaTeX HTML and no variant browsers ignore', () => {
    const tree = katexTree('\\mathcal{L} = \\mathbb{E}[\\mathrm{loss}]', false);
    rehypeMathml()(tree);
    const span = tree.children[0] as Element;
    expect(span.properties.className).toEqual(['katex']);
    expect(span.children.map((c) => (c as Element).tagName)).toEqual(['math']);
    const text = toText(span);
    expect(text).toContain('ℒ');
    expect(text).toContain('𝔼');
    expect(text).toContain('loss');
    expect(JSON.stringify(tree)).not.toMatch(/"mathvariant":"(script|double-struck)"/);
  });
  it('puts a display formula in a katex-display block, once', () => {
    const tree = katexTree('x = \\frac{a}{b}', true);
    rehypeMathml()(tree);
    rehypeMathml()(tree);
    const block = tree.children[0] as Element;
    expect(block.properties.className).toEqual(['katex-display']);
    expect((block.children[0] as Element).properties.className).toEqual(['katex']);
  });
  it('splits a long inline formula after top-level relations and operators, so the line can wrap', () => {
    const tex = 'C \\approx 8.46\\times10^{22} = M \\cdot D';
    const tree = katexTree(tex, false);
    const symbols = (node: Root | Element) => toText(node).replace(tex, '');
    const before = symbols(tree);
    rehypeMathml()(tree);
    const span = tree.children[0] as Element;
    const tags = span.children.map((c) => (c as Element).tagName);
    expect(tags).toEqual(['math', 'wbr', 'math', 'wbr', 'math', 'wbr', 'math', 'wbr', 'math']); // C ≈ | 8.46 × | 10²² = | M ⋅ | D
    // same symbols in the same order, and the TeX source once (for search and copying)
    expect(symbols(span)).toBe(before);
    expect(JSON.stringify(span).match(/"annotation"/g)).toHaveLength(1);
    // a short one stays whole
    const short = katexTree('x = y', false);
    rehypeMathml()(short);
    expect((short.children[0] as Element).children).toHaveLength(1);
  });
  it('texToMathml gives the same markup as the Markdown pipeline', () => {
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
  it('heading ids read the symbols of a formula, not its TeX source', () => {
    const heading: Element = {
      type: 'element',
      tagName: 'h2',
      properties: {},
      children: [{ type: 'text', value: '예산 ' }],
    };
    heading.children.push(...(katexTree('C = 10^{20}', false).children as Element[]));
    const tree: Root = { type: 'root', children: [heading] };
    rehypeMathml()(tree);
    rehypeHeadingAnchors()(tree, new VFile());
    expect(heading.properties.id).toBe('예산-c1020');
  });
  it('a header cell holding only a formula is named by its symbols once, an empty one in words', () => {
    const th = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'th', properties: {}, children });
    const withMath = th(katexTree('\\theta', false).children as Element[]);
    const subscript = th(katexTree('n_{\\text{layers}}', false).children as Element[]);
    const withWords = th([...(katexTree('N', false).children as Element[]), { type: 'text', value: ' (계산값)' }]);
    const empty = th([]);
    rehypeAccessibleBlocks()({ type: 'root', children: [withMath, subscript, withWords, empty] });
    expect(toText(subscript.children.at(-1) as Element)).toBe('n layers');
    // axe counts no MathML text as a header's text: the symbols are the hidden name, the MathML copy
    // is hidden from screen readers so the name is read once
    const label = withMath.children.at(-1) as Element;
    expect(label.properties.className).toEqual(['sr-only']);
    expect(toText(label)).toBe('θ');
    expect((withMath.children[0] as Element).properties.ariaHidden).toBe('true');
    // a header with words keeps its formula exposed and gets no extra name
    expect((withWords.children[0] as Element).properties.ariaHidden).toBeUndefined();
    expect(withWords.children).toHaveLength(2);
    expect(toText(empty)).toBe('구분');
  });
});
