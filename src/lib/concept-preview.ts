// What a glossary preview shows: the concept's summary and its first display formula.
// Previews are not in the pages' HTML: every concept's preview is one shared file,
// /concepts/previews.json (src/pages/concepts/previews.json.ts), fetched when a reader first
// reaches for a glossary link (#19: 5–7 KB gzip off each review's first load).

/** A glossary link's data-preview value starts with this; the rest is the concept id. */
export const CONCEPT_PREVIEW_PREFIX = 'concept-preview-';

/** The data-preview value of a glossary link to `id` (<Concept>, read back by the preview widget). */
export const conceptPreviewKey = (id: string): string => CONCEPT_PREVIEW_PREFIX + id;

/** One glossary preview; `formula` is MathML, rendered at build time. */
export interface ConceptPreview {
  title: string;
  en: string;
  summary: string;
  formula?: string;
}

/** The previews file: concept id → preview, in id order. */
export function conceptPreviews(
  concepts: ReadonlyArray<{ id: string; title: string; en: string; summary: string; body: string }>,
  toMathml: (tex: string) => string,
): Record<string, ConceptPreview> {
  const out: Record<string, ConceptPreview> = {};
  for (const c of [...concepts].sort((a, b) => a.id.localeCompare(b.id))) {
    const tex = firstDisplayFormula(c.body);
    out[c.id] = { title: c.title, en: c.en, summary: c.summary, ...(tex ? { formula: toMathml(tex) } : {}) };
  }
  return out;
}
/** The first non-empty `$$…$$` block of a concept body, as TeX; undefined when it has none. */
export function firstDisplayFormula(body: string): string | undefined {
  for (const m of body.matchAll(/^\s*\$\$\s*\n?([\s\S]*?)\n?\s*\$\$\s*$/gm)) {
    const tex = m[1]?.trim();
    if (tex) return tex;
  }
  return undefined;
}
