// Chart data tables: a missing value reads "–" (never 0); numbers keep their printed form.
import { describe, expect, it } from 'vitest';
import { formatCell } from '../../src/lib/chart-data.ts';

describe('formatCell', () => {
  it('shows a missing value as "–", not 0', () => {
    expect(formatCell(null)).toBe('–');
    expect(formatCell(0)).toBe('0');
  });
  it('keeps ordinary numbers and text as given, very large or small numbers in exponent form', () => {
    expect(formatCell(69.8)).toBe('69.8');
    expect(formatCell('GQA')).toBe('GQA');
    expect(formatCell(3.2e21)).toBe('3.200e+21');
    expect(formatCell(0.0001)).toBe('1.000e-4');
  });
});
