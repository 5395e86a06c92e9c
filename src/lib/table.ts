// View models for result tables: columns per (benchmark, shots, setting), rows per model,
// best-of-column marks, stable sorting with missing values last, and CSV export.
import type { Benchmark, Model } from './content/schema.ts';
import type { ResultRow } from './content/types.ts';

export interface Column {
  key: string;
  benchmark: Benchmark;
  shots?: number;
  setting?: string;
  /** e.g. "5-shot", "0-shot · pass@1"; empty when neither is known. */
  settingLabel: string;
}

export interface Cell {
  score: number | null;
  best: boolean;
  row?: ResultRow;
}

export interface TableRowView {
  model: Model;
  cells: Cell[];
}

/** Size classes readers filter by; null params (closed models) get their own class. */
export const SIZE_BUCKETS = [
  { id: 'xs', label: '3B 이하', max: 3 },
  { id: 's', label: '3–15B', max: 15 },
  { id: 'm', label: '15–40B', max: 40 },
  { id: 'l', label: '40B 초과', max: Infinity },
] as const;

export function sizeBucket(params: number | null): { id: string; label: string } {
  if (params === null) return { id: 'na', label: '규모 비공개' };
  return SIZE_BUCKETS.find((b) => params <= b.max)!;
}

export interface TableViewModel {
  columns: Column[];
  rows: TableRowView[];
  /** Column indexes grouped by benchmark category, in first-appearance order. */
  groups: Array<{ category: string; columns: number[] }>;
  families: string[];
  /** Size classes present in the table, smallest first. */
  sizes: Array<{ id: string; label: string }>;
}

export function columnKey(r: Pick<ResultRow, 'benchmark' | 'shots' | 'setting'>): string {
  return `${r.benchmark}|${r.shots ?? ''}|${r.setting ?? ''}`;
}

export function settingLabel(shots: number | undefined, setting: string | undefined): string {
  return [shots !== undefined ? `${shots}-shot` : '', setting ?? ''].filter(Boolean).join(' · ');
}

export function formatScore(score: number | null, decimals?: number): string {
  if (score === null) return '–';
  return decimals === undefined ? String(score) : score.toFixed(decimals);
}

/**
 * Indexes of the best cells: highest (or lowest) score; ties all count as best. With fewer
 * than two scores there is nothing to compare, so nothing is best (a one-model table).
 */
export function bestIndexes(scores: ReadonlyArray<number | null>, higherIsBetter: boolean): Set<number> {
  if (scores.filter((s) => s !== null).length < 2) return new Set();
  let best: number | null = null;
  for (const s of scores) {
    if (s === null) continue;
    if (best === null || (higherIsBetter ? s > best : s < best)) best = s;
  }
  const out = new Set<number>();
  if (best === null) return out;
  scores.forEach((s, i) => {
    if (s === best) out.add(i);
  });
  return out;
}

export interface BuildOptions {
  models?: readonly string[];
  benchmarks?: readonly string[];
}

