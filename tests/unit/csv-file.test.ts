// src/lib/csv-file.ts: the one layout of every CSV the site offers.
import { describe, expect, it } from 'vitest';
import { CSV_LICENCE, csvWithMeta } from '../../src/lib/csv-file.ts';

const meta = {
  title: 'Qwen 벤치마크, 표 2',
  source: 'Qwen Technical Report, Table 2',
  unit: '정확도 (%)',
  address: 'https://example.org/charts/qwen-bench/',
};

describe('csvWithMeta', () => {
  it('writes five "# key: value" lines, then the header row and the data, CRLF-separated', () => {
    const csv = csvWithMeta(meta, ['model', 'MMLU'], [['Qwen-7B', 58.2]]);
    expect(csv.split('\r\n')).toEqual([
      '"# 제목: Qwen 벤치마크, 표 2"', // a comma in a value is quoted, as in any CSV field
      '"# 출처: Qwen Technical Report, Table 2"',
      '# 단위: 정확도 (%)',
      `# 라이선스: ${CSV_LICENCE}`,
      '# 주소: https://example.org/charts/qwen-bench/',
      'model,MMLU',
      'Qwen-7B,58.2',
      '',
    ]);
  });
  it('leaves a missing value empty, never 0, and adds no BOM (the writer does)', () => {
    const csv = csvWithMeta(meta, ['model', 'GSM8K'], [['Qwen-1.8B', null]]);
    expect(csv.startsWith('\ufeff')).toBe(false);
    expect(csv.split('\r\n').at(-2)).toBe('Qwen-1.8B,');
  });
});
