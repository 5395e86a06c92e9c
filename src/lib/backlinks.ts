// Which reviews (and which of their sections) use a component such as <Concept id> or
// <Compare topic model>, keyed by what the component points at.
import { scanComponents, scanHeadings, type ComponentUse } from './content/mdx-scan.ts';

export interface Backlink {
  review: string;
  /** Anchor of the h2 the mention sits under, when there is one. */
  section?: { id: string; title: string };
  /** Attributes of the component use (e.g. the model a <Compare> names). */
  attrs?: Record<string, string>;
}

type ReviewSource = { id: string; body: string; questions: ReadonlyArray<{ id: string; title: string }> };

/** Backlinks of every use of component `name`, grouped by `keyOf(use)` (undefined = skip). */
export function componentBacklinks(
  reviews: readonly ReviewSource[],
  name: string,
  keyOf: (use: ComponentUse) => string | undefined,
): Map<string, Backlink[]> {
  const out = new Map<string, Backlink[]>();
  for (const r of reviews) {
    const h2 = scanHeadings(r.body).filter((h) => h.depth === 2);
    for (const use of scanComponents(r.body)) {
      if (use.name !== name) continue;
      const key = keyOf(use);
      if (key === undefined) continue;
      const heading = [...h2].reverse().find((h) => h.line <= use.line);
      const q = heading ? r.questions.find((x) => x.title === heading.text) : undefined;
      const list = out.get(key) ?? [];
      if (
        !list.some(
          (b) => b.review === r.id && b.section?.id === q?.id && JSON.stringify(b.attrs) === JSON.stringify(use.attrs),
        )
      )
        list.push({ review: r.id, ...(q ? { section: q } : {}), attrs: use.attrs });
      out.set(key, list);
    }
  }
  return out;
}

export function conceptBacklinks(reviews: readonly ReviewSource[]): Map<string, Backlink[]> {
  const all = componentBacklinks(reviews, 'Concept', (u) => u.attrs.id || undefined);
  // A concept page lists each section once, whatever the link text was.
  for (const [k, list] of all)
    all.set(
      k,
      list
        .filter((b, i) => list.findIndex((x) => x.review === b.review && x.section?.id === b.section?.id) === i)
        .map((b) => ({ review: b.review, ...(b.section ? { section: b.section } : {}) })),
    );
  return all;
}

/** Review sections that link into /compare/<topic>/, keyed by topic. */
export function compareBacklinks(reviews: readonly ReviewSource[]): Map<string, Backlink[]> {
  return componentBacklinks(reviews, 'Compare', (u) => u.attrs.topic || undefined);
}
