// Mutation pass (run on demand, not in CI): applies one realistic regression at a time to the
// source, runs the narrowest test command that should catch it, restores the file (always — also
// on a failing command, an exception or Ctrl-C) and prints a table mutation → caught / missed.
//   npm run mutate                      every mutation that needs no rebuild (unit tests, public/)
//   npm run mutate -- --with-build      also those in client code (a site build each, then e2e)
//   npm run mutate -- <name> [<name>…]  only the named mutations
// A mutation of a public/ file is copied into the built dist/ as well (public/ is copied verbatim
// by the build), so its browser test needs no rebuild. e2e commands use TEST_PORT (default 4321).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Mutation {
  name: string;
  file: string;
  from: string;
  to: string;
  /** The narrowest test command that should fail. */
  cmd: string[];
  /** Client code: the site must be rebuilt before the browser test. */
  build?: boolean;
}

const ROOT = join(import.meta.dirname, '..');
const PORT = process.env.TEST_PORT ?? '4321';
const vitest = (...files: string[]) => ['npx', 'vitest', 'run', ...files];
const e2e = (spec: string) => ['npx', 'playwright', 'test', spec];

export const MUTATIONS: Mutation[] = [
  // missing values and best cells
  {
    name: 'missing cell rendered as 0',
    file: 'src/lib/table.ts',
    from: "if (score === null) return '–';",
    to: "if (score === null) return '0';",
    cmd: vitest('tests/unit/table.test.ts'),
  },
  {
    name: 'missing cell 0 in table CSV/PNG',
    file: 'src/build/table-files.ts',
    from: "(c.score === null ? '–' : String(c.score))",
    to: "(c.score === null ? '0' : String(c.score))",
    cmd: vitest('tests/unit/table.test.ts', 'tests/unit/export-cache.test.ts'),
  },
  {
    name: 'missing chart value shown as 0',
    file: 'src/lib/chart-data.ts',
    from: "if (v === null) return '–';",
    to: "if (v === null) return '0';",
    cmd: vitest('tests/unit/charts.test.ts', 'tests/unit/chart-snapshots.test.ts'),
  },
  {
    name: 'best cell: direction ignored',
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
  // sources
  {
    name: 'source names the wrong table',
    file: 'src/lib/content/lookup.ts',
    from: '.shortTitle}, ${s.table}`',
    to: '.shortTitle}`',
    cmd: vitest('tests/unit/table.test.ts', 'tests/unit/charts.test.ts'),
  },
  // formulas: coefficients and exponents
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
    name: 'embedding counted once when untied',
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
    name: 'int4 at one byte',
    file: 'src/lib/model-math.ts',
    from: 'int4: 0.5',
    to: 'int4: 1',
    cmd: vitest('tests/unit/model-math.test.ts', 'tests/unit/compare.test.ts'),
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
    name: 'scaling law: M without the 12·n·d·l term',
    file: 'src/lib/scaling-laws.ts',
    from: '+ 12 * nLayer * dModel * seqLen',
    to: '',
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
    name: 'RoPE: NTK exponent d/(d−1)',
    file: 'src/lib/rope.ts',
    from: 'alpha ** (headDim / (headDim - 2))',
    to: 'alpha ** (headDim / (headDim - 1))',
    cmd: vitest('tests/unit/rope.test.ts'),
  },
  {
    name: 'memory: reported size in millions',
    file: 'src/lib/compare/memory.ts',
    from: 'r.cells.params.value * 1e9',
    to: 'r.cells.params.value * 1e6',
    cmd: vitest('tests/unit/compare.test.ts'),
  },
  // URL state
  {
    name: 'chart page: unknown ?view= echoed',
    file: 'src/lib/chart-state.ts',
    from: "view: allowed.views.includes(view) ? view : (allowed.views[0] ?? '')",
    to: "view: view || (allowed.views[0] ?? '')",
    cmd: vitest('tests/unit/misc.test.ts'),
  },
  {
    name: 'chart page: unknown series in ?hide= kept',
    file: 'src/lib/chart-state.ts',
    from: '.filter((s) => allowed.series.includes(s));',
    to: '.filter(Boolean);',
    cmd: vitest('tests/unit/misc.test.ts'),
  },
  {
    name: 'chart link drops the default-view rule',
    file: 'src/lib/chart-state.ts',
    from: 'if (state.view && state.view !== defaultView)',
    to: 'if (state.view)',
    cmd: vitest('tests/unit/misc.test.ts'),
  },
  {
    name: 'embed ignores ?theme=light on a dark system',
    file: 'public/embed-init.js',
    from: "(theme !== 'light' && matchMedia",
    to: '(matchMedia',
    cmd: e2e('tests/e2e/embeds.spec.ts:43'),
  },
  {
    name: 'explorer: ?b= selection not read',
    file: 'src/lib/explorer.ts',
    from: 'export function parseSelection(search: string',
    to: 'export function parseSelection(_search: string, _k: unknown): Selection { return { models: [], benchmarks: [] } as unknown as Selection; }\nfunction _unusedParseSelection(search: string',
    cmd: e2e('tests/e2e/tables.spec.ts'),
    build: true,
  },
  {
    name: 'search page ignores ?q=',
    file: 'src/widgets/Search/page.ts',
    from: "new URLSearchParams(location.search).get('q') ?? ''",
    to: "''",
    cmd: e2e('tests/e2e/search.spec.ts'),
    build: true,
  },
  {
    name: 'landing ignores ?hl=',
    file: 'src/widgets/Search/landing.ts',
    from: "new URLSearchParams(location.search).get('hl') ?? ''",
    to: "''",
    cmd: e2e('tests/e2e/search.spec.ts'),
    build: true,
  },
  // CSP
  {
    name: 'CSP: inline scripts allowed',
    file: 'src/lib/security-headers.ts',
    from: `'script-src': ["'self'", "'wasm-unsafe-eval'"]`,
    to: `'script-src': ["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]`,
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
  // explorer comparable-setting rule and search query handling
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
    from: '    .slice(0, maxLength);',
    to: ';',
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

function run(cmd: string[]): { code: number; tail: string } {
  const r = spawnSync(cmd[0]!, cmd.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TEST_PORT: PORT, FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? 1, tail: `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-3).join(' | ') };
}

const restores = new Map<string, string>();
function restoreAll(): void {
  for (const [file, text] of restores) {
    writeFileSync(join(ROOT, file), text);
    if (file.startsWith('public/') && existsSync(join(ROOT, 'dist')))
      copyFileSync(join(ROOT, file), join(ROOT, 'dist', file.slice('public/'.length)));
  }
  restores.clear();
}
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    restoreAll();
    process.exit(130);
  });

function apply(m: Mutation): void {
  const path = join(ROOT, m.file);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(m.from);
  if (at < 0 || text.indexOf(m.from, at + 1) >= 0)
    throw new Error(`${m.file}: "${m.from}" must occur exactly once (the source moved: update the mutation)`);
  restores.set(m.file, text);
  writeFileSync(path, text.slice(0, at) + m.to + text.slice(at + m.from.length));
  if (m.file.startsWith('public/')) copyFileSync(path, join(ROOT, 'dist', m.file.slice('public/'.length)));
}

function main(): void {
  const args = process.argv.slice(2);
  const withBuild = args.includes('--with-build');
  const names = args.filter((a) => !a.startsWith('--'));
  const chosen = MUTATIONS.filter((m) => (names.length ? names.includes(m.name) : withBuild || !m.build));
  const rows: string[] = [];
  let caught = 0;
  for (const m of chosen) {
    let result: string;
    try {
      apply(m);
      const b = m.build ? run(['npm', 'run', 'build']) : { code: 0, tail: '' };
      if (b.code !== 0) result = `build failed (${b.tail})`;
      else result = run(m.cmd).code !== 0 ? 'caught' : 'MISSED';
    } catch (e) {
      result = `error: ${(e as Error).message}`;
    } finally {
      restoreAll();
    }
    if (result === 'caught') caught += 1;
    const line = `| ${m.name} | \`${m.file}\` | \`${m.cmd.slice(1).join(' ')}\` | ${result} |`;
    console.log(line);
    rows.push(line);
  }
  if (chosen.some((m) => m.build)) run(['npm', 'run', 'build']); // leave dist/ built from the real source
  console.log(
    [
      '',
      '| mutation | file | test command | result |',
      '|---|---|---|---|',
      ...rows,
      '',
      `${caught} of ${chosen.length} caught (${Math.round((100 * caught) / Math.max(chosen.length, 1))} %)`,
    ].join('\n'),
  );
  process.exit(caught === chosen.length ? 0 : 1);
}

main();
