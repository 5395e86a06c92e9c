// The realistic regressions of the mutation pass (scripts/mutate.ts): each replaces one exact
// text of one file and names the narrowest test command that should fail because of it. A test
// that catches a mutation checks what a reader gets (a number, a cell, a URL), not the constant.
// `build: true` marks code the site build bundles or renders: the runner rebuilds dist/ before
// the browser test, so the test sees the mutated code (editing after a build proves nothing).

export interface Mutation {
  name: string;
  file: string;
  from: string;
  to: string;
  /** The narrowest test command that should fail. */
  cmd: string[];
  /** Bundled or rendered by the build: rebuild dist/ before running `cmd`. */
  build?: boolean;
}

const vitest = (file: string, filter?: string) => ['npx', 'vitest', 'run', file, ...(filter ? ['-t', filter] : [])];
const e2e = (spec: string, title: string) => ['npx', 'playwright', 'test', spec, '-g', title];

const missingValues: Mutation[] = [
  {
    name: 'missing table cell shown as 0',
    file: 'src/lib/table.ts',
    from: "if (score === null) return '–';",
    to: "if (score === null) return '0';",
    cmd: vitest('tests/unit/table.test.ts'),
  },
  {
    name: 'missing cell 0 in the table slide data (decks)',
    file: 'src/build/table-files.ts',
    from: "(c.score === null ? '–' : String(c.score))",
    to: "(c.score === null ? '0' : String(c.score))",
    cmd: vitest('tests/unit/table.test.ts', 'table deck data'),
  },
  {
    name: 'missing chart value shown as 0 (data table under the chart)',
    file: 'src/lib/chart-data.ts',
    from: "if (v === null) return '–';",
    to: "if (v === null) return '0';",
    cmd: vitest('tests/unit/chart-data.test.ts'),
  },
  {
    name: 'missing value written as 0 in CSV',
    file: 'src/lib/table.ts',
    from: "(c === null ? '' : csvField(String(c)))",
    to: "(c === null ? '0' : csvField(String(c)))",
    cmd: vitest('tests/unit/table.test.ts', 'CSV'),
  },
  {
    name: 'missing chart value in a deck written as an empty point',
    file: 'src/lib/deck/pptx.ts',
    from: 'xml = xml.replace(/<c:pt idx="\\d+"><c:v><\\/c:v><\\/c:pt>/g, \'\');',
    to: '',
    cmd: vitest('tests/unit/deck.test.ts', 'missing chart value'),
  },
];

const bestCellsAndSources: Mutation[] = [
  {
    name: 'best cell: lower-is-better ignored',
    file: 'src/lib/table.ts',
    from: '(higherIsBetter ? s > best : s < best)',
    to: '(s > best)',
    cmd: vitest('tests/unit/table.test.ts'),
  },
  {
    name: 'best cell marked in a one-score column',
    file: 'src/lib/table.ts',
    from: 'if (scores.filter((s) => s !== null).length < 2) return new Set();',
    to: '',
    cmd: vitest('tests/unit/table.test.ts'),
  },
  {
    name: 'source line drops the table',
    file: 'src/lib/content/lookup.ts',
    from: '.shortTitle}, ${s.table}`',
    to: '.shortTitle}`',
    cmd: vitest('tests/unit/lookup.test.ts'),
  },
  {
    name: 'source names the containing table, not the one the row was printed in',
    file: 'src/lib/content/validate-results.ts',
    from: 'const sourceTable = r.source?.table ?? t.label;',
    to: 'const sourceTable = t.label;',
    cmd: vitest('tests/unit/lookup.test.ts', 'another table'),
  },
];

