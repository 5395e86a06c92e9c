// Exported files of every results table: CSV (one line per model, as the table shows it)
// and a PNG picture, both built from the same view model as the page.
import { siteContent } from './content/site-content.ts';
import { makeLookup } from './content/lookup.ts';
import { buildTable, toCsv } from './table.ts';
import { tableSvg } from './table-image.ts';

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

export function tableCsv(paper: string, table: string): string {
  const { vm } = view(paper, table);
  const header = ['model', ...vm.columns.map((c) => `${c.benchmark.name}${c.settingLabel ? ` (${c.settingLabel})` : ''}`)];
  return toCsv(header, vm.rows.map((r) => [r.model.name, ...r.cells.map((c) => c.score)]));
}

export function tablePicture(paper: string, table: string) {
  const { vm, source, title } = view(paper, table);
  return tableSvg(vm, title, source);
}
