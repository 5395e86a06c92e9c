// A sortable table's view kept in the page address (src/lib/table-state.ts): restored when the
// table is enhanced, rewritten (history.replaceState, no new history entry) on every change, so
// copying the address, or the CSV's "address" line, reproduces the rows, columns and order.
// One such table per page (the comparison pages have one): its parameters are not prefixed.
import { parseTableState, tableStateQuery, type SortDirection, type TableUrlState } from '../../lib/table-state.ts';
import { copyViewLink } from '../../lib/browser/copy-text.ts';

interface TableActions {
  applyFilters: () => void;
  sortBy: (col: number, dir: SortDirection) => void;
}

const boxes = (fig: HTMLElement, attr: string) => [...fig.querySelectorAll<HTMLInputElement>(`input[${attr}]`)];
const idOf = (box: HTMLInputElement, attr: string) => box.getAttribute(attr) ?? '';
const FILTERS = [
  ['paper', 'data-bt-family'],
  ['size', 'data-bt-size'],
  ['group', 'data-bt-group'],
] as const;

function currentState(fig: HTMLElement, headers: HTMLTableCellElement[]): TableUrlState {
  const hidden = (attr: string) =>
    boxes(fig, attr)
      .filter((b) => !b.checked)
      .map((b) => idOf(b, attr));
  const sorted = headers.find((h) => ['ascending', 'descending'].includes(h.getAttribute('aria-sort') ?? ''));
  return {
    hidden: { paper: hidden(FILTERS[0][1]), size: hidden(FILTERS[1][1]), group: hidden(FILTERS[2][1]) },
    sort: sorted?.dataset.col
      ? { col: sorted.dataset.col, dir: sorted.getAttribute('aria-sort') as SortDirection }
      : null,
  };
}

/** Applies the address's state to the table; returns `record`, which writes the table's state back. */
export function tableUrlState(
  fig: HTMLElement,
  headers: HTMLTableCellElement[],
  act: TableActions,
): { record: () => void } {
  const cols = headers.map((h) => h.dataset.col ?? '');
  const state = parseTableState(location.search, {
    papers: boxes(fig, FILTERS[0][1]).map((b) => idOf(b, FILTERS[0][1])),
    sizes: boxes(fig, FILTERS[1][1]).map((b) => idOf(b, FILTERS[1][1])),
    groups: boxes(fig, FILTERS[2][1]).map((b) => idOf(b, FILTERS[2][1])),
    cols: cols.filter(Boolean),
  });
  for (const [key, attr] of FILTERS)
    for (const b of boxes(fig, attr)) b.checked = !state.hidden[key].includes(idOf(b, attr));
  act.applyFilters();
  if (state.sort) act.sortBy(cols.indexOf(state.sort.col), state.sort.dir);
  const record = () => {
    const query = tableStateQuery(currentState(fig, headers));
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  fig.addEventListener('change', (e) => {
    if ((e.target as Element).matches('input[type=checkbox]')) record();
  });
  fig
    .querySelector('[data-bt-copy-link]')
    ?.addEventListener('click', () => copyViewLink(fig.querySelector<HTMLElement>('[data-bt-link-status]')));
  return { record };
}
