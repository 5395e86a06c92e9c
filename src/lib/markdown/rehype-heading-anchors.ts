// Gives every h2–h4 a stable id and a visible "#" link. A review's question headings get the
// id listed in its frontmatter (`questions[].id`), so anchors survive rewording of prose;
// other headings get GitHub-style slugs, as Astro would.
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';

interface Question {
  id: string;
  title: string;
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    // A formula reads as its symbols, not its TeX source (KaTeX's MathML annotation).
    if (node.tagName === 'annotation') return '';
    return node.children.map((c) => textOf(c)).join('');
  }
  return '';
}

export function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: { questions?: Question[] } } }).astro?.frontmatter;
    const byTitle = new Map((fm?.questions ?? []).map((q) => [q.title, q.id]));
    const slugger = new GithubSlugger();
    for (const q of fm?.questions ?? []) slugger.slug(q.id);
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-4]$/.test(node.tagName)) return;
      const text = node.children
        .map((c) => textOf(c))
        .join('')
        .trim();
      const id = (node.tagName === 'h2' && byTitle.get(text)) || slugger.slug(text);
      node.properties = { ...node.properties, id };
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `“${text}” 섹션 링크` },
        children: [],
      });
    });
  };
}
