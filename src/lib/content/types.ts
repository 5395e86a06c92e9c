// The shapes of content on its way through the pipeline: raw files in (read.ts), checked site
// content out (validate.ts). Types only, so any module may import them without pulling in code.
import type { CompareRow } from './validate-compare.ts';
import type {
  Benchmark,
  ConceptFrontmatter,
  ConfigTable,
  Model,
  Paper,
  ProvenanceKind,
  Reference,
  ResultTable,
  ReviewFrontmatter,
  Series,
  TokenizerSample,
} from './schema.ts';

export interface RawFile {
  /** Path relative to the project root, used in every message. */
  file: string;
  text: string;
  /** Set by the reader when the bytes are not valid UTF-8 (`text` is then empty). */
  notUtf8?: boolean;
}

export interface RawContent {
  papers: RawFile[];
  models: RawFile[];
  benchmarks: RawFile[];
  results: RawFile[];
  series: RawFile[];
  reviews: RawFile[];
  concepts: RawFile[];
  samples: RawFile[];
  /** content/data/compare/<paper>.yaml (comparison pages); optional for older callers. */
  compare?: RawFile[];
  /** content/data/references.yaml (#16: bibliography for <Cite>). */
  references?: RawFile[];
}

export interface Source {
  paper: string;
  table: string;
  version: string;
}

export interface ResultRow {
  paper: string;
  tableId: string;
  model: string;
  benchmark: string;
  score: number;
  shots?: number;
  setting?: string;
  note?: string;
  verified: boolean;
  kind: ProvenanceKind;
  /** Decimals to print, from the table (the paper's printed precision). */
  decimals?: number;
  source: Source;
  /** True when the cell's source table differs from the table it is shown in. */
  foreignSource: boolean;
}

export type TableView = Omit<ResultTable, 'rows'> & { paper: string; rows: ResultRow[] };
export type ConfigView = ConfigTable & { paper: string };
export type SeriesView = Series;

export interface MdxDoc<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

export interface SiteContent {
  papers: Paper[];
  models: Model[];
  benchmarks: Benchmark[];
  tables: TableView[];
  configs: ConfigView[];
  series: SeriesView[];
  reviews: MdxDoc<ReviewFrontmatter>[];
  concepts: MdxDoc<ConceptFrontmatter>[];
  samples: TokenizerSample[];
  /** Rows of the /compare/ pages. */
  compare: CompareRow[];
  references: Reference[];
}

export interface ValidateOptions {
  /** Ids of the chart registry; `<Chart id>` must name one of them. */
  chartIds: ReadonlySet<string>;
  /** "Now" for the no-dates-in-the-future check; defaults to the build time. */
  today?: Date;
  /**
   * Parses one file's YAML, throwing what `yaml`'s parse throws; defaults to it. The build passes
   * a cached one (src/build/yaml-cache.ts), because parsing is most of a warm build's validation.
   */
  parseYaml?: (text: string) => unknown;
}
