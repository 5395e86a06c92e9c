// The site-wide notation (content/notation.yaml): parsed, checked and rendered to KaTeX
// MathML at build time. One meaning per symbol: a symbol listed twice is an error, so two
// pages can never define the same letter differently through this table.
import { parse as parseYaml } from 'yaml';
import { texToMathml } from './markdown/render-math.ts';
import { ContentError, type ContentIssue } from './content/errors.ts';
import { notationSchema, type Notation } from './content/schema.ts';

export const NOTATION_FILE = 'content/notation.yaml';

/** KaTeX MathML of one symbol; strict, so a typo fails the build instead of showing red text. */
export function texToHtml(tex: string): string {
  return texToMathml(tex);
}

const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Prose with `$…$` inline math: text escaped, math rendered by KaTeX (strict). */
export function proseToHtml(text: string): string {
  return text
    .split(/\$([^$]+)\$/)
    .map((part, i) => (i % 2 === 1 ? texToHtml(part) : escapeHtml(part)))
    .join('');
}

/** A stable anchor for a symbol, e.g. "d_{\\text{model}}" → "d-model", so pages can link /notation/#d-model. */
export function symbolAnchor(tex: string): string {
  return tex
    .replace(/\\(?:text|mathrm|hat)\b/g, '')
    .replace(/\\/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // case kept: B (batch) and b (RoPE base) are different symbols
}

/** Spaces and `\,` don't make a different symbol. */
function normalTex(tex: string): string {
  return tex.replace(/\\[,;: ]|\s+/g, '');
}

/** The YAML checked against the schema, or a ContentError naming each field that breaks it. */
function parseSchema(text: string, file: string): Notation {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new ContentError([
      { file, field: '(file)', expected: `valid YAML (${(e as Error).message.split('\n')[0]})` },
    ]);
  }
  const parsed = notationSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ContentError(
    parsed.error.issues.map((i) => ({
      file,
      field:
        i.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '') || '(file)',
      expected: i.message,
    })),
  );
}

type NotationSymbol = Notation['groups'][number]['symbols'][number];

/** What KaTeX rejects in one symbol: its prose (meaning, notes) and its TeX (own and per paper). */
function renderIssues(s: NotationSymbol, field: string, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [k, text] of [
    ['meaning', s.meaning],
    ...s.paperSymbols.map((p, pi) => [`paperSymbols[${pi}].note`, p.note ?? '']),
  ] as const) {
    try {
      proseToHtml(text);
    } catch (e) {
      issues.push({
        file,
        field: `${field}.${k}`,
        expected: `inline math ($…$) that KaTeX renders (${(e as Error).message})`,
      });
    }
  }
  for (const tex of [s.tex, ...s.paperSymbols.map((p) => p.tex)]) {
    try {
      texToHtml(tex);
    } catch (e) {
      issues.push({
        file,
        field: `${field}.tex`,
        expected: `TeX that KaTeX renders, got "${tex}" (${(e as Error).message})`,
      });
    }
  }
  return issues;
}

/**
 * The checked notation, or a ContentError naming file, field and expectation for every
 * problem: schema errors, symbols listed twice, unknown paper ids, TeX KaTeX rejects.
 */
export function parseNotation(text: string, paperIds: ReadonlySet<string>, file = NOTATION_FILE): Notation {
  const notation = parseSchema(text, file);
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  const anchors = new Map<string, string>();
  notation.groups.forEach((g, gi) =>
    g.symbols.forEach((s, si) => {
      const field = `groups[${gi}].symbols[${si}]`;
      const key = normalTex(s.tex);
      const anchor = symbolAnchor(s.tex);
      const sameAnchor = anchors.get(anchor);
      if (sameAnchor && seen.get(key) === undefined)
        issues.push({
          file,
          field: `${field}.tex`,
          expected: `a symbol whose anchor "#${anchor}" is free, but ${sameAnchor} has it`,
        });
      anchors.set(anchor, field);
      const first = seen.get(key);
      if (first)
        issues.push({
          file,
          field: `${field}.tex`,
          expected: `a symbol not listed before, but "${s.tex}" is already ${first}`,
        });
      else seen.set(key, field);
      issues.push(...renderIssues(s, field, file));
      s.paperSymbols.forEach((p, pi) => {
        if (!paperIds.has(p.paper))
          issues.push({
            file,
            field: `${field}.paperSymbols[${pi}].paper`,
            expected: `a paper id from content/papers/, got "${p.paper}"`,
          });
      });
    }),
  );
  if (issues.length) throw new ContentError(issues);
  return notation;
}
