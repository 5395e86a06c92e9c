// Which reviews (and which of their sections) mention each concept via <Concept id>.
import { scanComponents, scanHeadings } from './content/mdx-scan.ts';

export interface Backlink {
  review: string;
  /** Anchor of the h2 the mention sits under, when there is one. */
  section?: { id: string; title: string };
}

export function conceptBacklinks(
  reviews: ReadonlyArray<{ id: string; body: string; questions: ReadonlyArray<{ id: string; title: string }> }>,
): Map<string, Backlink[]> {
  const out = new Map<string, Backlink[]>();
  for (const r of reviews) {
    const h2 = scanHeadings(r.body).filter((h) => h.depth === 2);
    for (const use of scanComponents(r.body)) {
      if (use.name !== 'Concept' || !use.attrs.id) continue;
      const heading = [...h2].reverse().find((h) => h.line <= use.line);
      const q = heading ? r.questions.find((x) => x.title === heading.text) : undefined;
      const list = out.get(use.attrs.id) ?? [];
      if (!list.some((b) => b.review === r.id && b.section?.id === q?.id)) list.push({ review: r.id, ...(q ? { section: q } : {}) });
      out.set(use.attrs.id, list);
    }
  }
  return out;
}
