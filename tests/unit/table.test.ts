import { describe, expect, it } from 'vitest';
import {
  bestIndexes,
  buildTable,
  columnCsvLabel,
  formatScore,
  metricsUnit,
  resultsCsv,
  sizeBucket,
  sortOrder,
  toCsv,
} from '../../src/lib/table.ts';
import type { Benchmark, Model } from '../../src/lib/content/schema.ts';
import type { ResultRow } from '../../src/lib/content/validate.ts';

const models = new Map<string, Model>([
  ['a-7b', { id: 'a-7b', name: 'A-7B', family: 'A', params: 7, paper: null, kind: 'base' }],
  ['b-13b', { id: 'b-13b', name: 'B-13B', family: 'B', params: 13, paper: null, kind: 'base' }],
  ['c-70b', { id: 'c-70b', name: 'C-70B', family: 'A', params: 70, paper: null, kind: 'base' }],
]);
const benchmarks = new Map<string, Benchmark>([
  [
    'mmlu',
    { id: 'mmlu', name: 'MMLU', category: 'knowledge', metric: '%', range: [0, 100], higherIsBetter: true, shots: 5 },
  ],
  [
    'ppl',
    {
      id: 'ppl',
      name: 'PPL',
      category: 'language-modeling',
      metric: 'ppl',
      range: [1, 1e5],
      higherIsBetter: false,
      shots: null,
    },
  ],
]);
const row = (model: string, benchmark: string, score: number, extra: Partial<ResultRow> = {}): ResultRow => ({
  paper: 'p',
  tableId: 't',
  model,
  benchmark,
  score,
  verified: true,
  kind: 'reported',
  source: { paper: 'p', table: 'Table 1', version: 'v1' },
  foreignSource: false,
  ...extra,
});

describe('bestIndexes', () => {
  it('marks the highest, or all tied highest', () => {
    expect([...bestIndexes([1, 3, 3, null], true)]).toEqual([1, 2]);
  });
  it('marks the lowest for lower-is-better metrics', () => {
    expect([...bestIndexes([4.2, 3.9, null, 5], false)]).toEqual([1]);
  });
  it('marks nothing when every value is missing', () => {
    expect(bestIndexes([null, null], true).size).toBe(0);
    // one model (or one score) in a column: nothing to compare, nothing marked best
    expect(bestIndexes([71.2], true).size).toBe(0);
    expect(bestIndexes([null, 71.2, null], true).size).toBe(0);
  });
});

describe('sortOrder', () => {
  it('sorts descending with ties kept in original order and missing values last', () => {
    expect(sortOrder([2, null, 5, 2, 7], 'descending')).toEqual([4, 2, 0, 3, 1]);
  });
  it('keeps missing values last when ascending too', () => {
    expect(sortOrder([null, 3, 1], 'ascending')).toEqual([2, 1, 0]);
  });
  it('sorts text with Korean collation', () => {
    expect(sortOrder(['나', '가', '다'], 'ascending')).toEqual([1, 0, 2]);
  });
});

describe('buildTable', () => {
  const rows = [
    row('a-7b', 'mmlu', 50, { shots: 5 }),
    row('b-13b', 'mmlu', 60, { shots: 5 }),
    row('a-7b', 'ppl', 4.1),
    row('c-70b', 'ppl', 3.2),
  ];
  const vm = buildTable(rows, models, benchmarks);
  it('makes one column per benchmark setting and one row per model, in first-seen order', () => {
    expect(vm.columns.map((c) => [c.benchmark.id, c.settingLabel])).toEqual([
      ['mmlu', '5-shot'],
      ['ppl', ''],
    ]);
    expect(vm.rows.map((r) => r.model.id)).toEqual(['a-7b', 'b-13b', 'c-70b']);
  });
  it('leaves missing cells null, never 0', () => {
    expect(vm.rows[1]!.cells[1]!.score).toBeNull();
    expect(formatScore(vm.rows[1]!.cells[1]!.score)).toBe('–');
  });
  it('marks the best per column respecting lower-is-better', () => {
    expect(vm.rows[1]!.cells[0]!.best).toBe(true);
    expect(vm.rows[2]!.cells[1]!.best).toBe(true);
    expect(vm.rows[0]!.cells[1]!.best).toBe(false);
  });
  it('groups columns by category and lists families and size classes', () => {
    expect(vm.groups.map((g) => g.category)).toEqual(['knowledge', 'language-modeling']);
    expect(vm.families).toEqual(['A', 'B']);
    expect(vm.sizes.map((s) => s.id)).toEqual(['s', 'l']);
  });
  it('subsets and orders by the given model and benchmark lists', () => {
    const sub = buildTable(rows, models, benchmarks, { models: ['b-13b', 'a-7b'], benchmarks: ['mmlu'] });
    expect(sub.rows.map((r) => r.model.id)).toEqual(['b-13b', 'a-7b']);
    expect(sub.columns).toHaveLength(1);
  });
});

