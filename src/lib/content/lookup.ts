// Joins on the validated content: the lookups components need, each in one place.
import type { SiteContent, TableView, ConfigView, ResultRow, Source } from './types.ts';
import { matchingRows } from './score-rows.ts';
import type { Benchmark, Model, Paper, Reference } from './schema.ts';

export interface Lookup {
  paper(id: string): Paper;
  model(id: string): Model;
  benchmark(id: string): Benchmark;
  models: ReadonlyMap<string, Model>;
  benchmarks: ReadonlyMap<string, Benchmark>;
  table(paper: string, id: string): TableView;
  config(paper: string, id: string): ConfigView;
  score(q: {
    paper: string;
    table: string;
    model: string;
    benchmark: string;
    shots?: number;
    setting?: string;
  }): ResultRow;
  sourceText(s: Source): string;
  reference(key: string): Reference;
}

function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`알 수 없는 참조: ${what}`);
  return v;
}

export function makeLookup(c: SiteContent): Lookup {
  const papers = new Map(c.papers.map((p) => [p.id, p]));
  const models = new Map(c.models.map((m) => [m.id, m]));
  const benchmarks = new Map(c.benchmarks.map((b) => [b.id, b]));
  const tables = new Map(c.tables.map((t) => [`${t.paper}/${t.id}`, t]));
  const configs = new Map(c.configs.map((t) => [`${t.paper}/${t.id}`, t]));
  const references = new Map(c.references.map((r) => [r.key, r]));
  return {
    reference: (key) => must(references.get(key), `reference "${key}"`),
    paper: (id) => must(papers.get(id), `paper "${id}"`),
    model: (id) => must(models.get(id), `model "${id}"`),
    benchmark: (id) => must(benchmarks.get(id), `benchmark "${id}"`),
    models,
    benchmarks,
    table: (p, id) => must(tables.get(`${p}/${id}`), `results table "${p}/${id}"`),
    config: (p, id) => must(configs.get(`${p}/${id}`), `config table "${p}/${id}"`),
    score(q) {
      const t = must(tables.get(`${q.paper}/${q.table}`), `results table "${q.paper}/${q.table}"`);
      const hits = matchingRows(t.rows, q);
      if (hits.length !== 1)
        throw new Error(`${q.paper}/${q.table}: ${q.model}/${q.benchmark} matches ${hits.length} rows, expected 1`);
      return hits[0]!;
    },
    sourceText: (s) => `${must(papers.get(s.paper), `paper "${s.paper}"`).shortTitle}, ${s.table}`,
  };
}