export function buildTable(
  rows: readonly ResultRow[],
  models: ReadonlyMap<string, Model>,
  benchmarks: ReadonlyMap<string, Benchmark>,
  options: BuildOptions = {},
): TableViewModel {
  const keep = rows.filter(
    (r) =>
      (!options.models || options.models.includes(r.model)) &&
      (!options.benchmarks || options.benchmarks.includes(r.benchmark)),
  );
  const columns: Column[] = [];
  const colIndex = new Map<string, number>();
  const modelOrder: string[] = [];
  for (const r of keep) {
    const k = columnKey(r);
    if (!colIndex.has(k)) {
      const b = benchmarks.get(r.benchmark);
      if (!b) throw new Error(`unknown benchmark "${r.benchmark}"`);
      colIndex.set(k, columns.length);
      columns.push({
        key: k,
        benchmark: b,
        ...(r.shots !== undefined ? { shots: r.shots } : {}),
        ...(r.setting !== undefined ? { setting: r.setting } : {}),
        settingLabel: settingLabel(r.shots, r.setting),
      });
    }
    if (!modelOrder.includes(r.model)) modelOrder.push(r.model);
  }
  if (options.benchmarks) {
    const order = options.benchmarks;
    columns.sort((a, b) => order.indexOf(a.benchmark.id) - order.indexOf(b.benchmark.id));
    columns.forEach((c, i) => colIndex.set(c.key, i));
  }
  if (options.models) modelOrder.sort((a, b) => options.models!.indexOf(a) - options.models!.indexOf(b));

  const tableRows: TableRowView[] = modelOrder.map((id) => {
    const model = models.get(id);
    if (!model) throw new Error(`unknown model "${id}"`);
    const cells: Cell[] = columns.map(() => ({ score: null, best: false }));
    for (const r of keep)
      if (r.model === id) {
        const i = colIndex.get(columnKey(r))!;
        cells[i] = { score: r.score, best: false, row: r };
      }
    return { model, cells };
  });

  columns.forEach((c, ci) => {
    const best = bestIndexes(
      tableRows.map((r) => r.cells[ci]!.score),
      c.benchmark.higherIsBetter,
    );
    best.forEach((ri) => (tableRows[ri]!.cells[ci]!.best = true));
  });

  const groups: TableViewModel['groups'] = [];
  columns.forEach((c, i) => {
    const g = groups.find((x) => x.category === c.benchmark.category);
    if (g) g.columns.push(i);
    else groups.push({ category: c.benchmark.category, columns: [i] });
  });

  const families = [...new Set(tableRows.map((r) => r.model.family))];
  const present = new Set(tableRows.map((r) => sizeBucket(r.model.params).id));
  const sizes = [...SIZE_BUCKETS, { id: 'na', label: '규모 비공개' }]
    .filter((b) => present.has(b.id))
    .map((b) => ({ id: b.id, label: b.label }));
  return { columns, rows: tableRows, groups, families, sizes };
}

/**
 * Stable sort of row indexes by one column. Missing values always go last, whatever the
 * direction, so "–" never outranks a real score.
 */
export function sortOrder(
  values: ReadonlyArray<number | string | null>,
  direction: 'ascending' | 'descending',
): number[] {
  const idx = values.map((_, i) => i);
  const sign = direction === 'ascending' ? 1 : -1;
  return idx.sort((a, b) => {
    const va = values[a] ?? null;
    const vb = values[b] ?? null;
    if (va === null && vb === null) return a - b;
    if (va === null) return 1;
    if (vb === null) return -1;
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'ko');
    return cmp !== 0 ? sign * cmp : a - b;
  });
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** RFC 4180 CSV with a header row; null becomes an empty field (never 0). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const line = (cells: ReadonlyArray<string | number | null>) =>
    cells.map((c) => (c === null ? '' : csvField(String(c)))).join(',');
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

/** A results column's CSV header, the same in the table's file and in the in-page download: "MMLU (5-shot)". */
export function columnCsvLabel(c: { benchmark: { name: string }; settingLabel: string }): string {
  return `${c.benchmark.name}${c.settingLabel ? ` (${c.settingLabel})` : ''}`;
}

/** The CSV "단위" line of a results table: each benchmark's metric. */
export function metricsUnit(columns: ReadonlyArray<{ benchmark: { name: string; metric: string } }>): string {
  return `각 열의 벤치마크 지표: ${[...new Set(columns.map((c) => `${c.benchmark.name} ${c.benchmark.metric}`))].join(', ')}`;
}

/** CSV of a result table: one line per result with its full source. */
export function resultsCsv(
  rows: readonly ResultRow[],
  models: ReadonlyMap<string, Model>,
  benchmarks: ReadonlyMap<string, Benchmark>,
): string {
  return toCsv(
    [
      'model',
      'model_name',
      'benchmark',
      'benchmark_name',
      'score',
      'metric',
      'shots',
      'setting',
      'paper',
      'table',
      'version',
      'kind',
      'verified',
      'note',
    ],
    rows.map((r) => [
      r.model,
      models.get(r.model)?.name ?? r.model,
      r.benchmark,
      benchmarks.get(r.benchmark)?.name ?? r.benchmark,
      r.score,
      benchmarks.get(r.benchmark)?.metric ?? '',
      r.shots ?? null,
      r.setting ?? null,
      r.source.paper,
      r.source.table,
      r.source.version,
      r.kind,
      String(r.verified),
      r.note ?? null,
    ]),
  );
}
