// resultsPass (validate-results.ts): result and config tables of content/data/results/<paper>.yaml,
// flattened into rows that carry their source, checked against the catalogue of the valid fixture.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { IssueCollector } from '../../src/lib/content/collector.ts';
import { cataloguePass, type Catalogue } from '../../src/lib/content/validate-catalogue.ts';
import { resultsPass } from '../../src/lib/content/validate-results.ts';
import { OK_ROOT } from './helpers.ts';

const FILE = 'content/data/results/demo.yaml';
const okCatalogue = (): Catalogue => cataloguePass(new IssueCollector(), readContent(OK_ROOT), new Date('2026-11-30'));

function run(text: string, cat = okCatalogue(), file = FILE) {
  const c = new IssueCollector();
  const out = resultsPass(c, [{ file, text }], cat);
  return { ...out, issues: c.issues };
}

const table = (rows: string[], extra: string[] = []) =>
  [
    'paper: demo',
    'tables:',
    '  - id: table-2',
    '    label: Table 2',
    '    title: 결과',
    '    version: v1',
    ...extra.map((l) => `    ${l}`),
    '    rows:',
    ...rows.map((r) => `      - ${r}`),
  ].join('\n');

describe('resultsPass', () => {
  it('applies the table defaults to each row and keeps a row that cites another table as foreign', () => {
    const { tables, issues } = run(
      table(
        [
          '{ model: demo-7b, benchmark: mmlu, score: 60.1, shots: 5 }',
          '{ model: demo-7b, benchmark: ppl, score: 4.25, decimals: 2, verified: true, source: { table: Table 9, version: v2 } }',
        ],
        ['kind: derived', 'verified: false', 'decimals: 1'],
      ),
    );
    expect(issues).toEqual([]);
    expect(tables.map((t) => [t.paper, t.id])).toEqual([['demo', 'table-2']]);
    expect(tables[0]!.rows).toEqual([
      {
        paper: 'demo',
        tableId: 'table-2',
        model: 'demo-7b',
        benchmark: 'mmlu',
        score: 60.1,
        shots: 5,
        verified: false,
        kind: 'derived',
        decimals: 1,
        source: { paper: 'demo', table: 'Table 2', version: 'v1' },
        foreignSource: false,
      },
      {
        paper: 'demo',
        tableId: 'table-2',
        model: 'demo-7b',
        benchmark: 'ppl',
        score: 4.25,
        verified: true,
        kind: 'derived',
        decimals: 2,
        source: { paper: 'demo', table: 'Table 9', version: 'v2' },
        foreignSource: true,
      },
    ]);
  });

  it('treats rows that differ only in shots or setting as different rows, and names a true duplicate', () => {
    const { issues } = run(
      table([
        '{ model: demo-7b, benchmark: mmlu, score: 50, shots: 0 }',
        '{ model: demo-7b, benchmark: mmlu, score: 60, shots: 5 }',
        '{ model: demo-7b, benchmark: mmlu, score: 61, shots: 5, setting: CoT }',
        '{ model: demo-7b, benchmark: mmlu, score: 62, shots: 5, setting: CoT }',
      ]),
    );
    expect(issues).toEqual([
      {
        file: FILE,
        field: 'tables[0].rows[3]',
        expected:
          'one row per (model, benchmark, shots, setting) in table "table-2"; duplicates rows[2] (demo-7b / mmlu)',
      },
    ]);
  });

  it('reports a paper that is not the file name nor a known paper, and returns none of its tables', () => {
    const { tables, configs, issues } = run(
      table(['{ model: demo-7b, benchmark: mmlu, score: 1 }']).replace('paper: demo', 'paper: other'),
    );
    expect(issues).toEqual([
      { file: FILE, field: 'paper', expected: 'the file name ("demo"), got "other"' },
      { file: FILE, field: 'paper', expected: 'a known paper id (demo), got "other"' },
    ]);
    expect(tables).toEqual([]);
    expect(configs).toEqual([]);
  });

  it('requires table ids to be unique across the result and config tables of one file', () => {
    const { issues } = run(
      [
        table(['{ model: demo-7b, benchmark: mmlu, score: 1 }']),
        'configs:',
        '  - { id: table-2, label: Table 2, title: 구성, version: v1, columns: [{ key: layers, label: 층 }], rows: [{ model: demo-7b, values: { layers: 32 } }] }',
      ].join('\n'),
    );
    expect(issues).toEqual([
      { file: FILE, field: 'configs[0].id', expected: 'a table id unique in this file ("table-2" repeats)' },
    ]);
  });

  it('reports a config row with an unknown model or a value outside the declared columns, and still returns the table', () => {
    const { configs, issues } = run(
      [
        'paper: demo',
        'configs:',
        '  - id: table-1',
        '    label: Table 1',
        '    title: 구성',
        '    version: v1',
        '    columns: [{ key: layers, label: 층 }, { key: heads, label: 헤드 }]',
        '    rows:',
        '      - { model: demo-70b, values: { layers: 80 } }',
        '      - { label: 작은 모델, values: { layers: 32, ffn: 11008 } }',
      ].join('\n'),
    );
    expect(issues).toEqual([
      {
        file: FILE,
        field: 'configs[0].rows[0].model',
        expected: 'a model id from content/data/models.yaml, got "demo-70b"',
      },
      { file: FILE, field: 'configs[0].rows[1].values.ffn', expected: 'one of the declared columns (layers, heads)' },
    ]);
    expect(configs.map((t) => [t.paper, t.id, t.kind, t.verified])).toEqual([['demo', 'table-1', 'reported', true]]);
  });

  it('does not check rows against a benchmark whose own entry is invalid (that entry is already reported)', () => {
    const raw = readContent(OK_ROOT);
    raw.benchmarks = [
      { ...raw.benchmarks[0]!, text: raw.benchmarks[0]!.text.replace('range: [0, 100]', 'range: wide') },
    ];
    const cat = cataloguePass(new IssueCollector(), raw, new Date('2026-11-30'));
    const { tables, issues } = run(table(['{ model: demo-7b, benchmark: mmlu, score: 601 }']), cat);
    expect(issues).toEqual([]);
    expect(tables[0]!.rows.map((r) => r.score)).toEqual([601]);
  });
});
