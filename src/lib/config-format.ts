// How a config-table cell (content/data/results/<paper>.yaml → configs) is printed, in tables,
// in prose (<ConfigValue>) and on the TL;DR card: one formatter so the three never disagree.
// Whole numbers of five or more digits get thousands separators ("1,720,320 GPU-hours", not
// "1720320"), as the papers print them; smaller numbers, decimals and text stay as written, so
// "4096", "0.06" and "3.0e-4" read the way the paper prints them.
export function formatConfigValue(v: number | string | null | undefined): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 10000) return v.toLocaleString('en-US');
  return String(v);
}