describe('formatScore', () => {
  it('prints the paper precision when the table gives it', () => {
    expect(formatScore(25.1, 2)).toBe('25.10');
    expect(formatScore(25.1)).toBe('25.1');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and newlines, and leaves null empty', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', null],
          ['say "hi"', 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y",\r\n"say ""hi""",3\r\n');
  });
  it('writes one line per result with its source', () => {
    const csv = resultsCsv([row('a-7b', 'mmlu', 50, { shots: 5 })], models, benchmarks);
    expect(csv.split('\r\n')[1]).toBe('a-7b,A-7B,mmlu,MMLU,50,%,5,,p,Table 1,v1,reported,true,');
  });
});

describe('sizeBucket', () => {
  it('puts parameter counts in classes, closed models apart', () => {
    expect([1.8, 3, 7, 14, 34, 70].map((p) => sizeBucket(p).id)).toEqual(['xs', 'xs', 's', 's', 'm', 'l']);
    expect(sizeBucket(null).id).toBe('na');
  });
});

describe('table pictures for slides (#14)', () => {
  it('no table picture is wider than 16:9 (wide tables wrap into stacked blocks)', async () => {
    const { tablePicture, tableRoutes } = await import('../../src/build/table-files.ts');
    for (const { paper, table } of tableRoutes()) {
      const p = tablePicture(paper, table);
      expect(p.width / p.height, `${paper}/${table}`).toBeLessThanOrEqual(16 / 9 + 0.05);
    }
  });
  it('a one-model table (DeepSeek LLM Table 13) marks no best cell', async () => {
    const { tablePicture } = await import('../../src/build/table-files.ts');
    expect(tablePicture('deepseek-llm', 'table-13').svg).not.toContain('#d6f0e0');
  });
});

describe('table deck data (slides)', () => {
  it('shows a missing cell as "–", never as 0, and keeps printed values', async () => {
    const { tableDeckData } = await import('../../src/build/table-files.ts');
    const d = tableDeckData('qwen', 'table-2');
    expect(d.rows.find((r) => r[0] === 'Falcon-7B')).toEqual([
      'Falcon-7B',
      '27.8',
      '–',
      '6.8',
      '2.3',
      '–',
      '11.2',
      '28',
    ]);
    expect(d.source).toMatch(/^Qwen/);
  });
});

describe('column headers and units of a results CSV', () => {
  const vm = buildTable(
    [row('a-7b', 'mmlu', 50, { shots: 5 }), row('a-7b', 'mmlu', 52, { shots: 0 }), row('a-7b', 'ppl', 4.1)],
    models,
    benchmarks,
  );
  it('names a column by its benchmark and, in brackets, its setting', () => {
    expect(vm.columns.map(columnCsvLabel)).toEqual(['MMLU (5-shot)', 'MMLU (0-shot)', 'PPL']);
  });
  it('lists each benchmark’s metric once', () => {
    expect(metricsUnit(vm.columns)).toBe('각 열의 벤치마크 지표: MMLU %, PPL ppl');
  });
});
