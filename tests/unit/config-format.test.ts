// A config value in a table, in prose and on the TL;DR card must read as the paper prints it.
import { describe, expect, it } from 'vitest';
import { formatConfigValue } from '../../src/lib/config-format.ts';

describe('formatConfigValue', () => {
  it('groups thousands in whole numbers of five or more digits', () => {
    expect(formatConfigValue(1720320)).toBe('1,720,320');
    expect(formatConfigValue(2919326)).toBe('2,919,326');
    expect(formatConfigValue(32000)).toBe('32,000');
    expect(formatConfigValue(10000)).toBe('10,000');
  });
  it('leaves four-digit numbers, decimals and text as written', () => {
    expect(formatConfigValue(4096)).toBe('4096');
    expect(formatConfigValue(798.5)).toBe('798.5');
    expect(formatConfigValue(0.06)).toBe('0.06');
    expect(formatConfigValue('3.0e-4')).toBe('3.0e-4');
    expect(formatConfigValue('0.01 (7B·13B) / 0.005 (34B·70B)')).toBe('0.01 (7B·13B) / 0.005 (34B·70B)');
  });
  it('prints a missing cell as a dash', () => {
    expect([formatConfigValue(null), formatConfigValue(undefined), formatConfigValue('')]).toEqual(['–', '–', '–']);
  });
});
