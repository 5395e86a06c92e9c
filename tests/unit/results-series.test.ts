// src/lib/results-series.ts: a chart series read cell by cell from a paper's results table, so
// a chart of table cells cannot drift from the table. The refusals use the real Llama 2 chart
// specs and content; the series itself is read from the valid fixture
// (tests/fixtures/site-ok/content/data/results/demo.yaml).
import { describe, expect, it } from 'vitest';
import { pretrainCategoriesSpec, rmAccuracyByStrengthSpec } from '../../src/charts/llama2-charts.ts';
import { siteContent } from '../../src/build/site-content.ts';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { resultsSeries, type ResultsSeriesSpec } from '../../src/lib/results-series.ts';
import { OK_ROOT } from './helpers.ts';

const c = siteContent();
const demo = validateContent(readContent(OK_ROOT), {
  chartIds: new Set(['demo-chart']),
  today: new Date('2026-11-30'),
});

describe('resultsSeries', () => {
  it('throws naming the table and the cell when a point matches no row', () => {
    const spec = { ...rmAccuracyByStrengthSpec, categories: [{ label: 'x', match: { setting: 'Much Better' } }] };
    expect(() => resultsSeries(c, spec)).toThrow(
      /llama2-rm-accuracy-by-strength.*llama-2\/table-8.*Much Better.*matches 0 rows/,
    );
  });
  it('throws when a point matches several rows instead of picking one', () => {
    const spec = { ...pretrainCategoriesSpec, lines: [{ id: 'any', label: 'any', match: {} }] };
    expect(() => resultsSeries(c, spec)).toThrow(/matches \d+ rows, expected 1/);
  });
  it('throws naming the file when the table does not exist', () => {
    expect(() => resultsSeries(c, { ...pretrainCategoriesSpec, table: 'table-99' })).toThrow(
      'content/data/results/llama-2.yaml',
    );
  });

  const spec: ResultsSeriesSpec = {
    id: 'demo-mmlu',
    title: '데모 MMLU',
    paper: 'demo',
    table: 'table-2',
    x: { label: '벤치마크' },
    y: { label: '점수', unit: '%' },
    lines: [
      { id: 'demo', label: 'Demo-7B', match: { model: 'demo-7b' } },
      { id: 'other', label: 'Other-13B', match: { model: 'other-13b' } },
    ],
    categories: [{ label: 'MMLU', match: { benchmark: 'mmlu', shots: 5 } }],
  };

  it('reads each point from its cell, one line per model, in the order given', () => {
    expect(resultsSeries(demo, spec).lines).toEqual([
      { id: 'demo', label: 'Demo-7B', model: 'demo-7b', points: [['MMLU', 60.1]] },
      { id: 'other', label: 'Other-13B', model: 'other-13b', points: [['MMLU', 55]] },
    ]);
  });

  it('carries the table’s label, version and provenance, and the axis labels', () => {
    const s = resultsSeries(demo, spec);
    expect(s).toMatchObject({
      id: 'demo-mmlu',
      title: '데모 MMLU',
      paper: 'demo',
      source: { table: 'Table 2', version: 'v1' },
      kind: 'reported',
      verified: true,
      x: { label: '벤치마크', unit: '' },
      y: { label: '점수', unit: '%' },
    });
  });

  it('lets a category narrow a line to one cell, and names no model for a line matched otherwise', () => {
    const s = resultsSeries(demo, {
      ...spec,
      y: { label: '값' },
      lines: [{ id: 'demo', label: 'Demo-7B', match: { model: 'demo-7b' } }],
      categories: [
        { label: 'MMLU', match: { benchmark: 'mmlu' } },
        { label: 'PPL', match: { benchmark: 'ppl' } },
      ],
    });
    expect(s.lines[0]!.points).toEqual([
      ['MMLU', 60.1],
      ['PPL', 4.2],
    ]);
    expect(s.y.unit).toBe('');
    const byBenchmark = resultsSeries(demo, {
      ...spec,
      lines: [{ id: 'ppl', label: 'PPL', match: { benchmark: 'ppl' } }],
      categories: [{ label: 'Demo-7B', match: { model: 'demo-7b' } }],
    });
    expect(byBenchmark.lines).toStrictEqual([{ id: 'ppl', label: 'PPL', points: [['Demo-7B', 4.2]] }]);
  });
});
