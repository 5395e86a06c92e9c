// Table-of-contents labels as plain text. Astro's heading text for a heading with math is the
// KaTeX output flattened (MathML text + TeX annotation + HTML text: "C=1020C = 10^{20}C=1020"),
// so labels are made from the markdown source instead, with inline TeX turned into readable text.

const SUP: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  n: 'ⁿ',
  i: 'ⁱ',
};
const SUB: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  a: 'ₐ',
  e: 'ₑ',
  i: 'ᵢ',
  n: 'ₙ',
  t: 'ₜ',
  r: 'ᵣ',
  x: 'ₓ',
};
const COMMANDS: Record<string, string> = {
  times: '×',
  cdot: '·',
  approx: '≈',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  neq: '≠',
  to: '→',
  infty: '∞',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  eta: 'η',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
  log: 'log',
  exp: 'exp',
  ldots: '…',
  dots: '…',
};

function script(body: string, table: Record<string, string>, marker: string): string {
  const chars = [...body];
  return chars.every((c) => table[c]) ? chars.map((c) => table[c]).join('') : `${marker}${body}`;
}

/** Inline TeX → readable Unicode text ("C = 10^{20}" → "C = 10²⁰"). */
export function texToPlain(tex: string): string {
  let s = tex.replace(/\\(?:mathrm|text|mathbf|mathit|operatorname)\{([^{}]*)\}/g, '$1');
  s = s.replace(/\\([A-Za-z]+)/g, (_m, name: string) => COMMANDS[name] ?? name);
  s = s.replace(/\^\{([^{}]*)\}|\^(\S)/g, (_m, a: string | undefined, b: string | undefined) =>
    script(a ?? b ?? '', SUP, '^'),
  );
  s = s.replace(/_\{([^{}]*)\}|_(\S)/g, (_m, a: string | undefined, b: string | undefined) =>
    script(a ?? b ?? '', SUB, '_'),
  );
  return s
    .replace(/[{}]/g, '')
    .replace(/\\[,;! ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A markdown heading's source text as the reader should see it in a contents list. */
export function headingLabel(markdown: string): string {
  return markdown
    .replace(/\$([^$]+)\$/g, (_m, tex: string) => texToPlain(tex))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface TocEntry {
  depth: number;
  slug: string;
  label: string;
}

/**
 * Pairs the rendered headings (slugs) with the source headings (labels), in document order.
 * If the two lists disagree (a heading produced by a component, say), the rendered text is kept.
 */
export function tocEntries(
  rendered: ReadonlyArray<{ depth: number; slug: string; text: string }>,
  source: ReadonlyArray<{ depth: number; text: string }>,
  depths: ReadonlyArray<number> = [2, 3],
): TocEntry[] {
  const r = rendered.filter((h) => depths.includes(h.depth));
  const s = source.filter((h) => depths.includes(h.depth));
  const aligned = r.length === s.length && r.every((h, i) => h.depth === s[i]!.depth);
  return r.map((h, i) => ({ depth: h.depth, slug: h.slug, label: aligned ? headingLabel(s[i]!.text) : h.text }));
}
