// Turns raw content files into checked, typed site content — or one ContentError listing
// every problem with its file, field and expectation. Pure: the caller supplies file texts.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { ContentError, type ContentIssue } from './errors.ts';
import {
  benchmarkSchema,
  conceptSchema,
  modelSchema,
  paperSchema,
  resultsFileSchema,
  reviewSchema,
  seriesSchema,
  type Benchmark,
  type ConceptFrontmatter,
  type ConfigTable,
  type Model,
  type Paper,
  type ProvenanceKind,
  type ResultTable,
  type ReviewFrontmatter,
  type Series,
  type TokenizerSample,
  tokenizerSampleSchema,
} from './schema.ts';
import { scanComponents, scanHeadings, scanLinks } from './mdx-scan.ts';
import { checkFiles } from './validate-files.ts';
import { checkMdxBody } from './validate-math.ts';
import { checkNotFuture, checkSeriesX } from './validate-values.ts';
import { tagSlug } from '../reviews.ts';
import { validateCites, validateReferences } from './validate-cite.ts';
import type { Reference } from './schema.ts';
import GithubSlugger from 'github-slugger';
import { validateCompareFiles, validateCompareUses, type CompareRow } from './validate-compare.ts';
import { TOPIC_IDS } from '../compare/fields.ts';
import { validateTldr } from './validate-tldr.ts';

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
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.(ya?ml|mdx?)$/, '');
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  return issue.message;
}

function fieldPath(prefix: string, path: PropertyKey[]): string {
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const joined = (prefix + parts).replace(/^\./, '');
  return joined || '(file)';
}

