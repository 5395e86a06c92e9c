// componentsPass (validate-components.ts): what the MDX components of a body refer to — concepts,
// registry charts, result and config tables, single scores and config values, series points —
// must exist. Tables come from an inline results file read by resultsPass.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { IssueCollector, splitMdx } from '../../src/lib/content/collector.ts';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import { cataloguePass } from '../../src/lib/content/validate-catalogue.ts';
import { componentsPass, type ComponentTargets } from '../../src/lib/content/validate-components.ts';
import { resultsPass } from '../../src/lib/content/validate-results.ts';
import { seriesPass } from '../../src/lib/content/validate-series.ts';
import { OK_ROOT } from './helpers.ts';

const raw = readContent(OK_ROOT);
const cat = cataloguePass(new IssueCollector(), raw, new Date('2026-11-30'));
const results = [
  'paper: demo',
  'tables:',
  '  - id: table-2',
  '    label: Table 2',
  '    title: 결과',
  '    version: v1',
  '    rows:',
  '      - { model: demo-7b, benchmark: mmlu, score: 50.0, shots: 0 }',
  '      - { model: demo-7b, benchmark: mmlu, score: 60.1, shots: 5 }',
  'configs:',
  '  - id: table-1',
  '    label: Table 1',
  '    title: 구성',
  '    version: v1',
  '    columns: [{ key: layers, label: 층 }, { key: heads, label: 헤드 }]',
  '    rows:',
  '      - { model: demo-7b, values: { layers: 32, heads: null } }',
  '      - { label: 작은 모델, values: { layers: 12 } }',
].join('\n');
const targets: ComponentTargets = {
  conceptIds: new Set(['rope']),
  chartIds: new Set(['demo-chart']),
  ...resultsPass(new IssueCollector(), [{ file: 'content/data/results/demo.yaml', text: results }], cat),
  referenceKeys: new Set(['kaplan2020']),
  series: seriesPass(new IssueCollector(), raw.series, cat),
};

const FILE = 'content/reviews/demo.mdx';
/** Issues of one review whose frontmatter takes two lines, so body line n is file line n + 3. */
function issuesOf(body: string): ContentIssue[] {
  const c = new IssueCollector();
  const src = splitMdx({ file: FILE, text: `---\ntitle: x\n---\n${body}` });
  componentsPass(c, [src], targets);
  return c.issues;
}

describe('componentsPass', () => {
  it('accepts uses that all resolve, a config row named by its label, and components it does not know', () => {
    const body = [
      '<Concept id="rope">RoPE</Concept> <Chart id="demo-chart" />',
      '<Score paper="demo" table="table-2" model="demo-7b" benchmark="mmlu" shots="5" />',
      '<BenchmarkTable paper="demo" table="table-2" /> <ConfigTable paper="demo" table="table-1" />',
      '<ConfigValue paper="demo" table="table-1" row="작은 모델" col="layers" />',
      '<SeriesValue series="demo-curve" line="demo-7b" x="2048" /> <Cite key="kaplan2020" />',
      '<Callout kind="note">글</Callout>',
    ].join('\n\n');
    expect(issuesOf(body)).toEqual([]);
  });

  it('reports a missing attribute under "<Name> attribute", at the line of the use in the file', () => {
    expect(
      issuesOf('글.\n\n<Concept>RoPE</Concept>\n\n<Score paper="demo" model="demo-7b" benchmark="mmlu" />\n'),
    ).toEqual([
      { file: FILE, field: '<Concept> id', expected: 'an id="…" attribute', line: 6 },
      { file: FILE, field: '<Score> table', expected: 'a table="…" attribute', line: 8 },
    ]);
  });

  it('asks for shots or setting when a <Score> matches more than one row', () => {
    expect(issuesOf('<Score paper="demo" table="table-2" model="demo-7b" benchmark="mmlu" />')).toEqual([
      {
        file: FILE,
        field: '<Score>',
        expected: 'exactly one row for demo-7b / mmlu in demo table-2 (add shots or setting), found 2',
        line: 4,
      },
    ]);
  });

  it('leaves a <Score> with a computed attribute to the page that renders it', () => {
    expect(issuesOf('<Score paper="demo" table="table-2" model={model} benchmark="mmlu" />')).toEqual([]);
  });

  it('reports an unknown table for each kind of table component, results and config apart', () => {
    expect(
      issuesOf('<BenchmarkTable paper="demo" table="table-1" />\n\n<ConfigTable paper="demo" table="table-2" />'),
    ).toEqual([
      {
        file: FILE,
        field: '<BenchmarkTable> table',
        expected: 'a results table id of paper "demo", got "table-1"',
        line: 4,
      },
      {
        file: FILE,
        field: '<ConfigTable> table',
        expected: 'a config table id of paper "demo", got "table-2"',
        line: 6,
      },
    ]);
  });

  it('reports a <ConfigValue> whose cell is empty (null) or whose row does not exist', () => {
    expect(
      issuesOf(
        '<ConfigValue paper="demo" table="table-1" row="demo-7b" col="heads" />\n\n<ConfigValue paper="demo" table="table-1" row="other-13b" col="layers" />',
      ),
    ).toEqual([
      {
        file: FILE,
        field: '<ConfigValue>',
        expected: 'a value at row "demo-7b", column "heads" of demo table-1',
        line: 4,
      },
      {
        file: FILE,
        field: '<ConfigValue>',
        expected: 'a value at row "other-13b", column "layers" of demo table-1',
        line: 6,
      },
    ]);
  });

  it('reports a <SeriesValue> naming a line the series does not have, listing the lines it has', () => {
    expect(issuesOf('<SeriesValue series="demo-curve" line="other-13b" x="2048" />')).toEqual([
      {
        file: FILE,
        field: '<SeriesValue>',
        expected: 'a line of series demo-curve (demo-7b), got "other-13b"',
        line: 4,
      },
    ]);
  });
});
