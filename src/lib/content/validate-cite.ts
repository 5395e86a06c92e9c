// The bibliography (content/data/references.yaml) and the <Cite key="…"> uses in reviews and
// concepts. Kept apart from validate.ts so the MDX parser behind the component list can change
// without touching this: it only needs each use's name, attributes and line.
import { referenceSchema, type Reference } from './schema.ts';
import type { ComponentUse } from './mdx-scan.ts';

import type { Add } from './collector.ts';

/** Checks the entries of references.yaml (already parsed from YAML); returns the valid ones. */
export function validateReferences(file: string, doc: unknown, add: Add): Reference[] {
  if (doc === undefined || doc === null) return [];
  if (!Array.isArray(doc)) {
    add(file, '(file)', 'a YAML list of references');
    return [];
  }
  const out: Reference[] = [];
  const seen = new Set<string>();
  doc.forEach((entry, i) => {
    const r = referenceSchema.safeParse(entry);
    if (!r.success) {
      for (const issue of r.error.issues)
        add(
          file,
          `[${i}]${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`,
          issue.message,
        );
      return;
    }
    if (seen.has(r.data.key)) {
      add(file, `[${i}].key`, `a unique reference key ("${r.data.key}" repeats)`);
      return;
    }
    seen.add(r.data.key);
    out.push(r.data);
  });
  return out;
}

/** Every <Cite> names a key of the bibliography. */
export function validateCites(
  file: string,
  uses: ReadonlyArray<ComponentUse>,
  lineOffset: number,
  keys: ReadonlySet<string>,
  add: Add,
): void {
  for (const use of uses) {
    if (use.name !== 'Cite') continue;
    const key = use.attrs.key;
    if (key === undefined) add(file, '<Cite> key', 'a key="…" attribute', use.line + lineOffset);
    else if (!keys.has(key))
      add(file, '<Cite key>', `a key from content/data/references.yaml, got "${key}"`, use.line + lineOffset);
  }
}