/** Heading text as rendered: markdown emphasis, code ticks, links and tags removed. */
function plainHeading(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .trim();
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export function validateContent(input: RawContent, options: ValidateOptions): SiteContent {
  const issues: ContentIssue[] = [];
  const add = (file: string, field: string, expected: string, line?: number) =>
    issues.push({ file, field, expected, ...(line ? { line } : {}) });
  // --- files: encoding, BOM, ids colliding across case/extension (validate-files.ts) ---------
  const raw = checkFiles(input, add);
  const today = options.today ?? new Date();

  function parseYamlFile(f: RawFile): unknown {
    try {
      return parseYaml(f.text);
    } catch (e) {
      const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
      add(f.file, '(YAML)', `valid YAML (${(e as Error).message.split('\n')[0]})`, line);
      return undefined;
    }
  }

  function check<S extends z.ZodType>(schema: S, value: unknown, file: string, prefix = ''): z.infer<S> | undefined {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    for (const i of r.error.issues) add(file, fieldPath(prefix, i.path), describeZodIssue(i));
    return undefined;
  }

  function parseList<S extends z.ZodType>(files: RawFile[], schema: S): Array<{ file: string; value: z.infer<S> }> {
    const out: Array<{ file: string; value: z.infer<S> }> = [];
    for (const f of files) {
      const doc = parseYamlFile(f);
      if (doc === undefined) continue;
      if (!Array.isArray(doc)) {
        add(f.file, '(file)', 'a YAML list of entries');
        continue;
      }
      doc.forEach((entry, i) => {
        const v = check(schema, entry, f.file, `[${i}]`);
        if (v) out.push({ file: f.file, value: v });
      });
    }
    return out;
  }

  function parseMdx<S extends z.ZodType>(f: RawFile, schema: S): MdxDoc<z.infer<S>> | undefined {
    const m = FRONTMATTER.exec(f.text);
    if (!m) {
      add(f.file, 'frontmatter', 'a YAML block between "---" lines at the top of the file');
      return undefined;
    }
    const doc = parseYamlFile({ file: f.file, text: m[1] ?? '' });
    if (doc === undefined) return undefined;
    const data = check(schema, doc, f.file, 'frontmatter');
    if (!data) return undefined;
    return { id: baseName(f.file), file: f.file, data, body: f.text.slice(m[0].length) };
  }

  function uniqueIds<T extends { id: string }>(items: Array<{ file: string; value: T }>, what: string) {
    const seen = new Map<string, string>();
    for (const { file, value } of items) {
      const prev = seen.get(value.id);
      if (prev) add(file, 'id', `a unique ${what} id ("${value.id}" is already defined in ${prev})`);
      else seen.set(value.id, file);
    }
  }

  // --- papers -----------------------------------------------------------------------------
  const papers: Paper[] = [];
  for (const f of raw.papers) {
    const doc = parseYamlFile(f);
    if (doc === undefined) continue;
    const p = check(paperSchema, doc, f.file);
    if (!p) continue;
    if (p.id !== baseName(f.file)) add(f.file, 'id', `the file name ("${baseName(f.file)}"), got "${p.id}"`);
    checkNotFuture(f.file, 'date', p.date, today, add);
    papers.push(p);
  }
  const paperIds = new Set(papers.map((p) => p.id));
  const paperById = new Map(papers.map((p) => [p.id, p]));

  // --- models and benchmarks ---------------------------------------------------------------
  const modelEntries = parseList(raw.models, modelSchema);
  uniqueIds(modelEntries, 'model');
  for (const { file, value } of modelEntries) {
    if (value.paper !== null && !paperIds.has(value.paper))
      add(file, `models.${value.id}.paper`, `a known paper id (${[...paperIds].join(', ')}), got "${value.paper}"`);
  }
  const benchmarkEntries = parseList(raw.benchmarks, benchmarkSchema);
  uniqueIds(benchmarkEntries, 'benchmark');
  for (const { file, value } of benchmarkEntries) {
    if (value.range[0] >= value.range[1])
      add(file, `benchmarks.${value.id}.range`, `[min, max] with min < max, got [${value.range.join(', ')}]`);
  }
  const models = new Map(modelEntries.map((e) => [e.value.id, e.value]));
  const benchmarks = new Map(benchmarkEntries.map((e) => [e.value.id, e.value]));

  // --- results and configs -----------------------------------------------------------------
  const tables: TableView[] = [];
  const configs: ConfigView[] = [];
  for (const f of raw.results) {
    const doc = parseYamlFile(f);
    if (doc === undefined) continue;
    const file = check(resultsFileSchema, doc, f.file);
    if (!file) continue;
    if (file.paper !== baseName(f.file)) add(f.file, 'paper', `the file name ("${baseName(f.file)}"), got "${file.paper}"`);
    const paper = paperById.get(file.paper);
    if (!paper) {
      add(f.file, 'paper', `a known paper id (${[...paperIds].join(', ')}), got "${file.paper}"`);
      continue;
    }
    const tableIds = new Set<string>();
    file.tables.forEach((t, ti) => {
      if (tableIds.has(t.id)) add(f.file, `tables[${ti}].id`, `a table id unique in this file ("${t.id}" repeats)`);
      tableIds.add(t.id);
      const keys = new Map<string, number>();
      const rows: ResultRow[] = [];
      t.rows.forEach((r, ri) => {
        const at = `tables[${ti}].rows[${ri}]`;
        const bench = benchmarks.get(r.benchmark);
        if (!models.has(r.model)) add(f.file, `${at}.model`, `a model id from content/data/models.yaml, got "${r.model}"`);
        if (!bench) add(f.file, `${at}.benchmark`, `a benchmark id from content/data/benchmarks.yaml, got "${r.benchmark}"`);
        else if (r.score < bench.range[0] || r.score > bench.range[1])
          add(
            f.file,
            `${at}.score`,
            `a score within ${bench.name}'s range [${bench.range[0]}, ${bench.range[1]}], got ${r.score}`,
          );
        const key = [r.model, r.benchmark, r.shots ?? '', r.setting ?? ''].join('|');
        const prev = keys.get(key);
        if (prev !== undefined)
          add(
            f.file,
            at,
            `one row per (model, benchmark, shots, setting) in table "${t.id}"; duplicates rows[${prev}] (${r.model} / ${r.benchmark})`,
          );
        else keys.set(key, ri);
        const sourceTable = r.source?.table ?? t.label;
        rows.push({
          paper: file.paper,
          tableId: t.id,
          model: r.model,
          benchmark: r.benchmark,
          score: r.score,
          ...(r.shots !== undefined ? { shots: r.shots } : {}),
          ...(r.setting !== undefined ? { setting: r.setting } : {}),
          ...(r.note !== undefined ? { note: r.note } : {}),
          verified: r.verified ?? t.verified,
          kind: r.kind ?? t.kind,
          ...((r.decimals ?? t.decimals) !== undefined ? { decimals: (r.decimals ?? t.decimals)! } : {}),
          source: { paper: file.paper, table: sourceTable, version: r.source?.version ?? t.version },
          foreignSource: sourceTable !== t.label,
        });
      });
      tables.push({ ...t, paper: file.paper, rows });
    });
    file.configs.forEach((c, ci) => {
      if (tableIds.has(c.id)) add(f.file, `configs[${ci}].id`, `a table id unique in this file ("${c.id}" repeats)`);
      tableIds.add(c.id);
      const cols = new Set(c.columns.map((col) => col.key));
      c.rows.forEach((r, ri) => {
        const at = `configs[${ci}].rows[${ri}]`;
        if (r.model !== undefined && !models.has(r.model))
          add(f.file, `${at}.model`, `a model id from content/data/models.yaml, got "${r.model}"`);
        for (const k of Object.keys(r.values))
          if (!cols.has(k)) add(f.file, `${at}.values.${k}`, `one of the declared columns (${[...cols].join(', ')})`);
      });
      configs.push({ ...c, paper: file.paper });
    });
  }

  // --- series ------------------------------------------------------------------------------
  const series: SeriesView[] = [];
  for (const f of raw.series) {
    const doc = parseYamlFile(f);
    if (doc === undefined) continue;
    const s = check(seriesSchema, doc, f.file);
    if (!s) continue;
    if (s.id !== baseName(f.file)) add(f.file, 'id', `the file name ("${baseName(f.file)}"), got "${s.id}"`);
    if (!paperIds.has(s.paper)) add(f.file, 'paper', `a known paper id (${[...paperIds].join(', ')}), got "${s.paper}"`);
    s.lines.forEach((l, li) => {
      if (l.model !== undefined && !models.has(l.model))
        add(f.file, `lines[${li}].model`, `a model id from content/data/models.yaml, got "${l.model}"`);
    });
    checkSeriesX(f.file, s, add);
    series.push(s);
  }

  // --- concepts and reviews ----------------------------------------------------------------
  const concepts = raw.concepts.map((f) => parseMdx(f, conceptSchema)).filter((c) => c !== undefined);
  const conceptIds = new Set(concepts.map((c) => c.id));
  for (const c of concepts)
    c.data.related.forEach((r, i) => {
      if (!conceptIds.has(r)) add(c.file, `frontmatter.related[${i}]`, `a concept id from content/concepts/, got "${r}"`);
    });

  const tableKey = (paper: string, id: string) => `${paper}/${id}`;
  const resultTables = new Map(tables.map((t) => [tableKey(t.paper, t.id), t]));
  const configTables = new Map(configs.map((c) => [tableKey(c.paper, c.id), c]));

  const reviews = raw.reviews.map((f) => parseMdx(f, reviewSchema)).filter((r) => r !== undefined);
  const mdxDocs: Array<MdxDoc<unknown> & { offset: number }> = [];
  for (const f of [...raw.reviews, ...raw.concepts]) {
    const m = FRONTMATTER.exec(f.text);
    const body = m ? f.text.slice(m[0].length) : f.text;
    const offset = m ? m[0].split('\n').length - 1 : 0;
    mdxDocs.push({ id: baseName(f.file), file: f.file, data: undefined, body, offset });
    checkMdxBody(f.file, body, offset, add);
  }
  for (const r of reviews) {
    checkNotFuture(r.file, 'frontmatter.reviewedAt', r.data.reviewedAt, today, add);
    checkNotFuture(r.file, 'frontmatter.updatedAt', r.data.updatedAt, today, add);
    if (!paperIds.has(r.data.paper))
      add(r.file, 'frontmatter.paper', `a known paper id (${[...paperIds].join(', ')}), got "${r.data.paper}"`);
    const headings = scanHeadings(r.body).filter((h) => h.depth === 2);
    const offset = (FRONTMATTER.exec(raw.reviews.find((x) => x.file === r.file)!.text)?.[0].split('\n').length ?? 1) - 1;
    r.data.questions.forEach((q, qi) => {
      const n = headings.filter((h) => h.text === q.title).length;
      if (n !== 1)
        add(
          r.file,
          `frontmatter.questions[${qi}].title`,
          `exactly one "## ${q.title}" heading in the body, found ${n}`,
        );
    });
    const qTitles = new Set(r.data.questions.map((q) => q.title));
    for (const h of headings)
      if (!qTitles.has(h.text))
        add(r.file, 'body', `every "## " heading to be listed in frontmatter.questions; "${h.text}" is not`, h.line + offset);
    const qids = r.data.questions.map((q) => q.id);
    const dup = qids.find((q, i) => qids.indexOf(q) !== i);
    if (dup) add(r.file, 'frontmatter.questions', `unique question ids ("${dup}" repeats)`);
  }

  validateTldr(reviews, { papers, tables, configs }, add); // #17: TL;DR card (validate-tldr.ts)

  const references = (raw.references ?? []).flatMap((f) => validateReferences(f.file, parseYamlFile(f), add));
  const referenceKeys = new Set(references.map((r) => r.key));
  for (const doc of mdxDocs) {
    validateCites(doc.file, scanComponents(doc.body), doc.offset, referenceKeys, add);
    for (const use of scanComponents(doc.body)) {
      const line = use.line + doc.offset;
      const a = use.attrs;
      const need = (name: string): string | undefined => {
        const v = a[name];
        if (v === undefined) add(doc.file, `<${use.name}> ${name}`, `a ${name}="…" attribute`, line);
        return v;
      };
      switch (use.name) {
        case 'Concept': {
          const id = need('id');
          if (id !== undefined && !conceptIds.has(id))
            add(doc.file, `<Concept id>`, `a concept id from content/concepts/, got "${id}"`, line);
          break;
        }
        case 'Chart': {
          const id = need('id');
          if (id !== undefined && !options.chartIds.has(id))
            add(doc.file, `<Chart id>`, `a chart id from src/charts/registry.ts (${[...options.chartIds].join(', ')}), got "${id}"`, line);
          break;
        }
        case 'BenchmarkTable':
        case 'Score': {
          const paper = need('paper');
          const table = need('table');
          if (paper === undefined || table === undefined) break;
          const t = resultTables.get(tableKey(paper, table));
          if (!t) {
            add(doc.file, `<${use.name}> table`, `a results table id of paper "${paper}", got "${table}"`, line);
            break;
          }
          // A Score whose attributes are computed (`{x}`) is resolved, and checked, when it renders.
          if (use.name === 'Score' && use.dynamic.length === 0) {
            const model = need('model');
            const bench = need('benchmark');
            if (model === undefined || bench === undefined) break;
            const hits = t.rows.filter(
              (row) =>
                row.model === model &&
                row.benchmark === bench &&
                (a.shots === undefined || String(row.shots) === a.shots) &&
                (a.setting === undefined || row.setting === a.setting),
            );
            if (hits.length !== 1)
              add(
                doc.file,
                '<Score>',
                `exactly one row for ${model} / ${bench} in ${paper} ${table}${hits.length > 1 ? ' (add shots or setting)' : ''}, found ${hits.length}`,
                line,
              );
          }
          break;
        }
        case 'ConfigTable':
        case 'ConfigValue': {
          const paper = need('paper');
          const table = need('table');
          if (paper === undefined || table === undefined) break;
          const c = configTables.get(tableKey(paper, table));
          if (!c) {
            add(doc.file, `<${use.name}> table`, `a config table id of paper "${paper}", got "${table}"`, line);
            break;
          }
          if (use.name === 'ConfigValue') {
            const row = need('row');
            const col = need('col');
            if (row === undefined || col === undefined) break;
            const hit = c.rows.find((r) => r.model === row || r.label === row);
            if (!hit || hit.values[col] === undefined || hit.values[col] === null)
              add(doc.file, '<ConfigValue>', `a value at row "${row}", column "${col}" of ${paper} ${table}`, line);
          }
          break;
        }
      }
    }
  }

  // Comparison facts and <Compare> links (validate-compare.ts).
  const compare = validateCompareFiles(raw.compare ?? [], { models: new Set(models.keys()), papers: paperIds }, add);
  validateCompareUses(mdxDocs, compare, add);

  const sampleEntries = parseList(raw.samples, tokenizerSampleSchema);
  uniqueIds(sampleEntries, 'tokenizer sample');

  // Internal links in prose: the page must exist and, for reviews and concepts, the anchor too.
  const anchors = new Map<string, Set<string>>();
  for (const doc of [...reviews, ...concepts]) {
    const slugger = new GithubSlugger();
    const set = new Set<string>();
    const qs = 'questions' in (doc.data as object) ? (doc.data as ReviewFrontmatter).questions : [];
    for (const q of qs) {
      set.add(q.id);
      slugger.slug(q.id);
    }
    for (const h of scanHeadings(doc.body)) {
      if (h.depth === 2 && qs.some((q) => q.title === h.text)) continue;
      if (h.depth >= 2 && h.depth <= 4) set.add(slugger.slug(plainHeading(h.text)));
    }
    const kind = reviews.includes(doc as MdxDoc<ReviewFrontmatter>) ? 'reviews' : 'concepts';
    anchors.set(`/${kind}/${doc.id}/`, set);
  }
  // Drafts are not published: a link to one is a broken link on the live site.
  const drafts = new Set(reviews.filter((r) => r.data.draft).map((r) => `/reviews/${r.id}/`));
  const published = reviews.filter((r) => !r.data.draft);
  const tagBySlug = new Map<string, string>();
  for (const r of published)
    r.data.tags.forEach((t, ti) => {
      const slug = tagSlug(t);
      const prev = tagBySlug.get(slug);
      if (prev !== undefined && prev.trim().toLowerCase() !== t.trim().toLowerCase())
        add(r.file, `frontmatter.tags[${ti}]`, `tags whose URLs differ; "${t}" and "${prev}" both become /tags/${slug}/`);
      else tagBySlug.set(slug, t);
    });
  const pages = new Set<string>([
    '/', '/concepts/', '/charts/', '/benchmarks/', '/search/', '/compare/',
    ...TOPIC_IDS.map((t) => `/compare/${t}/`),
    '/notation/', // src/pages/notation.astro (site-wide notation)
    ...papers.map((p) => `/papers/${p.id}/`),
    ...[...options.chartIds].flatMap((id) => [`/charts/${id}/`, `/embed/${id}/`]),
    ...[...anchors.keys()].filter((p) => !drafts.has(p)),
    ...[...tagBySlug.keys()].map((slug) => `/tags/${slug}/`),
  ]);
  for (const doc of mdxDocs) {
    for (const link of scanLinks(doc.body)) {
      const [path, hash] = link.url.split('#') as [string, string | undefined];
      const page = path === '' ? `/${raw.reviews.some((r) => r.file === doc.file) ? 'reviews' : 'concepts'}/${doc.id}/` : path.replace(/\?.*$/, '');
      const line = link.line + doc.offset;
      if (drafts.has(page)) {
        add(doc.file, 'link', `a published page; "${link.url}" is a draft review (draft: true), not on the site`, line);
        continue;
      }
      if (!pages.has(safeDecode(page))) {
        add(doc.file, 'link', `an existing page of this site, got "${link.url}"`, line);
        continue;
      }
      const known = anchors.get(page);
      if (hash && known && !known.has(decodeURIComponent(hash)))
        add(doc.file, 'link', `an anchor that exists on ${page} (a question id or heading), got "#${hash}"`, line);
    }
  }

  if (issues.length) throw new ContentError(issues);

  return {
    papers,
    models: [...models.values()],
    benchmarks: [...benchmarks.values()],
    tables,
    configs,
    series,
    reviews,
    concepts,
    samples: sampleEntries.map((e) => e.value),
    compare,
    references,
  };
}