const formulas: Mutation[] = [
  {
    name: 'params: attention Q·O 3d² instead of 2d²',
    file: 'src/lib/model-math.ts',
    from: '2 * s.dModel * s.dModel +',
    to: '3 * s.dModel * s.dModel +',
    cmd: vitest('tests/unit/model-math.test.ts'),
  },
  {
    name: 'params: FFN 2·d·ffn instead of 3',
    file: 'src/lib/model-math.ts',
    from: '3 * s.dModel * s.ffn',
    to: '2 * s.dModel * s.ffn',
    cmd: vitest('tests/unit/model-math.test.ts'),
  },
  {
    name: 'params: untied embedding counted once',
    file: 'src/lib/model-math.ts',
    from: '(tied ? 1 : 2) * vocab',
    to: '1 * vocab',
    cmd: vitest('tests/unit/model-math.test.ts'),
  },
  {
    name: 'KV cache without the factor 2 (K and V)',
    file: 'src/lib/model-math.ts',
    from: 'return 2 * layers * kvHeads',
    to: 'return layers * kvHeads',
    cmd: vitest('tests/unit/model-math.test.ts'),
  },
  {
    name: 'memory: int4 at one byte',
    file: 'src/lib/model-math.ts',
    from: 'int4: 0.5',
    to: 'int4: 1',
    cmd: vitest('tests/unit/model-math.test.ts'),
  },
  {
    name: 'memory: GiB as 10⁹ bytes',
    file: 'src/lib/model-math.ts',
    from: 'export const GIB = 1024 ** 3;',
    to: 'export const GIB = 1e9;',
    cmd: vitest('tests/unit/compare-memory.test.ts', 'memory calculator'),
  },
  {
    name: 'memory: reported size ×1e6 instead of ×1e9',
    file: 'src/lib/compare/memory.ts',
    from: 'r.cells.params.value * 1e9',
    to: 'r.cells.params.value * 1e6',
    cmd: vitest('tests/unit/compare-memory.test.ts', 'memory calculator'),
  },
  {
    name: 'compute budget: training tokens read as billions (×1e9, not ×1e12)',
    file: 'src/lib/compare/view.ts',
    from: 'const value = m * tokens.v * 1e12;',
    to: 'const value = m * tokens.v * 1e9;',
    cmd: vitest('tests/unit/compare-view.test.ts', 'training'),
  },
  {
    name: 'FLOPs/token: 6·n·d² instead of 72·n·d² (6N with N = n·d²)',
    file: 'src/lib/scaling-laws.ts',
    from: 'return 72 * nLayer * dModel ** 2 +',
    to: 'return 6 * nLayer * dModel ** 2 +',
    cmd: vitest('tests/unit/scaling-laws.test.ts'),
  },
  {
    name: 'FLOPs/token: attention term without 12·n·d·l',
    file: 'src/lib/scaling-laws.ts',
    from: '+ 12 * nLayer * dModel * seqLen',
    to: '',
    cmd: vitest('tests/unit/scaling-laws.test.ts'),
  },
  {
    name: 'Kaplan N1: d instead of d²',
    file: 'src/lib/scaling-laws.ts',
    from: 'return 12 * nLayer * dModel ** 2;',
    to: 'return 12 * nLayer * dModel;',
    cmd: vitest('tests/unit/scaling-laws.test.ts'),
  },
  {
    name: 'scaling law: η coefficient 0.3118 → 0.3181',
    file: 'src/lib/scaling-laws.ts',
    from: 'k: 0.3118',
    to: 'k: 0.3181',
    cmd: vitest('tests/unit/scaling-laws.test.ts'),
  },
  {
    name: 'scaling law: η exponent −0.125 → −0.25',
    file: 'src/lib/scaling-laws.ts',
    from: 'exp: -0.125',
    to: 'exp: -0.25',
    cmd: vitest('tests/unit/scaling-laws.test.ts'),
  },
  {
    name: 'scaling law: batch exponent 0.3271 → 0.3721',
    file: 'src/lib/scaling-laws.ts',
    from: 'exp: 0.3271',
    to: 'exp: 0.3721',
    cmd: vitest('tests/unit/scaling-laws.test.ts'),
  },
  {
    name: 'scaling law: model exponent a 0.5243 → 0.5234',
    file: 'src/lib/scaling-laws.ts',
    from: 'a: 0.5243',
    to: 'a: 0.5234',
    cmd: vitest('tests/unit/scaling-laws.test.ts'),
  },
  {
    name: 'scaling law: data coefficient 5.8316 → 5.3816',
    file: 'src/lib/scaling-laws.ts',
    from: 'dBase: 5.8316',
    to: 'dBase: 5.3816',
    cmd: vitest('tests/unit/scaling-laws.test.ts'),
  },
  {
    name: 'RoPE: θ exponent −i/d instead of −2i/d',
    file: 'src/lib/rope.ts',
    from: '((-2 * i) / headDim)',
    to: '((-i) / headDim)',
    cmd: vitest('tests/unit/rope.test.ts'),
  },
  {
    name: 'RoPE: NTK exponent d/(d−1) instead of d/(d−2)',
    file: 'src/lib/rope.ts',
    from: 'alpha ** (headDim / (headDim - 2))',
    to: 'alpha ** (headDim / (headDim - 1))',
    cmd: vitest('tests/unit/rope.test.ts'),
  },
];

