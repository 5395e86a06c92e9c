// src/lib/table-marks.ts: a table cell's provenance mark on a slide and the source line explaining the marks.
import { describe, expect, it } from 'vitest';
import { markedCell, tableSlideNote } from '../../src/lib/table-marks.ts';

describe('a table slide’s source line', () => {
  it('explains bold cells only when the slide shows one, and only the marks it shows', () => {
    expect(tableSlideNote('Qwen, Table 2', [['Qwen-7B', '58.2', '51.4≈']], true)).toBe(
      'Qwen, Table 2. 굵은 값은 열별 최고값, “–”는 보고되지 않은 값, ≈ 그림에서 읽은 근사값.',
    );
    expect(tableSlideNote('모델 구조 비교', [['Llama 2 7B', '32', '512ᶜ', '7?']], false)).toBe(
      '모델 구조 비교. “–”는 보고되지 않은 값, ᶜ 계산값, ? 미검증 수치.',
    );
    // a mark in the name column is part of the name, not a provenance mark
    expect(tableSlideNote('S', [['Model?', '1']], false)).toBe('S. “–”는 보고되지 않은 값.');
  });

  it('marks a comparison cell’s provenance as the results tables do', () => {
    expect(['derived', 'unverified', 'paper', 'config', null].map((k) => markedCell('512', k))).toEqual([
      '512ᶜ',
      '512?',
      '512',
      '512',
      '512',
    ]);
    // after an exponent the mark stands apart, so it does not read as part of the power
    expect(markedCell('8.46×10²²', 'derived')).toBe('8.46×10²² ᶜ');
    expect(markedCell('4.25×10⁻⁴', 'unverified')).toBe('4.25×10⁻⁴ ?');
  });
});
