// The "CSV 내려받기" file of a table as shown: the visible rows in their order and the visible
// columns. A results table writes each score as a number; a comparison table (data-csv-provenance)
// writes each value as displayed followed by its source or formula (src/lib/compare/csv.ts).
import { provenanceCsv } from '../../lib/compare/csv.ts';
import { csvWithMeta } from '../../lib/csv-file.ts';
import { columnCsvLabel, metricsUnit } from '../../lib/table.ts';
import { cellValue, displayedText, headerText, visible } from './table-dom.ts';

type Cells = { header: string[]; rows: Array<Array<string | number | null>> };

function scores(headers: HTMLTableCellElement[], tbody: HTMLTableSectionElement): Cells {
  const { cols, rows } = visible(headers, tbody);
  return {
    // the same header as the table's own CSV file (src/build/table-files.ts): model, "MMLU (5-shot)"
    header: cols.map((c) => (c === 0 ? 'model' : columnCsvLabel(resultColumn(headers[c]!)))),
    rows: rows.map((r) =>
      cols.map((c) =>
        c === 0
          ? r.cells[0]!.getAttribute('data-value')
          : cellValue(r.cells[c], headers[c]!.dataset.btSort === 'number'),
      ),
    ),
  };
}

function withSources(headers: HTMLTableCellElement[], tbody: HTMLTableSectionElement): Cells {
  const { cols, rows } = visible(headers, tbody);
  const data = cols.slice(1);
  return provenanceCsv(
    data.map((c) => ({
      label: headers[c]!.dataset.csvLabel ?? headerText(headers[c]!),
      unit: headers[c]!.dataset.csvUnit,
    })),
    rows.map((r) => ({
      name: r.cells[0]!.getAttribute('data-value') ?? '',
      paper: r.cells[0]!.querySelector('.bt-shot')?.textContent?.trim() ?? '',
      cells: data.map((c) => {
        const cell = r.cells[c];
        return {
          text: cell?.getAttribute('data-kind') === 'missing' ? null : displayedText(cell),
          tip: cell?.querySelector<HTMLElement>('[data-tip]')?.dataset.tip ?? '',
        };
      }),
    })),
  );
}

/** A results column as the page shows it: its benchmark, setting and metric, read from the header. */
function resultColumn(th: HTMLTableCellElement): { benchmark: { name: string; metric: string }; settingLabel: string } {
  return {
    benchmark: { name: th.querySelector('.bt-bench')?.textContent?.trim() ?? '', metric: th.dataset.metric ?? '' },
    settingLabel: th.querySelector('[data-setting]')?.textContent?.trim() ?? '',
  };
}

/** The CSV text of `fig`'s table as shown, with its title, source, unit and this page's address. */
export function tableCsvText(
  fig: HTMLElement,
  headers: HTMLTableCellElement[],
  tbody: HTMLTableSectionElement,
): string {
  const { header, rows } = fig.hasAttribute('data-csv-provenance')
    ? withSources(headers, tbody)
    : scores(headers, tbody);
  const meta = {
    title: fig.dataset.csvTitle ?? '',
    source: fig.dataset.csvSource ?? '',
    // a comparison names its units itself; a results table lists each benchmark's metric, as its file does
    unit:
      fig.dataset.csvUnit ??
      metricsUnit(
        visible(headers, tbody)
          .cols.slice(1)
          .map((c) => resultColumn(headers[c]!)),
      ),
    address: location.href.split('#')[0]! + `#${fig.id}`,
  };
  return csvWithMeta(meta, header, rows);
}
