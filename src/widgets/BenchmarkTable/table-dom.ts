// Reading a rendered table: what its cells and headers say, the same way for sorting, the CSV and
// the slide.

/** A cell's sort value (data-value): a number for numeric columns, else text; null when empty. */
export function cellValue(cell: Element | undefined, numeric: boolean): number | string | null {
  const raw = cell?.getAttribute('data-value') ?? '';
  if (raw === '') return null;
  return numeric ? Number(raw) : raw;
}

/** A header as one line: its benchmark and its shot/unit parts with a space between ("MMLU 5-shot"). */
export function headerText(th: Element): string {
  const parts = [...th.querySelectorAll('.bt-bench, .bt-shot')].map((e) => (e.textContent ?? '').trim());
  return (parts.join(' ') || th.textContent || '').replace(/\s+/g, ' ').trim();
}

/** A cell as displayed, with its provenance mark (≈, ᶜ, ?) but without the page-only tooltip marks. */
export function displayedText(cell: Element | undefined): string {
  if (!cell) return '';
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.bt-foreign').forEach((e) => e.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The rows and the column indexes a reader sees right now, in the order on screen. */
export function visible(
  headers: readonly HTMLTableCellElement[],
  tbody: HTMLTableSectionElement,
): { cols: number[]; rows: HTMLTableRowElement[] } {
  return {
    cols: headers.map((_, i) => i).filter((i) => !headers[i]!.hidden),
    rows: [...tbody.rows].filter((r) => !r.hidden),
  };
}
