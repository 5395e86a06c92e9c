// The CSV of a comparison: each column's displayed value followed by where it comes from (the
// paper's table, the authors' config or README, or the formula of a computed value), so a number
// lifted into a spreadsheet keeps its source. The page's "CSV 내려받기" writes the rows and columns
// on screen (read from the table, src/widgets/BenchmarkTable/csv.ts); compareCsv writes a whole view.
import type { CompareTableView } from './view.ts';

export interface ProvenanceColumn {
  label: string;
  unit?: string | undefined;
}

export interface ProvenanceRow {
  name: string;
  paper: string;
  /** one per column: the text as displayed (null when the paper does not give it) and its source or formula */
  cells: ReadonlyArray<{ text: string | null; tip: string }>;
}

/** A column as the CSV and the slide head it: "컨텍스트 (tokens)". */
export function columnLabel(c: ProvenanceColumn): string {
  return c.unit ? `${c.label} (${c.unit})` : c.label;
}

export function provenanceCsv(
  columns: readonly ProvenanceColumn[],
  rows: readonly ProvenanceRow[],
): { header: string[]; rows: Array<Array<string | null>> } {
  return {
    header: ['model', 'paper', ...columns.flatMap((c) => [columnLabel(c), `${c.label} 출처`])],
    rows: rows.map((r) => [r.name, r.paper, ...r.cells.flatMap((c) => [c.text, c.tip])]),
  };
}

/** The CSV of a whole comparison view, every row and column. */
export function compareCsv(view: CompareTableView): { header: string[]; rows: Array<Array<string | null>> } {
  return provenanceCsv(
    view.columns,
    view.rows.map((r) => ({
      name: r.name,
      paper: r.paper.shortTitle,
      cells: r.cells.map((c) => ({ text: c.kind === 'missing' ? null : c.text, tip: c.tip })),
    })),
  );
}
