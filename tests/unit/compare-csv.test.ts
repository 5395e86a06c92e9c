// src/lib/compare/csv.ts: the CSV of a comparison, each value followed by its source column.
import { describe, expect, it } from 'vitest';
import { compareCsv, provenanceCsv } from '../../src/lib/compare/csv.ts';
import { buildCompareTable, type CompareTableView } from '../../src/lib/compare/view.ts';
import { compareInput } from '../../src/lib/compare/from-content.ts';
import { siteContent } from '../../src/build/site-content.ts';

const archView = buildCompareTable(compareInput(siteContent()), 'architecture');
const col = (v: CompareTableView, key: string) => v.columns.findIndex((c) => c.key === key);

describe('the CSV of a comparison page', () => {
  const csv = compareCsv(archView);

  it('heads each column with its label and unit, followed by its source column', () => {
    expect(csv.header.slice(0, 6)).toEqual([
      'model',
      'paper',
      '보고된 크기 (B)',
      '보고된 크기 출처',
      '층수',
      '층수 출처',
    ]);
    expect(csv.header.slice(-2)).toEqual(['임베딩 비중 (%)', '임베딩 비중 출처']);
    expect(csv.header).toHaveLength(2 + 2 * archView.columns.length);
  });

  it('writes the displayed text and its source, and an empty value (null) for a missing cell', () => {
    const row = csv.rows[archView.rows.findIndex((r) => r.id === 'deepseek-llm-7b')]!;
    expect(row.slice(0, 4)).toEqual(['DeepSeek LLM 7B Base', 'DeepSeek LLM 논문', '7', 'DeepSeek LLM 논문, Table 2']);
    const tied = 2 + 2 * col(archView, 'tied');
    expect(row.slice(tied, tied + 2)).toEqual([null, '논문에 없음']);
  });
});

describe('provenanceCsv', () => {
  it('writes the columns a reader kept, with units in brackets and a source column after each', () => {
    const csv = provenanceCsv(
      [{ label: '층수' }, { label: '컨텍스트', unit: 'tokens' }],
      [
        {
          name: 'Llama 2 7B',
          paper: 'Llama 2 논문',
          cells: [
            { text: '32', tip: 'Llama 2 논문, Table 1 · 저자 공개 config' },
            { text: '4,096', tip: 'Llama 2 논문, Table 1' },
          ],
        },
        {
          name: 'X 1B',
          paper: 'X 논문',
          cells: [
            { text: null, tip: '논문에 없음' },
            { text: '2,048', tip: '§2' },
          ],
        },
      ],
    );
    expect(csv.header).toEqual(['model', 'paper', '층수', '층수 출처', '컨텍스트 (tokens)', '컨텍스트 출처']);
    expect(csv.rows).toEqual([
      [
        'Llama 2 7B',
        'Llama 2 논문',
        '32',
        'Llama 2 논문, Table 1 · 저자 공개 config',
        '4,096',
        'Llama 2 논문, Table 1',
      ],
      ['X 1B', 'X 논문', null, '논문에 없음', '2,048', '§2'],
    ]);
  });
});