const urlState: Mutation[] = [
  {
    name: 'chart page: unknown ?view= echoed',
    file: 'src/lib/chart-state.ts',
    from: "view: allowed.views.includes(view) ? view : (allowed.views[0] ?? '')",
    to: "view: view || (allowed.views[0] ?? '')",
    cmd: vitest('tests/unit/chart-state.test.ts'),
  },
  {
    name: 'chart page: unknown series in ?hide= kept',
    file: 'src/lib/chart-state.ts',
    from: "queryList(q, 'hide', (s) => allowed.series.includes(s))",
    to: "queryList(q, 'hide', () => true)",
    cmd: vitest('tests/unit/chart-state.test.ts'),
  },
  {
    name: 'chart page: link repeats the default view',
    file: 'src/lib/chart-state.ts',
    from: 'if (state.view && state.view !== defaultView)',
    to: 'if (state.view)',
    cmd: vitest('tests/unit/chart-state.test.ts'),
  },
  {
    name: 'comparison table: a link’s ?sort= ignored',
    file: 'src/lib/table-state.ts',
    from: 'sort: choices.cols.includes(col) ? { col, dir } : null',
    to: 'sort: null',
    cmd: vitest('tests/unit/table-state.test.ts'),
  },
  {
    name: 'comparison table: a reader’s sort not written to the address',
    file: 'src/widgets/BenchmarkTable/client.ts',
    from: 'addSortButtons(headers, tbody, () => url?.record());',
    to: 'addSortButtons(headers, tbody, () => undefined);',
    cmd: e2e('tests/e2e/compare.spec.ts', 'a comparison table keeps its filters and sort order in the address'),
    build: true,
  },
  {
    name: 'comparison CSV: each value’s source column dropped',
    file: 'src/widgets/BenchmarkTable/csv.ts',
    from: '? withSources(headers, tbody)',
    to: '? scores(headers, tbody)',
    cmd: e2e('tests/e2e/compare.spec.ts', 'a comparison’s CSV and slide hold the rows and columns on screen'),
    build: true,
  },
  {
    name: 'waterfall: a line without gains still takes a bold-label tag',
    file: 'src/charts/waterfall-chart.ts',
    from: '      if (!labelled.length) continue;\n',
    to: '',
    cmd: vitest('tests/unit/chart-waterfall.test.ts'),
  },
  {
    name: 'chart SVG: text rounded with the coordinates',
    file: 'src/charts/plot-svg.ts',
    from: "if (el.tagName.toLowerCase() === 'title') el.textContent",
    to: 'el.textContent',
    cmd: vitest('tests/unit/chart-plot-svg.test.ts'),
  },
  {
    name: 'memory calculator: a link’s context ignored',
    file: 'src/lib/compare/memory-state.ts',
    from: "context: whole(q.get('context'), choices.context, defaults.context),",
    to: 'context: defaults.context,',
    cmd: vitest('tests/unit/compare-memory-state.test.ts'),
  },
  {
    name: 'memory calculator: a review’s link to a model outside the defaults lands on no row',
    file: 'src/lib/compare/memory-state.ts',
    from: "const query = defaults.includes(model)\n    ? ''",
    to: "const query = true\n    ? ''",
    cmd: vitest('tests/unit/compare-memory-state.test.ts'),
  },
  {
    name: 'chart page: copied embed code drops the current view',
    file: 'src/widgets/Chart/page-client.ts',
    from: 'const url = embedUrl + location.search;',
    to: 'const url = embedUrl;',
    cmd: e2e('tests/e2e/embeds.spec.ts', 'embed code copied on the chart page'),
    build: true,
  },
  {
    name: 'embed: ?theme=light ignored on a dark system',
    file: 'public/embed-init.js',
    from: "(theme !== 'light' && matchMedia",
    to: '(matchMedia',
    cmd: e2e('tests/e2e/embeds.spec.ts', 'embed theme and background come from the query string'),
  },
  {
    name: 'explorer: unknown ids in ?b=/?m= kept',
    file: 'src/lib/explorer.ts',
    from: 'queryList(q, key, (s) => ok.has(s))',
    to: 'queryList(q, key, () => true)',
    cmd: vitest('tests/unit/explorer.test.ts'),
  },
  {
    name: 'explorer: ?all=1 ignored',
    file: 'src/lib/explorer.ts',
    from: "crossOnly: q.get('all') !== '1'",
    to: 'crossOnly: true',
    cmd: vitest('tests/unit/explorer.test.ts'),
  },
  {
    name: 'search: an answer card links the explorer without ?all=1',
    file: 'src/lib/search-answer.ts',
    from: 'selectionQuery({ benchmarks, models, crossOnly: false })',
    to: 'selectionQuery({ benchmarks, models, crossOnly: true })',
    cmd: vitest('tests/unit/search-answer.test.ts'),
  },
  {
    name: 'search page ignores ?q=',
    file: 'src/widgets/Search/page.ts',
    from: "new URLSearchParams(location.search).get('q') ?? ''",
    to: "''",
    cmd: e2e('tests/e2e/search.spec.ts', 'the query lives in the URL'),
    build: true,
  },
  {
    name: 'review page ignores ?hl= (no marks on the landing section)',
    file: 'src/widgets/Search/landing.ts',
    from: "new URLSearchParams(location.search).get('hl') ?? ''",
    to: "''",
    cmd: e2e('tests/e2e/search.spec.ts', 'a result opens its section'),
    build: true,
  },
  {
    name: 'deck builder: ?deck= entries not trimmed',
    file: 'src/lib/deck/request.ts',
    from: "    .split(',')\n    .map((s) => s.trim())\n",
    to: "    .split(',')\n",
    cmd: vitest('tests/unit/deck.test.ts', 'deck= list'),
  },
];

