// Pass: the catalogue every other pass refers to — papers (one file each), models and benchmarks.
import { baseName, type IssueCollector } from './collector.ts';
import { benchmarkSchema, modelSchema, paperSchema, type Benchmark, type Model, type Paper } from './schema.ts';
import type { RawFile } from './types.ts';
import { checkNotFuture } from './validate-values.ts';

export interface Catalogue {
  papers: Paper[];
  /**
   * Every paper, model and benchmark id that content defines, valid or not. A reference to an
   * entry whose own file failed is not reported again: the entry's issue already names the cause,
   * and one invalid paper card once made every use of its id an issue too (134 lines for one field).
   */
  paperIds: ReadonlySet<string>;
  modelIds: ReadonlySet<string>;
  benchmarkIds: ReadonlySet<string>;
  models: ReadonlyMap<string, Model>;
  benchmarks: ReadonlyMap<string, Benchmark>;
}

/** The "a known paper id (…)" expectation, listing the ids there are. */
export const knownPaper = (paperIds: ReadonlySet<string>, got: string): string =>
  `a known paper id (${[...paperIds].join(', ')}), got "${got}"`;

export const knownModel = (got: string): string => `a model id from content/data/models.yaml, got "${got}"`;

function papersPass(c: IssueCollector, files: RawFile[], today: Date): Paper[] {
  const papers: Paper[] = [];
  for (const { file, value: p } of c.documents(files, paperSchema)) {
    if (p.id !== baseName(file)) c.add(file, 'id', `the file name ("${baseName(file)}"), got "${p.id}"`);
    checkNotFuture(file, 'date', p.date, today, c.add);
    papers.push(p);
  }
  return papers;
}

export function cataloguePass(
  c: IssueCollector,
  raw: { papers: RawFile[]; models: RawFile[]; benchmarks: RawFile[] },
  today: Date,
): Catalogue {
  const papers = papersPass(c, raw.papers, today);
  // a paper's id is its file name (papersPass checks that), so a file that failed still defines it
  const paperIds = new Set([...papers.map((p) => p.id), ...raw.papers.map((f) => baseName(f.file))]);
  const brokenModels = new Set<string>();
  const modelEntries = c.list(raw.models, modelSchema, brokenModels);
  c.uniqueIds(modelEntries, 'model');
  for (const { file, value } of modelEntries)
    if (value.paper !== null && !paperIds.has(value.paper))
      c.add(file, `models.${value.id}.paper`, knownPaper(paperIds, value.paper));
  const brokenBenchmarks = new Set<string>();
  const benchmarkEntries = c.list(raw.benchmarks, benchmarkSchema, brokenBenchmarks);
  c.uniqueIds(benchmarkEntries, 'benchmark');
  for (const { file, value } of benchmarkEntries)
    if (value.range[0] >= value.range[1])
      c.add(file, `benchmarks.${value.id}.range`, `[min, max] with min < max, got [${value.range.join(', ')}]`);
  return {
    papers,
    paperIds,
    modelIds: new Set([...modelEntries.map((e) => e.value.id), ...brokenModels]),
    benchmarkIds: new Set([...benchmarkEntries.map((e) => e.value.id), ...brokenBenchmarks]),
    models: new Map(modelEntries.map((e) => [e.value.id, e.value])),
    benchmarks: new Map(benchmarkEntries.map((e) => [e.value.id, e.value])),
  };
}
