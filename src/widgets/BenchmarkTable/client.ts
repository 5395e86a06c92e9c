// Sorting, filtering and column-group toggles for tables rendered by BenchmarkTable.astro.
import { sortOrder } from '../../lib/table.ts';
import { rowCount, type SortDirection } from '../../lib/table-state.ts';
import { markedCell, tableSlideNote } from '../../lib/table-marks.ts';
import { columnLabel } from '../../lib/compare/csv.ts';
import { downloadText } from '../../lib/browser/download.ts';
import { enhanceWhenNear } from '../../lib/browser/when-near.ts';
import { initTableSlideExport, pageAddress, type TableSnapshot } from '../TableSlide/client.ts';
import { tableUrlState } from './url-state.ts';
import { tableCsvText } from './csv.ts';
import { cellValue, displayedText, headerText, visible } from './table-dom.ts';

type Direction = SortDirection;

/** Each table body's rows in the order the page was built with. */
const builtOrder = new WeakMap<HTMLTableSectionElement, HTMLTableRowElement[]>();

/**
 * Sorts the body by column `col` (aria-sort on the header says the order). Ties keep the order the
 * table was built in, not the previous sort's, so a column and a direction fix the order: a link
 * that carries them (url-state.ts) shows the rows as the reader saw them.
 */
function sortBy(headers: HTMLTableCellElement[], tbody: HTMLTableSectionElement, col: number, dir: Direction): void {
  const numeric = headers[col]!.dataset.btSort === 'number';
  headers.forEach((h) => h.setAttribute('aria-sort', 'none'));
  headers[col]!.setAttribute('aria-sort', dir);
  const rows = builtOrder.get(tbody) ?? [...tbody.rows];
  builtOrder.set(tbody, rows);
  const values = rows.map((r) => cellValue(r.cells[col], numeric));
  const order = sortOrder(values, dir);
  tbody.append(...order.map((i) => rows[i]!));
}

/** Turns each header into a sort button; `onSort` hears of each reader's sort. */
function addSortButtons(headers: HTMLTableCellElement[], tbody: HTMLTableSectionElement, onSort: () => void): void {
  headers.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'bt-sort';
    while (th.firstChild) button.appendChild(th.firstChild);
    const icon = document.createElement('span');
    icon.className = 'bt-sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.appendChild(icon);
    th.appendChild(button);
    button.addEventListener('click', () => {
      const current = th.getAttribute('aria-sort');
      // Scores start high-to-low (what readers look for first); names start A→Z.
      const numeric = th.dataset.btSort === 'number';
      const next: Direction =
        current === 'none' || current === null
          ? numeric
            ? 'descending'
            : 'ascending'
          : current === 'ascending'
            ? 'descending'
            : 'ascending';
      sortBy(headers, tbody, col, next);
      onSort();
    });
  });
}

/** Shows the family/size filters and column-group toggles and applies them on every change. */
function addFilters(fig: HTMLElement, tbody: HTMLTableSectionElement): () => void {
  const controls = fig.querySelector<HTMLElement>('[data-bt-controls]');
  if (controls) controls.hidden = false;
  const checked = (selector: string, key: string, on: boolean) =>
    new Set(
      [...fig.querySelectorAll<HTMLInputElement>(selector)].filter((i) => i.checked === on).map((i) => i.dataset[key]),
    );
  const applyFilters = () => {
    const families = checked('[data-bt-family]', 'btFamily', true);
    const sizes = checked('[data-bt-size]', 'btSize', true);
    const hasFamilyFilter = fig.querySelector('[data-bt-family]') !== null;
    const hasSizeFilter = fig.querySelector('[data-bt-size]') !== null;
    for (const row of tbody.rows)
      row.hidden =
        (hasFamilyFilter && !families.has(row.dataset.family)) || (hasSizeFilter && !sizes.has(row.dataset.size));
    const count = fig.querySelector<HTMLElement>('[data-bt-count]');
    if (count)
      count.textContent = rowCount([...tbody.rows].filter((r) => !r.hidden).length, Number(count.dataset.total));
    const hiddenGroups = checked('[data-bt-group]', 'btGroup', false);
    fig.querySelectorAll<HTMLElement>('[data-bt-colgroup]').forEach((el) => {
      el.hidden = hiddenGroups.has(el.dataset.btColgroup);
    });
  };
  fig.querySelectorAll('input[type=checkbox]').forEach((i) => i.addEventListener('change', applyFilters));
  return applyFilters;
}

function enhance(fig: HTMLElement): void {
  const table = fig.querySelector('table')!;
  const tbody = table.tBodies[0]!;
  const headers = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
  const applyFilters = addFilters(fig, tbody);
  // a table that keeps its view in the page address (CompareTable) restores it and records each change
  const url = fig.hasAttribute('data-bt-url-state')
    ? tableUrlState(fig, headers, { applyFilters, sortBy: (col, dir) => sortBy(headers, tbody, col, dir) })
    : undefined;
  addSortButtons(headers, tbody, () => url?.record());

  fig.querySelector('[data-bt-csv]')?.addEventListener('click', () => {
    downloadText(`${fig.dataset.csvName ?? 'table'}.csv`, tableCsvText(fig, headers, tbody), 'text/csv');
  });
  const slideBox = fig.querySelector<HTMLElement>('[data-table-slide]');
  if (slideBox) initTableSlideExport(slideBox, () => tableSnapshot(fig, headers));
}

/** What the table shows right now: visible rows in their order, visible columns, best cells, marks. */
function tableSnapshot(fig: HTMLElement, headers: HTMLTableCellElement[]): TableSnapshot {
  const { cols, rows } = visible(headers, fig.querySelector('table')!.tBodies[0]!);
  // the name column by its data-value (without the paper line under it); the rest as displayed,
  // with a comparison cell's provenance as the results tables mark it (ᶜ computed, ? unverified)
  const body = rows.map((r) =>
    cols.map((c) => {
      if (c === 0) return r.cells[0]?.getAttribute('data-value') ?? '';
      const kind = r.cells[c]?.getAttribute('data-kind');
      return kind === 'missing' ? '–' : markedCell(displayedText(r.cells[c]), kind);
    }),
  );
  // a comparison's columns by label and unit, as its CSV heads them
  const head = (th: HTMLTableCellElement) =>
    fig.hasAttribute('data-csv-provenance') && th.dataset.csvLabel
      ? columnLabel({ label: th.dataset.csvLabel, unit: th.dataset.csvUnit })
      : headerText(th);
  const best = rows.map((r) => cols.map((c) => r.cells[c]?.classList.contains('bt-best') ?? false));
  return {
    fileName: fig.dataset.csvName ?? 'table',
    title: fig.dataset.csvTitle ?? '',
    header: cols.map((c) => head(headers[c]!)),
    rows: body,
    best,
    source: tableSlideNote(fig.dataset.csvSource ?? '', body, best.flat().some(Boolean)),
    // a comparison's slide names the view it shows (its filters and order are in the address)
    address: pageAddress(`${fig.hasAttribute('data-bt-url-state') ? location.search : ''}#${fig.id}`),
  };
}

export function enhanceBenchmarkTables(): void {
  // a table whose view the address carries is shown that way at once, wherever it is on the page
  if (location.search)
    document.querySelectorAll<HTMLElement>('[data-bt][data-bt-url-state]:not([data-bt-ready])').forEach((fig) => {
      fig.setAttribute('data-bt-ready', '');
      enhance(fig);
    });
  enhanceWhenNear('[data-bt]', 'data-bt-ready', enhance);
}
