// src/lib/content/heading-ids.ts must name headings exactly as the renderer does
// (src/lib/markdown/rehype-heading-anchors.ts): the link checker and the TL;DR validator trust it.
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { headingIds } from '../../src/lib/content/heading-ids.ts';
import { rehypeHeadingAnchors } from '../../src/lib/markdown/rehype-heading-anchors.ts';

const heading = (depth: number, text: string): Element => ({
  type: 'element',
  tagName: `h${depth}`,
  properties: {},
  children: [{ type: 'text', value: text }],
});

/** The ids the renderer gives the same headings. */
function renderedIds(headings: Array<[number, string]>, questions: Array<{ id: string; title: string }>): Set<string> {
  const tree: Root = { type: 'root', children: headings.map(([d, t]) => heading(d, t)) };
  const file = new VFile();
  file.data = { astro: { frontmatter: { questions } } };
  rehypeHeadingAnchors()(tree, file);
  return new Set(tree.children.map((n) => (n as Element).properties.id).filter((x) => x != null));
}

describe('headingIds', () => {
  const questions = [{ id: 'intro', title: '강점' }];
  const headings: Array<[number, string]> = [
    [2, '강점'],
    [3, 'Grouped Query'],
    [3, 'Grouped Query'],
    [2, 'intro'],
    [4, 'RoPE 기저 바꾸기'],
    [5, '깊은 제목'],
  ];
  const body = headings.map(([d, t]) => `${'#'.repeat(d)} ${t}\n\n본문.\n`).join('\n');

  it('gives question headings their frontmatter id and the others unique slugs, as the renderer does', () => {
    const ids = headingIds(body, questions);
    expect([...ids].sort()).toEqual(['grouped-query', 'grouped-query-1', 'intro', 'intro-1', 'rope-기저-바꾸기']);
    expect(ids).toEqual(renderedIds(headings, questions));
  });

  it('reads a heading as MDX renders it: code spans keep their text, and a "#" line in a code block is no heading', () => {
    const ids = headingIds('## `RoPE` 기반 확장\n\n```\n## not a heading\n```\n', []);
    expect([...ids]).toEqual(['rope-기반-확장']);
  });
});
