// src/lib/markdown/rehype-heading-anchors.ts and rehype-base-links.ts on small hast trees.
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { rehypeHeadingAnchors } from '../../src/lib/markdown/rehype-heading-anchors.ts';
import { rehypeBaseLinks } from '../../src/lib/markdown/rehype-base-links.ts';

const h = (tagName: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});
const a = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });

describe('rehypeHeadingAnchors', () => {
  it('gives question headings their frontmatter id, other h2–h4 unique slugs, and each a "#" link', () => {
    const tree: Root = {
      type: 'root',
      children: [h('h2', '강점'), h('h3', 'Grouped Query'), h('h3', 'Grouped Query'), h('h2', 'intro'), h('h5', 'x')],
    };
    const file = new VFile();
    file.data = { astro: { frontmatter: { questions: [{ id: 'intro', title: '강점' }] } } };
    rehypeHeadingAnchors()(tree, file);
    const ids = tree.children.map((n) => (n as Element).properties.id);
    // "intro" is taken by the question, so the heading titled "intro" gets "intro-1"
    expect(ids).toEqual(['intro', 'grouped-query', 'grouped-query-1', 'intro-1', undefined]);
    const link = (tree.children[0] as Element).children.at(-1) as Element;
    expect(link.properties).toMatchObject({
      href: '#intro',
      className: ['heading-anchor'],
      ariaLabel: '“강점” 섹션 링크',
    });
  });
});

describe('rehypeBaseLinks', () => {
  it('puts the base path before root-absolute href/src and leaves other links alone', () => {
    const tree: Root = { type: 'root', children: [a('/reviews/qwen/#x'), a('https://arxiv.org/abs/1'), a('#top')] };
    rehypeBaseLinks({ base: '/repo/' })(tree);
    expect(tree.children.map((n) => (n as Element).properties.href)).toEqual([
      '/repo/reviews/qwen/#x',
      'https://arxiv.org/abs/1',
      '#top',
    ]);
  });
  it('does nothing at the root base', () => {
    const tree: Root = { type: 'root', children: [a('/x/')] };
    rehypeBaseLinks({ base: '/' })(tree);
    expect((tree.children[0] as Element).properties.href).toBe('/x/');
  });
});
