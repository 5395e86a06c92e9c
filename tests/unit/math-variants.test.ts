// src/lib/markdown/math-variants.ts: the letters of a MathML mathvariant that browsers ignore,
// rewritten as Unicode mathematical alphanumerics (what MathML Core draws).
import { describe, expect, it } from 'vitest';
import { styleMathText } from '../../src/lib/markdown/math-variants.ts';

/** Every mathvariant with a Latin alphabet in Unicode's Mathematical Alphanumeric Symbols. */
const LATIN_VARIANTS = [
  'bold',
  'italic',
  'bold-italic',
  'script',
  'bold-script',
  'fraktur',
  'double-struck',
  'bold-fraktur',
  'sans-serif',
  'bold-sans-serif',
  'sans-serif-italic',
  'sans-serif-bold-italic',
  'monospace',
];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

describe('styleMathText', () => {
  it('maps letters to Unicode math alphanumerics, holes included', () => {
    expect(styleMathText('script', 'L')).toBe('ℒ'); // U+2112, a hole in the script block
    expect(styleMathText('script', 'D')).toBe('𝒟');
    expect(styleMathText('double-struck', 'E')).toBe('𝔼');
    expect(styleMathText('double-struck', 'R')).toBe('ℝ');
    expect(styleMathText('bold', 'W1')).toBe('𝐖𝟏');
    expect(styleMathText('italic', 'h')).toBe('ℎ');
    expect(styleMathText('fraktur', 'g')).toBe('𝔤');
  });

  it('leaves unknown variants and characters without a styled form alone', () => {
    expect(styleMathText('normal', 'x')).toBeUndefined();
    expect(styleMathText('bold', 'θ+')).toBe('θ+');
  });

  it('gives every letter of every alphabet an assigned character that is that letter in that style', () => {
    const seen = new Set<string>();
    for (const variant of LATIN_VARIANTS) {
      const styled = Array.from(styleMathText(variant, LETTERS) ?? '');
      expect(styled, variant).toHaveLength(LETTERS.length);
      styled.forEach((ch, i) => {
        // an unassigned code point (a hole in the 1D400 block) is no letter; NFKC folds a styled
        // letter back to the plain one, so a wrong offset or a wrong hole shows up here
        expect(/^\p{L}$/u.test(ch), `${variant} ${LETTERS[i]}`).toBe(true);
        expect(ch.normalize('NFKC'), `${variant} ${LETTERS[i]}`).toBe(LETTERS[i]);
        seen.add(ch);
      });
    }
    // no two alphabets share a character
    expect(seen.size).toBe(LATIN_VARIANTS.length * LETTERS.length);
  });

  it('styles digits only in the five alphabets Unicode has digits for, and keeps plain digits elsewhere', () => {
    const withDigits = ['bold', 'double-struck', 'sans-serif', 'bold-sans-serif', 'monospace'];
    for (const variant of LATIN_VARIANTS) {
      const styled = styleMathText(variant, DIGITS) ?? '';
      if (!withDigits.includes(variant)) {
        expect(styled, variant).toBe(DIGITS);
        continue;
      }
      expect(styled, variant).not.toMatch(/[0-9]/);
      expect(styled.normalize('NFKC'), variant).toBe(DIGITS);
    }
    expect(styleMathText('double-struck', '1')).toBe('𝟙');
  });
});
