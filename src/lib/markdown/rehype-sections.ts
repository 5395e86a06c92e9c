// Wraps each h2 and what follows it in a <section>, so long reviews can let the browser skip
// style and layout of sections far from the viewport (content-visibility in site.css).
import type { Element, ElementContent, Root, RootContent } from 'hast';

export function rehypeSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let current: Element | null = null;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        current = { type: 'element', tagName: 'section', properties: { className: ['doc-section'] }, children: [] };
        out.push(current);
      }
      if (current) current.children.push(node as ElementContent);
      else out.push(node);
    }
    tree.children = out;
  };
}
