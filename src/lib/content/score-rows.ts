// Which result rows a score reference means: the one rule shared by the validator (`<Score>`
// attributes, written as text), the lookup components use, and the fact-sheet test.
import type { ResultRow } from './types.ts';

export interface ScoreQuery {
  model: string;
  benchmark: string;
  /** A number, or its text as written in an MDX attribute. */
  shots?: number | string | undefined;
  setting?: string | undefined;
}

/** Rows of one table that match a (model, benchmark[, shots][, setting]) reference. */
export function matchingRows<R extends Pick<ResultRow, 'model' | 'benchmark' | 'shots' | 'setting'>>(
  rows: readonly R[],
  q: ScoreQuery,
): R[] {
  return rows.filter(
    (r) =>
      r.model === q.model &&
      r.benchmark === q.benchmark &&
      (q.shots === undefined || String(r.shots) === String(q.shots)) &&
      (q.setting === undefined || r.setting === q.setting),
  );
}
