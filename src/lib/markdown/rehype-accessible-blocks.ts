// Markdown tables and display math can be wider than a phone: wrap tables in a focusable,
// labelled scroll region, make wide equations keyboard-scrollable, and give a header cell
// without words a hidden label (axe: empty-table-header).
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

function hasClass(node: Element, name: string): boolean {
  const c = node.properties?.className;
  return Array.isArray(c)
    ? c.includes(name)
    : String(c ?? '')
        .split(' ')
        .includes(name);
}

function plainText(node: Element): string {
  if (hasClass(node, 'katex')) return '';
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? plainText(c) : '')).join('');
}

const MATH_TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);

/** A formula's symbols in reading order, spaced ("n layers" for n_{\text{layers}}), for a hidden
 * name: readable where the TeX source would be read out as backslashes and braces. */
function mathWords(node: Element): string[] {
  const words: string[] = [];
  visit(node, 'element', (el: Element) => {
    if (el.tagName === 'annotation') return 'skip';
    if (MATH_TOKENS.has(el.tagName)) words.push(plainText(el).trim());
    return undefined;
  });
  return words.filter(Boolean);
}

const srOnly = (text: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['sr-only'] },
  children: [{ type: 'text', value: text }],
});

/** A header cell with no words gets a hidden name: axe counts no MathML text as a header's text
 * (empty-table-header), so a formula-only header is named by its symbols and its MathML copy is hidden
 * from assistive technology to avoid reading it twice; an empty header is named in words. */
function nameHeaderCell(th: Element): void {
  if (plainText(th).trim()) return;
  const words = mathWords(th);
  if (!words.length) {
    th.children.push(srOnly('구분'));
    return;
  }
  visit(th, 'element', (el: Element) => {
    if (hasClass(el, 'katex')) el.properties = { ...el.properties, ariaHidden: 'true' };
  });
  th.children.push(srOnly(words.join(' ')));
}

export function rehypeAccessibleBlocks() {
  return (tree: Root) => {
    let tableNo = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'th') nameHeaderCell(node);
      if (hasClass(node, 'katex-display')) node.properties = { ...node.properties, tabIndex: 0 };
      if (node.tagName === 'table' && parent && index !== undefined && (parent as Element).tagName !== 'div') {
        tableNo += 1;
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['md-table'], role: 'region', tabIndex: 0, ariaLabel: `표 ${tableNo}` },
          children: [node],
        };
        (parent as Element).children[index] = wrapper;
      }
    });
  };
}
