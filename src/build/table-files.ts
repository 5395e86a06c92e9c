// Exported files of every results table: CSV (one line per model, as the table shows it)
// and a PNG picture, both built from the same view model as the page.
import { siteContent } from './site-content.ts';
import { makeLookup } from '../lib/content/lookup.ts';
import { buildTable, columnCsvLabel, metricsUnit } from '../lib/table.ts';
import { CSV_BOM, csvWithMeta } from '../lib/csv-file.ts';
import { withBase } from '../lib/base-path.ts';
import { BASE_PATH, SITE_URL } from '../lib/site.ts';
import { tableSvg } from '../lib/table-image.ts';

export function tableRoutes(): Array<{ paper: string; table: string }> {
  return siteContent().tables.map((t) => ({ paper: t.paper, table: t.id }));
}

function view(paper: string, table: string) {
  const c = makeLookup(siteContent());
  const t = c.table(paper, table);
  const p = c.paper(paper);
  const vm = buildTable(t.rows, c.models, c.benchmarks);
  const source = `출처: ${p.shortTitle}, ${t.label} (arXiv ${p.arxiv} ${t.version})`;
  return { t, vm, source, title: `${t.title} (${p.shortTitle}, ${t.label})` };
}

/** The one render function of results-table CSV files (BOM, header block, data). */
export function tableCsv(paper: string, table: string): string {
  const { vm, source, title } = view(paper, table);
  const header = ['model', ...vm.columns.map(columnCsvLabel)];
  const unit = metricsUnit(vm.columns);
  const meta = {
    title,
    source: source.replace(/^출처: /, ''),
    unit,
    address: new URL(withBase(`/papers/${paper}/`, BASE_PATH), SITE_URL).href,
  };
  return (
    CSV_BOM +
    csvWithMeta(
      meta,
      header,
      vm.rows.map((r) => [r.model.name, ...r.cells.map((c) => c.score)]),
    )
  );
}

export function tablePicture(paper: string, table: string) {
  const { vm, source, title } = view(paper, table);
  return tableSvg(vm, title, source);
}

/** A table as text cells for slides and decks (the same view model and source as the page). */
export function tableDeckData(
  paper: string,
  table: string,
): { title: string; source: string; header: string[]; rows: string[][] } {
  const { vm, source, title } = view(paper, table);
  return {
    title,
    source: source.replace(/^출처: /, ''),
    header: ['모델', ...vm.columns.map((c) => `${c.benchmark.name}${c.settingLabel ? ` (${c.settingLabel})` : ''}`)],
    rows: vm.rows.map((r) => [r.model.name, ...r.cells.map((c) => (c.score === null ? '–' : String(c.score)))]),
  };
}
