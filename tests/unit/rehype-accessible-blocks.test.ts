// src/lib/markdown/rehype-accessible-blocks.ts: wide tables become labelled, focusable scroll
// regions, display formulas keyboard-scrollable, and a header cell without words gets a hidden name.
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import katex from 'katex';
import { visit } from 'unist-util-visit';
import { rehypeAccessibleBlocks } from '../../src/lib/markdown/rehype-accessible-blocks.ts';
import { KATEX_OPTIONS } from '../../src/lib/markdown/katex-options.ts';

/** What rehype-katex leaves in the tree for `tex`. */
const katexTree = (tex: string, displayMode: boolean): Root =>
  fromHtmlIsomorphic(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode }), { fragment: true });
const fromHtml = (html: string): Root => fromHtmlIsomorphic(html, { fragment: true });
const elements = (nodes: readonly unknown[]): Element[] =>
  nodes.filter((n): n is Element => (n as Element).type === 'element');

describe('rehypeAccessibleBlocks', () => {
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

  it('counts words inside markup as a header’s text, and leaves data cells alone', () => {
    const tree = fromHtml(
      '<table><tr><th><strong>모델</strong></th><th></th></tr><tr><td></td><td>1</td></tr></table>',
    );
    const cells = (tagName: string): Element[] => {
      const out: Element[] = [];
      visit(tree, 'element', (el: Element) => {
        if (el.tagName === tagName) out.push(el);
      });
      return out;
    };
    const dataBefore = structuredClone(cells('td'));
    rehypeAccessibleBlocks()(tree);
    const [worded, empty] = cells('th');
    expect(worded!.children.map((c) => (c as Element).tagName)).toEqual(['strong']); // no hidden name added
    expect(toText(empty!)).toBe('구분');
    expect(cells('td')).toEqual(dataBefore);
  });

  it('wraps each table in a focusable scroll region labelled with its number in the document', () => {
    const tree = fromHtml(
      '<p>a</p><table><tr><td>1</td></tr></table><section><table><tr><td>2</td></tr></table></section>',
    );
    rehypeAccessibleBlocks()(tree);
    const [, first, section] = elements(tree.children);
    const second = elements(section!.children)[0]!;
    for (const [wrapper, label, cell] of [
      [first!, '표 1', '1'],
      [second, '표 2', '2'],
    ] as const) {
      expect(wrapper.tagName).toBe('div');
      expect(wrapper.properties).toEqual({ className: ['md-table'], role: 'region', tabIndex: 0, ariaLabel: label });
      expect(elements(wrapper.children).map((t) => [t.tagName, toText(t)])).toEqual([['table', cell]]);
    }
  });

  it('leaves a table that already sits in a div alone, so running twice wraps once', () => {
    const tree = fromHtml('<table><tr><td>1</td></tr></table>');
    rehypeAccessibleBlocks()(tree);
    rehypeAccessibleBlocks()(tree);
    const wrapper = tree.children[0] as Element;
    expect(wrapper.properties.className).toEqual(['md-table']);
    expect((wrapper.children[0] as Element).tagName).toBe('table');
  });

  it('makes a display formula focusable, so a keyboard can scroll it, and leaves inline ones out of the tab order', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['katex-display'] },
          children: katexTree('x = y', true).children as Element[],
        },
        ...(katexTree('z', false).children as Element[]),
      ],
    };
    rehypeAccessibleBlocks()(tree);
    const [display, inline] = tree.children as Element[];
    expect(display!.properties.tabIndex).toBe(0);
    expect((display!.children[0] as Element).properties.tabIndex).toBeUndefined();
    expect(inline!.properties.tabIndex).toBeUndefined();
  });
});
