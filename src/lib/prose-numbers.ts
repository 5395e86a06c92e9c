// Finds numbers a review retyped in prose although they exist in content/data: each such
// number should be a <Score>/<ConfigValue> so a corrected YAML value can never leave stale
// prose behind. The review is read with the MDX parser (the same syntax tree Astro compiles),
// so code, math, JSX attributes and the children of <Score>/<ConfigValue>/<SeriesValue> are never prose.
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { SiteContent } from './content/validate.ts';

export interface ProseNumber {
  /** The number as written, e.g. "1,418,091" or "63.6". */
  text: string;
  value: number;
  /** 1-based line in the .mdx file (frontmatter included). */
  line: number;
}

export interface DataCell {
  value: number;
  /** Where the value lives, e.g. "table-3 llama-2-70b / mmlu (5-shot)". */
  where: string;
}

export interface UnwrappedNumber extends ProseNumber {
  cells: DataCell[];
}

/** Nodes whose text is not prose: code, math, expressions, and numbers already from data. */
const SKIP_NODES = new Set([
  'code',
  'inlineCode',
  'math',
  'inlineMath',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
]);
const DATA_COMPONENTS = new Set(['Score', 'ConfigValue', 'SeriesValue']);

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** Text nodes of the prose with their starting line. */
function proseTexts(tree: MdNode): Array<{ value: string; line: number }> {
  const out: Array<{ value: string; line: number }> = [];
  const walk = (node: MdNode) => {
    if (SKIP_NODES.has(node.type)) return;
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      DATA_COMPONENTS.has(node.name)
    )
      return;
    if (node.type === 'text' && node.value && node.position)
      out.push({ value: node.value, line: node.position.start.line });
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

/** The file with its frontmatter blanked, so parser line numbers are file line numbers. */
function blankFrontmatter(source: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(source);
  return m ? m[0].replace(/[^\n]/g, '') + source.slice(m[0].length) : source;
}

const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm, remarkMath] });

// A number: 1,418,091 · 63.6 · 0.15 · 3.0e-4 · 4096. Dotted runs such as 3.2.1 are captured
// whole so that section numbers can be recognised and skipped.
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)*(?:[eE][-+]?\d+)?/g;
/** Words right before a number that make it a label, not a quantity (section, table, figure, equation). */
const LABEL_BEFORE = /(?:§|Table|Tables|Figure|Figures|Fig\.|Eq\.|Appendix|표|그림|식|부록|단계|질문)\s*$/i;

/** Significant digits of a plain decimal: leading zeros never count, trailing zeros of an integer neither. */
export function significantDigits(text: string): number {
  const plain = text.replace(/,/g, '').replace(/[eE].*$/, '');
  const [int = '', frac] = plain.split('.');
  if (frac !== undefined) return (int + frac).replace(/^0+/, '').length;
  return int.replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * Whether `text` (found between `before` and `after`) is a quantity the check should look
 * at: a decimal point or at least three significant digits; not a year, a section/table/
 * figure number, a dotted section label, or a model size such as 7B or 1.8B.
 */
export function isCandidate(text: string, before: string, after: string): boolean {
  if ((text.match(/\./g) ?? []).length > 1) return false; // 3.2.1: a section number
  if (/[\p{L}\p{N}_.]$/u.test(before) && !/[가-힣]$/.test(before)) return false; // part of a name: GPT-3.5, v2, A.2
  if (/[A-Za-z]-$/.test(before)) return false; // Qwen-7B, GPT-4
  if (/^B\b|^B(?=[^A-Za-z])|^B$/.test(after)) return false; // model size: 7B, 1.8B
  if (/^[.,]\d/.test(after)) return false; // truncated match inside a longer token
  if (LABEL_BEFORE.test(before)) return false;
  const plain = text.replace(/,/g, '');
  if (/^(19[5-9]\d|20[0-3]\d)$/.test(plain)) return false; // a year
  return text.includes('.') || significantDigits(text) >= 3;
}

/** Every candidate number in the prose of one .mdx file. */
export function proseNumbers(source: string): ProseNumber[] {
  const tree = processor.parse(blankFrontmatter(source)) as unknown as MdNode;
  const out: ProseNumber[] = [];
  for (const t of proseTexts(tree)) {
    for (const m of t.value.matchAll(NUMBER)) {
      const text = m[0];
      const at = m.index;
      const before = t.value.slice(Math.max(0, at - 12), at);
      const after = t.value.slice(at + text.length, at + text.length + 3);
      if (!isCandidate(text, before, after)) continue;
      const line = t.line + (t.value.slice(0, at).match(/\n/g)?.length ?? 0);
      out.push({ text, value: Number(text.replace(/,/g, '')), line });
    }
  }
  return out;
}

/** The numeric data values of one paper: result scores and numeric config cells. */
export function paperDataCells(c: SiteContent, paper: string): DataCell[] {
  const cells: DataCell[] = [];
  for (const t of c.tables.filter((x) => x.paper === paper)) {
    for (const r of t.rows) {
      const extra = [r.shots !== undefined ? `${r.shots}-shot` : '', r.setting ?? ''].filter(Boolean).join(', ');
      cells.push({ value: r.score, where: `${t.id} ${r.model} / ${r.benchmark}${extra ? ` (${extra})` : ''}` });
    }
  }
  for (const t of c.configs.filter((x) => x.paper === paper)) {
    for (const r of t.rows) {
      for (const [key, v] of Object.entries(r.values)) {
        if (typeof v === 'number') cells.push({ value: v, where: `${t.id} ${r.model ?? r.label} · ${key}` });
      }
    }
  }
  // Chart series are data too (e.g. the PanGu Figure 1 steps): a point retyped in prose goes stale
  // the same way when the series is corrected.
  for (const sr of c.series.filter((x) => x.paper === paper)) {
    for (const line of sr.lines) {
      for (const [x, y] of line.points)
        if (typeof y === 'number') cells.push({ value: y, where: `${sr.id} ${line.label} · ${String(x)}` });
    }
  }
  return cells;
}

function same(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Prose numbers equal to a data value of the same paper, with the matching cells. */
export function unwrappedNumbers(numbers: readonly ProseNumber[], cells: readonly DataCell[]): UnwrappedNumber[] {
  return numbers.flatMap((n) => {
    const hits = cells.filter((c) => same(c.value, n.value));
    return hits.length ? [{ ...n, cells: hits }] : [];
  });
}

/** One line per finding: `file:line  number  → cell; cell`. */
export function formatFindings(file: string, found: readonly UnwrappedNumber[], maxCells = 3): string[] {
  return found.map((f) => {
    const shown = f.cells.slice(0, maxCells).map((c) => c.where);
    const more = f.cells.length > maxCells ? `; 외 ${f.cells.length - maxCells}칸` : '';
    return `${file}:${f.line}  ${f.text}  → ${shown.join('; ')}${more}`;
  });
}
