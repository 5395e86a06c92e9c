// seriesPass (validate-series.ts): content/data/series/<id>.yaml, checked against the catalogue of
// the valid fixture. The x-value rules themselves are tested in validate-values.test.ts.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { IssueCollector } from '../../src/lib/content/collector.ts';
import { cataloguePass } from '../../src/lib/content/validate-catalogue.ts';
import { seriesPass } from '../../src/lib/content/validate-series.ts';
import { OK_ROOT } from './helpers.ts';

const cat = cataloguePass(new IssueCollector(), readContent(OK_ROOT), new Date('2026-11-30'));

const seriesText = (id: string, paper: string, lines: string[]) =>
  [
    `id: ${id}`,
    'title: 곡선',
    `paper: ${paper}`,
    'source: { table: Figure 1, version: v1 }',
    'x: { label: 길이 }',
    'y: { label: 퍼플렉서티, unit: PPL }',
    'lines:',
    ...lines.map((l) => `  - ${l}`),
  ].join('\n');

function run(file: string, text: string) {
  const c = new IssueCollector();
  const series = seriesPass(c, [{ file, text }], cat);
  return { series, issues: c.issues };
}

describe('seriesPass', () => {
  it('returns a valid series with the schema defaults filled in', () => {
    const { series, issues } = run(
      'content/data/series/curve.yaml',
      seriesText('curve', 'demo', ['{ id: a, label: A, model: demo-7b, points: [[1024, 4.2], [2048, 3.9]] }']),
    );
    expect(issues).toEqual([]);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({
      id: 'curve',
      kind: 'reported',
      verified: true,
      x: { label: '길이', unit: '' },
      y: { unit: 'PPL' },
    });
  });

  it('reports an id that is not the file name, and still returns the series', () => {
    const { series, issues } = run(
      'content/data/series/curve.yaml',
      seriesText('other-curve', 'demo', ['{ id: a, label: A, points: [[1, 2]] }']),
    );
    expect(issues).toEqual([
      { file: 'content/data/series/curve.yaml', field: 'id', expected: 'the file name ("curve"), got "other-curve"' },
    ]);
    expect(series.map((s) => s.id)).toEqual(['other-curve']);
  });

  it('reports an unknown paper and a line naming an unknown model, and accepts a line without a model', () => {
    const { issues } = run(
      'content/data/series/curve.yaml',
      seriesText('curve', 'nope', [
        '{ id: a, label: A, points: [[1, 2]] }',
        '{ id: b, label: B, model: demo-70b, points: [[1, 2]] }',
      ]),
    );
    expect(issues).toEqual([
      { file: 'content/data/series/curve.yaml', field: 'paper', expected: 'a known paper id (demo), got "nope"' },
      {
        file: 'content/data/series/curve.yaml',
        field: 'lines[1].model',
        expected: 'a model id from content/data/models.yaml, got "demo-70b"',
      },
    ]);
  });

  it('checks the x values of every series it reads', () => {
    const { issues } = run(
      'content/data/series/curve.yaml',
      seriesText('curve', 'demo', ['{ id: a, label: A, points: [[ko, 1.2], [en, 1.0], [ko, 1.3]] }']),
    );
    expect(issues).toEqual([
      {
        file: 'content/data/series/curve.yaml',
        field: 'lines[0].points[2][0]',
        expected: 'each x once in line "a", got "ko" again',
      },
    ]);
  });
});