const cspExplorerSearch: Mutation[] = [
  {
    name: 'CSP: inline scripts allowed',
    file: 'src/lib/security-headers.ts',
    from: `'script-src': ["'self'", THEME_INIT_HASH, "'wasm-unsafe-eval'"]`,
    to: `'script-src': ["'self'", THEME_INIT_HASH, "'wasm-unsafe-eval'", "'unsafe-inline'"]`,
    cmd: vitest('tests/unit/security-headers.test.ts'),
  },
  {
    name: 'CSP: embeds framable only by the site',
    file: 'src/lib/security-headers.ts',
    from: 'frame-ancestors * file: data:',
    to: "frame-ancestors 'self'",
    cmd: vitest('tests/unit/security-headers.test.ts'),
  },
  {
    name: 'CSP: object-src dropped',
    file: 'src/lib/security-headers.ts',
    from: `  'object-src': ["'none'"],\n`,
    to: '',
    cmd: vitest('tests/unit/security-headers.test.ts'),
  },
  {
    name: 'explorer: pass@k (k > 1) counted as comparable',
    file: 'src/lib/explorer.ts',
    from: '/pass@(?!1\\b)\\d+|maj\\d*@(?!1\\b)\\d+/',
    to: '/maj\\d*@(?!1\\b)\\d+/',
    cmd: vitest('tests/unit/explorer-comparable.test.ts'),
  },
  {
    name: 'explorer: maj@1 treated as not comparable',
    file: 'src/lib/explorer.ts',
    from: '|maj\\d*@(?!1\\b)\\d+/',
    to: '|maj\\d*@\\d+/',
    cmd: vitest('tests/unit/explorer-comparable.test.ts'),
  },
  {
    name: 'search: query not capped',
    file: 'src/lib/search-query.ts',
    from: '      .trim()\n      .slice(0, maxLength)\n',
    to: '      .trim()\n',
    cmd: vitest('tests/unit/search-query.test.ts'),
  },
  {
    name: 'search: one-syllable stems after particle stripping',
    file: 'src/lib/search-query.ts',
    from: 'if ([...stem].length >= 2) return stem;',
    to: 'if ([...stem].length >= 1) return stem;',
    cmd: vitest('tests/unit/search-query.test.ts'),
  },
  {
    name: 'search: quotes and brackets kept in the query',
    file: 'src/lib/search-query.ts',
    from: ".replace(/[\\u0000-\\u001f\"<>\\\\]/g, ' ')",
    to: ".replace(/[\\u0000-\\u001f]/g, ' ')",
    cmd: vitest('tests/unit/search-query.test.ts'),
  },
];

export const MUTATIONS: Mutation[] = [
  ...missingValues,
  ...bestCellsAndSources,
  ...formulas,
  ...urlState,
  ...cspExplorerSearch,
];
