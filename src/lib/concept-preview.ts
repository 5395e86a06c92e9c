// What a glossary preview shows: the concept's summary and its first display formula.
/** The first `$$…$$` block of a concept body, as TeX; undefined when it has none. */
export function firstDisplayFormula(body: string): string | undefined {
  const m = /^\s*\$\$\s*\n?([\s\S]*?)\n?\s*\$\$\s*$/m.exec(body);
  const tex = m?.[1]?.trim();
  return tex ? tex : undefined;
}

/** Concept ids used by a document, in order of first use. */
export function conceptIdsUsed(uses: ReadonlyArray<{ name: string; attrs: Record<string, string> }>): string[] {
  const out: string[] = [];
  for (const u of uses) if (u.name === 'Concept' && u.attrs.id && !out.includes(u.attrs.id)) out.push(u.attrs.id);
  return out;
}
