// Shared shaping of chart data for tables and CSV.
import { toCsv } from './table.ts';

export type CellValue = string | number | null;

export function formatCell(v: CellValue): string {
  if (v === null) return '–';
  if (typeof v === 'number') {
    if (Math.abs(v) >= 1e6 || (Math.abs(v) > 0 && Math.abs(v) < 1e-3)) return v.toExponential(3);
    return String(v);
  }
  return v;
}

export function chartCsv(data: { header: string[]; rows: CellValue[][] }): string {
  return toCsv(data.header, data.rows);
}
