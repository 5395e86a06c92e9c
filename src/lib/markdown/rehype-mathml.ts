// KaTeX writes MathML only (output: 'mathml', see katex-options.ts): the browser lays the
// formula out itself, so the page carries no second HTML copy, no KaTeX stylesheet and no
// KaTeX fonts, and screen readers read the MathML directly. This pass, run right after
// rehype-katex, fixes the two things MathML Core needs from the markup:
// - letters in a mathvariant other than "normal" become their Unicode math characters
//   (math-variants.ts), since browsers ignore those variants;
// - a display formula gets the `katex-display` block that htmlAndMathml output had, which the
//   site's CSS makes a keyboard-scrollable region on narrow screens;
// - a long inline formula is split after its top-level relations and operators into several
//   <math> elements with a <wbr> between them, because browsers never break a line inside
//   <math> (KaTeX's HTML output broke there too); the first keeps the TeX annotation.
import { visit, SKIP } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { styleMathText } from './math-variants.ts';

const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext']);

function restyleTokens(math: Element): void {
  visit(math, 'element', (el: Element) => {
    const variant = el.properties?.mathvariant;
    if (!TOKENS.has(el.tagName) || typeof variant !== 'string' || variant === 'normal') return;
    const text = el.children.length === 1 && el.children[0]!.type === 'text' ? el.children[0]! : undefined;
    if (!text || text.type !== 'text') return;
    const styled = styleMathText(variant, text.value);
    if (styled === undefined) return;
    text.value = styled;
    delete el.properties.mathvariant;
  });
}

// Where KaTeX's HTML output allowed a line break: after a top-level relation or binary operator.
const BREAK_AFTER = new Set(['=', '≈', '≃', '∼', '<', '>', '≤', '≥', '≠', '≪', '≫', '∝', '→', '+', '−', '×', '⋅', ',']);
/** Inline formulas shorter than this (in symbols) fit on any line; they stay one <math>. */
const SPLIT_FROM = 14;

const textLength = (node: Element): number => {
  let n = 0;
  visit(node, 'text', (t: { value: string }) => {
    n += [...t.value].length;
  });
  return n;
};
const element = (tagName: string, children: Element['children'], properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function splitInline(span: Element, math: Element): void {
  const semantics = math.children.find((c): c is Element => c.type === 'element' && c.tagName === 'semantics');
  const row = semantics?.children[0];
  const annotation = semantics?.children[1];
  if (!semantics || row?.type !== 'element' || row.tagName !== 'mrow' || textLength(row) < SPLIT_FROM) return;
  const chunks: Element['children'][] = [[]];
  row.children.forEach((child, i) => {
    chunks.at(-1)!.push(child);
    const op = child.type === 'element' && child.tagName === 'mo' ? toPlain(child) : '';
    if (BREAK_AFTER.has(op) && i < row.children.length - 1 && chunks.at(-1)!.length > 1) chunks.push([]);
  });
  if (chunks.length < 2) return;
  span.children = chunks.flatMap((chunk, i) => {
    const body = element('mrow', chunk);
    const inner = i === 0 && annotation ? [element('semantics', [body, annotation])] : [body];
    return [...(i ? [element('wbr', [])] : []), element('math', inner, { ...math.properties })];
  });
}

const toPlain = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

function isKatex(node: Element): boolean {
  const c = node.properties?.className;
  return Array.isArray(c) && c.includes('katex');
}

export function rehypeMathml() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!isKatex(node)) return;
      const math = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'math');
      if (!math) return SKIP;
      restyleTokens(math);
      delete math.properties.xmlns; // implied in HTML
      const parentEl = parent as Element | undefined;
      const wrapped =
        Array.isArray(parentEl?.properties?.className) && parentEl.properties.className.includes('katex-display');
      if (math.properties?.display === 'block' && parent && index !== undefined && !wrapped) {
        const wrapper: Element = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['katex-display'] },
          children: [node],
        };
        parent.children[index] = wrapper;
      } else if (math.properties?.display !== 'block') splitInline(node, math);
      return SKIP;
    });
  };
}
