// Pass: what MDX components refer to — concepts, registry charts, result and config tables,
// single scores and config values, bibliography keys — must exist.
import type { IssueCollector, MdxSource } from './collector.ts';
import { scanComponents, type ComponentUse } from './mdx-scan.ts';
import { matchingRows } from './score-rows.ts';
import type { ConfigView, TableView } from './types.ts';
import { validateCites } from './validate-cite.ts';
import { findSeriesPoint } from '../series-point.ts';
import type { Series } from './schema.ts';

export interface ComponentTargets {
  conceptIds: ReadonlySet<string>;
  chartIds: ReadonlySet<string>;
  tables: readonly TableView[];
  configs: readonly ConfigView[];
  referenceKeys: ReadonlySet<string>;
  series: readonly Series[];
}

const tableKey = (paper: string, id: string) => `${paper}/${id}`;

/** Checks one use; `need` reports a missing attribute and returns undefined for it. */
type UseCheck = (
  use: ComponentUse,
  need: (name: string) => string | undefined,
  report: (field: string, expected: string) => void,
) => void;

function checkers(t: ComponentTargets): ReadonlyMap<string, UseCheck> {
  const resultTables = new Map(t.tables.map((x) => [tableKey(x.paper, x.id), x]));
  const configTables = new Map(t.configs.map((x) => [tableKey(x.paper, x.id), x]));
  const concept: UseCheck = (_use, need, report) => {
    const id = need('id');
    if (id !== undefined && !t.conceptIds.has(id))
      report('<Concept id>', `a concept id from content/concepts/, got "${id}"`);
  };
  const chart: UseCheck = (_use, need, report) => {
    const id = need('id');
    if (id !== undefined && !t.chartIds.has(id))
      report('<Chart id>', `a chart id from src/charts/registry.ts (${[...t.chartIds].join(', ')}), got "${id}"`);
  };
  const results: UseCheck = (use, need, report) => {
    const paper = need('paper');
    const table = need('table');
    if (paper === undefined || table === undefined) return;
    const found = resultTables.get(tableKey(paper, table));
    if (!found) return report(`<${use.name}> table`, `a results table id of paper "${paper}", got "${table}"`);
    // A Score whose attributes are computed (`{x}`) is resolved, and checked, when it renders.
    if (use.name !== 'Score' || use.dynamic.length > 0) return;
    const model = need('model');
    const benchmark = need('benchmark');
    if (model === undefined || benchmark === undefined) return;
    const hits = matchingRows(found.rows, {
      model,
      benchmark,
      shots: use.attrs.shots,
      setting: use.attrs.setting,
    }).length;
    if (hits !== 1)
      report(
        '<Score>',
        `exactly one row for ${model} / ${benchmark} in ${paper} ${table}${hits > 1 ? ' (add shots or setting)' : ''}, found ${hits}`,
      );
  };
  const configs: UseCheck = (use, need, report) => {
    const paper = need('paper');
    const table = need('table');
    if (paper === undefined || table === undefined) return;
    const found = configTables.get(tableKey(paper, table));
    if (!found) return report(`<${use.name}> table`, `a config table id of paper "${paper}", got "${table}"`);
    if (use.name !== 'ConfigValue') return;
    const row = need('row');
    const col = need('col');
    if (row === undefined || col === undefined) return;
    const hit = found.rows.find((r) => r.model === row || r.label === row);
    if (!hit || hit.values[col] === undefined || hit.values[col] === null)
      report('<ConfigValue>', `a value at row "${row}", column "${col}" of ${paper} ${table}`);
  };
  const seriesValue: UseCheck = (use, need, report) => {
    const series = need('series');
    const line = need('line');
    const x = need('x');
    if (series === undefined || line === undefined || x === undefined || use.dynamic.length > 0) return;
    const found = findSeriesPoint(t.series, { series, line, x });
    if (typeof found === 'string') report('<SeriesValue>', found);
  };
  return new Map([
    ['Concept', concept],
    ['SeriesValue', seriesValue],
    ['Chart', chart],
    ['BenchmarkTable', results],
    ['Score', results],
    ['ConfigTable', configs],
    ['ConfigValue', configs],
  ]);
}

export function componentsPass(c: IssueCollector, docs: readonly MdxSource[], targets: ComponentTargets): void {
  const byName = checkers(targets);
  for (const doc of docs) {
    const uses = scanComponents(doc.body);
    validateCites(doc.file, uses, doc.offset, targets.referenceKeys, c.add);
    for (const use of uses) {
      const line = use.line + doc.offset;
      const report = (field: string, expected: string) => c.add(doc.file, field, expected, line);
      const need = (name: string): string | undefined => {
        const v = use.attrs[name];
        if (v === undefined)
          report(`<${use.name}> ${name}`, `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}="…" attribute`);
        return v;
      };
      byName.get(use.name)?.(use, need, report);
    }
  }
}
