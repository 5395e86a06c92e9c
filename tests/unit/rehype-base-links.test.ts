// src/lib/markdown/rehype-base-links.ts: root-absolute links written in Markdown get the site's
// base path (a build under /repo/). The rules for one path are in base-path.test.ts.
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toHtml } from 'hast-util-to-html';
import { rehypeBaseLinks } from '../../src/lib/markdown/rehype-base-links.ts';

const a = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });

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

  it('rewrites image sources and links nested deep in the content, and only href and src', () => {
    const tree = fromHtmlIsomorphic(
      '<figure><p>그림 <a href="/charts/loss/" title="/not-a-link">1</a></p><img src="/img/loss.png" alt="/alt"></figure>',
      { fragment: true },
    );
    rehypeBaseLinks({ base: '/repo/' })(tree);
    expect(toHtml(tree)).toBe(
      '<figure><p>그림 <a href="/repo/charts/loss/" title="/not-a-link">1</a></p><img src="/repo/img/loss.png" alt="/alt"></figure>',
    );
  });
});
