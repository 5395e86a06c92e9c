// Markdown tables and display math can be wider than a phone: wrap tables in a focusable,
// labelled scroll region, make wide equations keyboard-scrollable, and give an empty header
// cell a hidden label (axe: empty-table-header).
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

function hasMath(node: Element): boolean {
  let found = false;
  visit(node, 'element', (el: Element) => {
    found ||= el.tagName === 'math';
  });
  return found;
}

export function rehypeAccessibleBlocks() {
  return (tree: Root) => {
    let tableNo = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      // an empty header cell is named in words; a formula (MathML) names itself
      if (node.tagName === 'th' && !plainText(node).trim() && !hasMath(node)) {
        node.children.push({
          type: 'element',
          tagName: 'span',
          properties: { className: ['sr-only'] },
          children: [{ type: 'text', value: '구분' }],
        });
      }
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
