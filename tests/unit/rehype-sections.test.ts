// src/lib/markdown/rehype-sections.ts: each h2 and what follows it, up to the next h2, becomes one
// <section class="doc-section"> (the unit that content-visibility skips while it is far away).
import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { rehypeSections } from '../../src/lib/markdown/rehype-sections.ts';

const el = (tagName: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});
const nl: RootContent = { type: 'text', value: '\n' };
/** The tree as tag names, a section as [tags inside]. */
const shape = (nodes: readonly RootContent[]): unknown[] =>
  nodes.map((n) =>
    n.type !== 'element'
      ? n.type
      : n.tagName === 'section'
        ? { section: n.properties.className, children: shape(n.children) }
        : n.tagName,
  );

describe('rehypeSections', () => {
  it('opens a section at every h2 and keeps h3 and what follows inside it', () => {
    const tree: Root = {
      type: 'root',
      children: [el('h2', 'a'), el('p', '1'), nl, el('h3', 'a.1'), el('p', '2'), el('h2', 'b'), el('ul', '3')],
    };
    rehypeSections()(tree);
    expect(shape(tree.children)).toEqual([
      { section: ['doc-section'], children: ['h2', 'p', 'text', 'h3', 'p'] },
      { section: ['doc-section'], children: ['h2', 'ul'] },
    ]);
  });

  it('leaves what comes before the first h2 outside any section, in order', () => {
    const intro = el('p', 'intro');
    const tree: Root = { type: 'root', children: [intro, nl, el('h2', 'a'), el('p', '1')] };
    rehypeSections()(tree);
    expect(tree.children[0]).toBe(intro);
    expect(shape(tree.children)).toEqual(['p', 'text', { section: ['doc-section'], children: ['h2', 'p'] }]);
  });

  it('changes nothing in a document without h2', () => {
    const children = [el('p', '1'), el('h3', 'x'), el('p', '2')];
    const tree: Root = { type: 'root', children: [...children] };
    rehypeSections()(tree);
    expect(tree.children).toEqual(children);
  });

  it('does not look for h2 inside other elements (only top-level headings open sections)', () => {
    const aside: Element = { type: 'element', tagName: 'aside', properties: {}, children: [el('h2', 'inner')] };
    const tree: Root = { type: 'root', children: [el('h2', 'a'), aside, el('p', '1')] };
    rehypeSections()(tree);
    expect(shape(tree.children)).toEqual([{ section: ['doc-section'], children: ['h2', 'aside', 'p'] }]);
  });
});
