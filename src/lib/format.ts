// Number formatting shared by charts and widgets.

/** Compact scientific notation for the UI: 8.46e22 → "8.46×10²²". */
export function sci(x: number, digits = 3): string {
  if (x === 0) return '0';
  const e = Math.floor(Math.log10(Math.abs(x)));
  const m = x / 10 ** e;
  const sup = String(e).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!);
  return `${Number(m.toPrecision(digits))}×10${sup}`;
}
