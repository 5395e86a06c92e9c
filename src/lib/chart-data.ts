// Shared shaping of chart data for tables and CSV.

export type CellValue = string | number | null;

export function formatCell(v: CellValue): string {
  if (v === null) return '–';
  if (typeof v === 'number') {
    if (Math.abs(v) >= 1e6 || (Math.abs(v) > 0 && Math.abs(v) < 1e-3)) return v.toExponential(3);
    return String(v);
  }
  return v;
}
