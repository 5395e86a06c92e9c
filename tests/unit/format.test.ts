// src/lib/format.ts: compact scientific notation for charts and widgets (8.46e22 → "8.46×10²²").
import { describe, expect, it } from 'vitest';
import { sci } from '../../src/lib/format.ts';

describe('sci', () => {
  it('formats powers of ten with superscripts', () => {
    expect(sci(8.46e22)).toBe('8.46×10²²');
    expect(sci(4.25e-4)).toBe('4.25×10⁻⁴');
  });
  it('writes zero as 0 and keeps the sign of a negative number', () => {
    expect(sci(0)).toBe('0');
    expect(sci(-5e-3)).toBe('-5×10⁻³');
  });
  it('rounds to the significant digits asked for and drops trailing zeros', () => {
    expect(sci(1234)).toBe('1.23×10³');
    expect(sci(6.02214e23, 2)).toBe('6×10²³');
  });
});
