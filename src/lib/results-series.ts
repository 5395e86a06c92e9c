// Builds a chart series straight from a paper's results table, so a chart of table cells
// can never drift from the table the review prints: each point is looked up, not retyped.
import type { SiteContent, ResultRow } from './content/validate.ts';
import type { Series } from './content/schema.ts';

/** Which cell of the table: every given field must match; a point needs exactly one row. */
export interface CellMatch {
  model?: string;
  benchmark?: string;
  setting?: string;
  shots?: number;
}

export interface ResultsSeriesSpec {
  id: string;
  title: string;
  paper: string;
  table: string;
  x: { label: string };
  y: { label: string; unit?: string };
  /** One drawn series per entry (a bar colour / a line). */
  lines: ReadonlyArray<{ id: string; label: string; match: CellMatch }>;
  /** The categories on the x axis, in order; each narrows the line's match further. */
  categories: ReadonlyArray<{ label: string; match: CellMatch }>;
}

function matches(row: ResultRow, m: CellMatch): boolean {
  return (
    (m.model === undefined || row.model === m.model) &&
    (m.benchmark === undefined || row.benchmark === m.benchmark) &&
    (m.setting === undefined || row.setting === m.setting) &&
    (m.shots === undefined || row.shots === m.shots)
  );
}

/**
 * The series of `spec`, read from content/data/results/<paper>.yaml. Throws, naming the
 * table and the cell, when a point matches no row or more than one — a chart must not
 * silently drop or double a cell.
 */
export function resultsSeries(c: SiteContent, spec: ResultsSeriesSpec): Series {
  const table = c.tables.find((t) => t.paper === spec.paper && t.id === spec.table);
  if (!table)
    throw new Error(
      `chart "${spec.id}" needs results table "${spec.table}" in content/data/results/${spec.paper}.yaml`,
    );
  const lines = spec.lines.map((line) => {
    const points = spec.categories.map((cat) => {
      const m = { ...line.match, ...cat.match };
      const hits = table.rows.filter((r) => matches(r, m));
      if (hits.length !== 1)
        throw new Error(
          `chart "${spec.id}": ${spec.paper}/${spec.table} ${JSON.stringify(m)} matches ${hits.length} rows, expected 1`,
        );
      return [cat.label, hits[0]!.score] as [string, number];
    });
    const model = line.match.model;
    return { id: line.id, label: line.label, ...(model ? { model } : {}), points };
  });
  return {
    id: spec.id,
    title: spec.title,
    paper: spec.paper,
    source: { table: table.label, version: table.version },
    kind: table.kind,
    verified: table.verified,
    x: { label: spec.x.label, unit: '' },
    y: { label: spec.y.label, unit: spec.y.unit ?? '' },
    lines,
  };
}
