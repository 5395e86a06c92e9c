// src/lib/markdown/rehype-mathml.ts: KaTeX's MathML (as rehype-katex leaves it) adapted to what
// browsers render (MathML Core): Unicode math letters, a display block, long inline formulas split.
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import katex from 'katex';
import { visit } from 'unist-util-visit';
import { rehypeMathml } from '../../src/lib/markdown/rehype-mathml.ts';
import { KATEX_OPTIONS } from '../../src/lib/markdown/katex-options.ts';

/** What rehype-katex leaves in the tree for `tex`. */
const katexTree = (tex: string, displayMode: boolean): Root =>
  fromHtmlIsomorphic(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode }), { fragment: true });

/** The <math> elements of the first formula in `tree`, after the plugin ran. */
const mathPieces = (tree: Root): Element[] =>
  (tree.children[0] as Element).children.filter((c): c is Element => c.type === 'element' && c.tagName === 'math');

/** A piece's symbols, without the TeX annotation. */
const symbolsOf = (node: Element): string =>
  node.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' && c.tagName !== 'annotation' ? symbolsOf(c) : ''))
    .join('');

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

  it('keeps a leading minus sign with the term after it instead of splitting it off alone', () => {
    const tree = katexTree('-a-b-c-d-e-f-g', false);
    rehypeMathml()(tree);
    expect(mathPieces(tree).map(symbolsOf)).toEqual(['−a−', 'b−', 'c−', 'd−', 'e−', 'f−', 'g']);
  });

  it('does not leave an empty formula after a trailing operator', () => {
    const tree = katexTree('a+b+c+d+e+f+g+', false);
    rehypeMathml()(tree);
    expect(mathPieces(tree).map(symbolsOf)).toEqual(['a+', 'b+', 'c+', 'd+', 'e+', 'f+', 'g+']);
  });

  it('drops the xmlns attribute, which HTML implies for <math>', () => {
    const tree = katexTree('x^2', false);
    expect(mathPieces(tree)[0]!.properties.xmlns).toBe('http://www.w3.org/1998/Math/MathML');
    rehypeMathml()(tree);
    expect(mathPieces(tree)[0]!.properties).not.toHaveProperty('xmlns');
  });

  it('keeps a mathvariant it has no Unicode letters for (normal, an Arabic form), with the text as written', () => {
    // \mathrm{d}: an upright d, which MathML Core draws; "initial" is a variant KaTeX does not write
    const tree = katexTree('\\mathrm{d}x', false);
    const arabic = fromHtmlIsomorphic(
      '<span class="katex"><math><semantics><mrow><mi mathvariant="initial">ب</mi></mrow></semantics></math></span>',
      { fragment: true },
    );
    tree.children.push(...arabic.children);
    rehypeMathml()(tree);
    const tokens: Array<[string, unknown]> = [];
    visit(tree, 'element', (el: Element) => {
      if (el.tagName === 'mi') tokens.push([toText(el), el.properties.mathvariant]);
    });
    expect(tokens).toEqual([
      ['d', 'normal'],
      ['x', undefined],
      ['ب', 'initial'],
    ]);
  });
});
