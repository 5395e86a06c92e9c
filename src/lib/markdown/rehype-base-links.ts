// Authors write root-absolute links in Markdown ("/reviews/qwen/#x"); this puts the site's
// base path in front of them (through the one helper), so a build under /repo/ keeps them working.
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { withBase } from '../base-path.ts';

export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const v = node.properties?.[attr];
        if (typeof v === 'string') node.properties[attr] = withBase(v, options.base);
      }
    });
  };
}
