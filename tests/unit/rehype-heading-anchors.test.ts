// src/lib/markdown/rehype-heading-anchors.ts: every h2–h4 gets a stable id (a question's
// frontmatter id, else a GitHub-style slug) and a "#" link. heading-ids.test.ts checks that
// src/lib/content/heading-ids.ts names headings the same way.
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import katex from 'katex';
import { VFile } from 'vfile';
import { rehypeHeadingAnchors } from '../../src/lib/markdown/rehype-heading-anchors.ts';
import { rehypeMathml } from '../../src/lib/markdown/rehype-mathml.ts';
import { KATEX_OPTIONS } from '../../src/lib/markdown/katex-options.ts';

const h = (tagName: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});
/** What rehype-katex leaves in the tree for `tex`. */
const katexTree = (tex: string, displayMode: boolean): Root =>
  fromHtmlIsomorphic(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode }), { fragment: true });
const withQuestions = (questions: Array<{ id: string; title: string }>): VFile => {
  const file = new VFile();
  file.data = { astro: { frontmatter: { questions } } };
  return file;
};

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

  it('uses a question id only for an h2: an h3 or h4 with the question title gets a slug, an h1 nothing', () => {
    const tree: Root = { type: 'root', children: [h('h1', '강점'), h('h3', '강점'), h('h4', '강점'), h('h2', '강점')] };
    rehypeHeadingAnchors()(tree, withQuestions([{ id: 'strengths', title: '강점' }]));
    expect(tree.children.map((n) => (n as Element).properties.id)).toEqual([undefined, '강점', '강점-1', 'strengths']);
    expect((tree.children[0] as Element).children).toHaveLength(1); // no "#" link on the page title
  });

  it('reads the text inside code and emphasis of a heading, trimmed, for its id and link label', () => {
    const tree = fromHtmlIsomorphic('<h2> <code>RoPE</code> 기저 <em>바꾸기</em> </h2>', { fragment: true });
    rehypeHeadingAnchors()(tree, new VFile());
    const heading = tree.children[0] as Element;
    expect(heading.properties.id).toBe('rope-기저-바꾸기');
    expect((heading.children.at(-1) as Element).properties.ariaLabel).toBe('“RoPE 기저 바꾸기” 섹션 링크');
  });

  it("keeps a heading's other attributes", () => {
    const tree = fromHtmlIsomorphic('<h3 class="lead" data-x="1">요약</h3>', { fragment: true });
    rehypeHeadingAnchors()(tree, new VFile());
    expect((tree.children[0] as Element).properties).toMatchObject({ id: '요약', className: ['lead'], dataX: '1' });
  });
});
