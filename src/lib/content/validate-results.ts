// Pass: content/data/results/<paper>.yaml — result tables (flattened into rows that carry their
// source) and config tables, checked against the catalogue.
import { baseName, type IssueCollector } from './collector.ts';
import { knownModel, knownPaper, type Catalogue } from './validate-catalogue.ts';
import { resultsFileSchema, type ConfigTable, type ResultTable } from './schema.ts';
import type { ConfigView, RawFile, ResultRow, TableView } from './types.ts';

type RowInput = ResultTable['rows'][number];

/** One table row as the site shows it: the table's defaults applied and its source resolved. */
function toResultRow(paper: string, t: ResultTable, r: RowInput): ResultRow {
  const sourceTable = r.source?.table ?? t.label;
  const decimals = r.decimals ?? t.decimals;
  return {
    paper,
    tableId: t.id,
    model: r.model,
    benchmark: r.benchmark,
    score: r.score,
    ...(r.shots !== undefined ? { shots: r.shots } : {}),
    ...(r.setting !== undefined ? { setting: r.setting } : {}),
    ...(r.note !== undefined ? { note: r.note } : {}),
    verified: r.verified ?? t.verified,
    kind: r.kind ?? t.kind,
    ...(decimals !== undefined ? { decimals } : {}),
    source: { paper, table: sourceTable, version: r.source?.version ?? t.version },
    foreignSource: sourceTable !== t.label,
  };
}

function checkResultRow(c: IssueCollector, cat: Catalogue, file: string, at: string, r: RowInput): void {
  const bench = cat.benchmarks.get(r.benchmark);
  if (!cat.modelIds.has(r.model)) c.add(file, `${at}.model`, knownModel(r.model));
  if (!cat.benchmarkIds.has(r.benchmark))
    c.add(file, `${at}.benchmark`, `a benchmark id from content/data/benchmarks.yaml, got "${r.benchmark}"`);
  else if (bench && (r.score < bench.range[0] || r.score > bench.range[1]))
    c.add(
      file,
      `${at}.score`,
      `a score within ${bench.name}'s range [${bench.range[0]}, ${bench.range[1]}], got ${r.score}`,
    );
}

function resultTable(
  c: IssueCollector,
  cat: Catalogue,
  file: string,
  paper: string,
  t: ResultTable,
  ti: number,
): TableView {
  const keys = new Map<string, number>();
  const rows = t.rows.map((r, ri) => {
    const at = `tables[${ti}].rows[${ri}]`;
    checkResultRow(c, cat, file, at, r);
    const key = [r.model, r.benchmark, r.shots ?? '', r.setting ?? ''].join('|');
    const prev = keys.get(key);
    if (prev !== undefined)
      c.add(
        file,
        at,
        `one row per (model, benchmark, shots, setting) in table "${t.id}"; duplicates rows[${prev}] (${r.model} / ${r.benchmark})`,
      );
    else keys.set(key, ri);
    return toResultRow(paper, t, r);
  });
  return { ...t, paper, rows };
}

function configTable(
  c: IssueCollector,
  cat: Catalogue,
  file: string,
  paper: string,
  t: ConfigTable,
  ci: number,
): ConfigView {
  const cols = new Set(t.columns.map((col) => col.key));
  t.rows.forEach((r, ri) => {
    const at = `configs[${ci}].rows[${ri}]`;
    if (r.model !== undefined && !cat.modelIds.has(r.model)) c.add(file, `${at}.model`, knownModel(r.model));
    for (const k of Object.keys(r.values))
      if (!cols.has(k)) c.add(file, `${at}.values.${k}`, `one of the declared columns (${[...cols].join(', ')})`);
  });
  return { ...t, paper };
}

export function resultsPass(
  c: IssueCollector,
  files: RawFile[],
  cat: Catalogue,
): { tables: TableView[]; configs: ConfigView[] } {
  const tables: TableView[] = [];
  const configs: ConfigView[] = [];
  for (const { file: path, value: file } of c.documents(files, resultsFileSchema)) {
    if (file.paper !== baseName(path)) c.add(path, 'paper', `the file name ("${baseName(path)}"), got "${file.paper}"`);
    if (!cat.paperIds.has(file.paper)) {
      c.add(path, 'paper', knownPaper(cat.paperIds, file.paper));
      continue;
    }
    const tableIds = new Set<string>();
    const uniqueTableId = (id: string, field: string) => {
      if (tableIds.has(id)) c.add(path, field, `a table id unique in this file ("${id}" repeats)`);
      tableIds.add(id);
    };
    file.tables.forEach((t, ti) => {
      uniqueTableId(t.id, `tables[${ti}].id`);
      tables.push(resultTable(c, cat, path, file.paper, t, ti));
    });
    file.configs.forEach((t, ci) => {
      uniqueTableId(t.id, `configs[${ci}].id`);
      configs.push(configTable(c, cat, path, file.paper, t, ci));
    });
  }
  return { tables, configs };
}
