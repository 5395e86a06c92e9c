// The cross-paper benchmark explorer: every reported number, joined by (model, benchmark)
// so the same pair reported by different papers sits side by side.
import { queryList, queryString } from './query-list.ts';

export interface ExplorerRow {
  model: string;
  benchmark: string;
  paper: string;
  table: string;
  score: number;
  /** The score as the paper prints it (e.g. "58.0"). */
  text: string;
  setting: string;
  verified: boolean;
  kind: string;
}

export interface ExplorerData {
  papers: Array<{ id: string; shortTitle: string }>;
  models: Array<{ id: string; name: string; family: string }>;
  benchmarks: Array<{ id: string; name: string; category: string; higherIsBetter: boolean; metric: string }>;
  rows: ExplorerRow[];
}

export interface Selection {
  benchmarks: string[];
  models: string[];
  /** Only pairs reported by two or more papers. */
  crossOnly: boolean;
}

export interface PairView {
  model: string;
  benchmark: string;
  reports: ExplorerRow[];
  papers: number;
  /** max − min over the reports, null with a single report. */
  spread: number | null;
}

/** pass@k with k > 1 (or maj@k) measures something else than the usual single-sample score. */
export function comparable(r: ExplorerRow): boolean {
  return !/pass@(?!1\b)\d+|maj\d*@(?!1\b)\d+/.test(r.setting);
}

export function pairs(rows: readonly ExplorerRow[]): PairView[] {
  const map = new Map<string, ExplorerRow[]>();
  for (const r of rows) {
    const k = `${r.model}|${r.benchmark}`;
    const list = map.get(k) ?? [];
    list.push(r);
    map.set(k, list);
  }
  return [...map.values()].map((reports) => {
    const scores = reports.filter(comparable).map((r) => r.score);
    const papers = new Set(reports.filter(comparable).map((r) => r.paper)).size;
    return {
      model: reports[0]!.model,
      benchmark: reports[0]!.benchmark,
      reports,
      papers,
      spread: scores.length > 1 ? Number((Math.max(...scores) - Math.min(...scores)).toFixed(4)) : null,
    };
  });
}

export function selectPairs(all: readonly PairView[], sel: Selection): PairView[] {
  return all
    .filter(
      (p) =>
        (!sel.benchmarks.length || sel.benchmarks.includes(p.benchmark)) &&
        (!sel.models.length || sel.models.includes(p.model)) &&
        (!sel.crossOnly || p.papers >= 2),
    )
    .sort(
      (a, b) =>
        b.papers - a.papers ||
        (b.spread ?? -1) - (a.spread ?? -1) ||
        a.model.localeCompare(b.model) ||
        a.benchmark.localeCompare(b.benchmark),
    );
}

export function parseSelection(
  search: string,
  known: { models: ReadonlySet<string>; benchmarks: ReadonlySet<string> },
): Selection {
  const q = new URLSearchParams(search);
  const list = (key: string, ok: ReadonlySet<string>) => queryList(q, key, (s) => ok.has(s));
  return { benchmarks: list('b', known.benchmarks), models: list('m', known.models), crossOnly: q.get('all') !== '1' };
}

export function selectionQuery(sel: Selection): string {
  const q = new URLSearchParams();
  if (sel.benchmarks.length) q.set('b', sel.benchmarks.join(','));
  if (sel.models.length) q.set('m', sel.models.join(','));
  if (!sel.crossOnly) q.set('all', '1');
  return queryString(q);
}
