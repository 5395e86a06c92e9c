// `npm run bench`: measures the site as ../shared/notes/measures.md defines each figure and
// prints one table of figure, value, target and method (also written to bench-results.json).
//
//   npm run bench                      everything (about 15 minutes on a quiet 2-core machine)
//   npm run bench -- --skip=growth,dev  leave parts out (build, growth, transfer, search, lab, lighthouse, dev)
//   npm run bench -- --ci               also time `bash .ci/run` in a fresh clone and record it
//   npm run bench -- --skip=build,transfer,search,lab,lighthouse,dev,growth --ci-dry
//                                       the same recording path with `bash -n` (parse only), nothing written
//   BENCH_GROWTH=4,40,160               review counts of the growth builds (default)
//   BENCH_PORT=4401                     first of the ports used (static server, dev server +4, Chrome +5)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startStaticServer } from './static-server.ts';
import { firstVisit, isScript } from './bench/transfer.ts';
import { timeQuery } from './bench/search-wait.ts';
import { lighthouseMedian, median } from './bench/lighthouse.ts';
import { makeSyntheticSite } from './bench/synthetic-site.ts';
import { measureSearch, SEARCH_TARGETS, searchIndexSizes } from './bench-search.ts';
import { measureDevEdit } from './bench/dev-edit.ts';
import { treeDifferences, treeDigests } from './bench/dist-diff.ts';

const ROOT = process.cwd();
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PORT = Number(process.env.BENCH_PORT ?? 4401);
const GROWTH = (process.env.BENCH_GROWTH ?? '4,40,160').split(',').map(Number);
const args = process.argv.slice(2);
const skip = new Set(
  args
    .find((a) => a.startsWith('--skip='))
    ?.slice(7)
    .split(',') ?? [],
);
const CI_RECORD = join(ROOT, 'scripts', 'bench', 'ci-time.json');

interface Row {
  figure: string;
  value: string;
  target: string;
  ok: boolean | null;
  method: string;
  load: string;
}
const rows: Row[] = [];
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const add = (figure: string, value: string, method: string, target = '', ok: boolean | null = null) => {
  rows.push({ figure, value, target, ok, method, load: load() });
  console.error(`  ${figure}: ${value}${target ? ` (target ${target})` : ''}`);
};
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    const s = statSync(p);
    return n + (s.isDirectory() ? dirSize(p) : s.size);
  }, 0);
}

function countHtml(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? countHtml(p) : f.endsWith('.html') ? 1 : 0);
  }, 0);
}

const exportCacheOf = (root: string) => join(root, 'node_modules', '.cache', 'prn-exports');

/** Cold: no dist/, no Astro/Vite caches, no export cache. */
function clearBuildState(root: string): void {
  for (const p of [
    'dist',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
    'node_modules/.cache/prn-exports',
    'node_modules/.cache/prn-search',
  ])
    rmSync(join(root, p), { recursive: true, force: true });
}

/** `npm run build` (astro build + Pagefind), wall clock; also how many exports were rendered (cache misses) and whether the search index was reused. */
function timedBuild(root: string): { ms: number; rendered: number; indexReused: boolean } {
  const log = join(mkdtempSync(join(tmpdir(), 'prn-bench-log-')), 'misses.log');
  const t = performance.now();
  const r = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    env: { ...process.env, PRN_EXPORT_CACHE_DIR: exportCacheOf(root), PRN_EXPORT_CACHE_LOG: log },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`build failed in ${root}:\n${r.stdout}\n${r.stderr}`.slice(-4000));
  const rendered = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;
  rmSync(join(log, '..'), { recursive: true, force: true });
  return { ms, rendered, indexReused: r.stdout.includes('reused the search index') };
}

function reviewIds(): string[] {
  return readdirSync(join(ROOT, 'content', 'reviews'))
    .filter((f) => f.endsWith('.mdx'))
    .filter(
      (f) =>
        !/^draft:\s*true\s*$/m.test(readFileSync(join(ROOT, 'content', 'reviews', f), 'utf8').split(/^---$/m)[1] ?? ''),
    )
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}

async function buildFigures(): Promise<number> {
  console.error('cold build …');
  clearBuildState(ROOT);
  const cold = timedBuild(ROOT);
  const pages = countHtml(join(ROOT, 'dist'));
  const coldTree = treeDigests(join(ROOT, 'dist'));
  add(
    'build, cold (4 reviews)',
    `${sec(cold.ms)} (${pages} pages, ${cold.rendered} exports rendered)`,
    'dist/, .astro, node_modules/.astro, .vite, the export and search-index caches removed; `npm run build` (Astro + Pagefind) wall clock, 1 run',
    '≤ 30 s',
    cold.ms <= 30_000,
  );
  console.error('warm build …');
  const warm = timedBuild(ROOT);
  const diff = treeDifferences(coldTree, treeDigests(join(ROOT, 'dist')));
  if (diff.length) console.error(`warm build differs from the cold one:\n  ${diff.join('\n  ')}`);
  add(
    'build, warm (nothing changed)',
    `${sec(warm.ms)} (${(warm.ms / cold.ms).toFixed(2)}× cold, ${warm.rendered} exports rendered, search index ${warm.indexReused ? 'reused' : 'rebuilt'}, ${diff.length ? `${diff.length} of ${coldTree.size} files differ from the cold build` : `all ${coldTree.size} files identical to the cold build`})`,
    'a second `npm run build` right after the cold one, caches kept; wall clock, 1 run; every dist/ file compared with the cold build by SHA-256',
    '≤ 0.4× cold, 0 re-rendered, identical output',
    warm.ms <= 0.4 * cold.ms && warm.rendered === 0 && diff.length === 0,
  );
  add(
    'output size (4 reviews)',
    `${kb(dirSize(join(ROOT, 'dist')))} (of which ${kb(dirSize(join(ROOT, 'dist', '_astro')))} in _astro/, mostly tokenizer vocabularies)`,
    'sum of file sizes in dist/ (uncompressed)',
  );
  return cold.ms;
}

async function growthFigures(coldMs: number): Promise<void> {
  const [base, mid, top] = GROWTH as [number, number, number];
  const real = reviewIds().length;
  if (base !== real) throw new Error(`BENCH_GROWTH must start at the real review count (${real}), got ${base}`);
  const times = new Map<number, number>([[base, coldMs]]);
  for (const total of [mid, top]) {
    console.error(`growth build with ${total} reviews (${total - real} synthetic) …`);
    const site = makeSyntheticSite(ROOT, total - real);
    try {
      const b = timedBuild(site.root);
      times.set(total, b.ms);
      add(
        `build, cold, ${total} reviews`,
        `${sec(b.ms)} (${countHtml(join(site.root, 'dist'))} pages, ${b.rendered} exports rendered)`,
        `temporary copy with ${total - real} synthetic reviews (each a clone of the PanGu-π Pro review with its own paper, tables and charts), cold, 1 run`,
      );
    } finally {
      rmSync(site.root, { recursive: true, force: true });
    }
  }
  const perA = (times.get(mid)! - times.get(base)!) / (mid - base);
  const perB = (times.get(top)! - times.get(mid)!) / (top - mid);
  const ratio = perB / perA;
  add(
    `build growth: cost per added review, ${base}→${mid} vs ${mid}→${top}`,
    `${(perA / 1000).toFixed(2)} s vs ${(perB / 1000).toFixed(2)} s (×${ratio.toFixed(2)})`,
    '(T(n2) − T(n1)) / (n2 − n1) from the cold builds above',
    'within 1.5× of each other',
    ratio <= 1.5 && ratio >= 1 / 1.5,
  );
}

async function browserFigures(url: string, compression: string): Promise<void> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  try {
    const visit = async (path: string) => {
      const ctx = await browser.newContext(); // empty cache
      const page = await ctx.newPage();
      const counter = await firstVisit(page, url + path);
      const r = {
        total: await counter.bodyBytes(),
        js: await counter.bodyBytes(isScript),
        requests: (await counter.entries()).length,
      };
      counter.stop();
      await ctx.close();
      return r;
    };
    const how = `first visit, empty cache, navigation until 1 s of network quiet after load; compressed bodies as Chromium received them (Playwright request.sizes(), i.e. CDP loadingFinished minus headers; workers included), served ${compression}`;
    if (!skip.has('transfer')) {
      const weights: string[] = [];
      const js: string[] = [];
      let maxJs = 0;
      for (const id of reviewIds()) {
        const t = await visit(`/reviews/${id}/`);
        weights.push(`${id} ${kb(t.total)}`);
        js.push(`${id} ${kb(t.js)}`);
        maxJs = Math.max(maxJs, t.js);
      }
      add('review weight, per review', weights.join(' · '), `all transfer of a ${how}`);
      add(
        'JS before interaction, per review',
        js.join(' · '),
        `scripts (resource type script, or a .js worker) of the same ${how}`,
        '≤ 15 KB each',
        maxJs <= 15 * 1024,
      );
      for (const [name, path] of [
        ['home', '/'],
        ['chart page', '/charts/qwen-long-context-ppl/'],
        ['embed', '/embed/qwen-long-context-ppl/'],
      ] as const) {
        const t = await visit(path);
        add(`JS before interaction, ${name}`, kb(t.js), `as above, ${path}`);
        if (name === 'embed')
          add(
            'embed page, total transfer',
            kb(t.total),
            `all transfer of a ${how}, ${path}`,
            '≤ 60 KB',
            t.total <= 60 * 1024,
          );
      }
    }

    if (!skip.has('search')) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const counter = await firstVisit(page, url + '/');
      counter.reset();
      await page.keyboard.press('Control+k');
      await page.waitForSelector('[data-search-dialog][open]');
      const root = '[data-search-dialog]';
      const first = await timeQuery(page, root, '토크나이저');
      const bytes = await counter.bodyBytes();
      const req = (await counter.entries()).length;
      const warm: number[] = [];
      for (const q of ['GQA', 'DPO', '스케일링', 'RoPE 보간', '보상 모델이'])
        warm.push((await timeQuery(page, root, q)).ms);
      counter.stop();
      await ctx.close();
      const waitHow =
        'in-page: the input event of the typed query → first frame after [data-search-results][data-query=q] gets a newer data-generation; debounce included';
      add(
        'search, first query: time',
        `${first.ms} ms`,
        `home page after its first visit, dialog opened with Ctrl+K, empty cache; ${waitHow}`,
      );
      add(
        'search, first query: bytes',
        `${kb(bytes)} (${req} responses)`,
        `compressed transfer from opening the dialog until the results are shown (request.sizes(), the search worker's fetches included), served ${compression}`,
      );
      const wm = median(warm);
      add(
        'search, warm query: time (median of 5)',
        `${wm} ms (runs ${warm.join(', ')})`,
        `5 different queries after the first, index loaded; ${waitHow}`,
        '≤ 100 ms',
        wm <= 100,
      );
      // The search issue's target: the dialog has been open 1 s (index preloading) before typing.
      const ctx2 = await browser.newContext();
      const s2 = await measureSearch(await ctx2.newPage(), url);
      await ctx2.close();
      add(
        `search, query 1 s after opening: time ("${s2.query}")`,
        `${s2.firstMs} ms`,
        `review page, empty cache, dialog opened, 1 s wait, then typed; ${waitHow}`,
        `≤ ${SEARCH_TARGETS.firstMs} ms`,
        s2.firstMs <= SEARCH_TARGETS.firstMs,
      );
      add(
        'search, query 1 s after opening: bytes',
        kb(s2.firstBytes),
        `everything transferred from opening the dialog until those results show, bodies gzip-6 as a host serves them (scripts/bench-search.ts)`,
        `≤ ${SEARCH_TARGETS.firstBytes / 1024} KB`,
        s2.firstBytes <= SEARCH_TARGETS.firstBytes,
      );
      add(
        'search index sizes',
        Object.entries(searchIndexSizes())
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
        'files under dist/pagefind and dist/search-data.json',
      );
    }

    if (!skip.has('lab')) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(url + '/reviews/qwen/');
      const t0 = Date.now();
      await page.click('[data-lab-open]');
      await page.waitForSelector('[data-tokenizer-lab][data-ready]', { timeout: 120_000 });
      const ready = Date.now() - t0;
      const text = '언어 모델은 토크나이저가 자른 조각을 읽습니다. Tokens are integers. 大型语言模型. '
        .repeat(200)
        .slice(0, 10_000);
      await page.evaluate(
        () => delete (document.querySelector('[data-tokenizer-lab]') as HTMLElement).dataset.tokenizeMs,
      );
      await page.fill('[data-lab-input]', text);
      const tok = await page.waitForFunction(
        () => {
          const el = document.querySelector('[data-tokenizer-lab]') as HTMLElement;
          const input = document.querySelector('[data-lab-input]') as HTMLTextAreaElement;
          return input.value.length === 10000 && el.dataset.tokenizeMs !== undefined
            ? Number(el.dataset.tokenizeMs)
            : false;
        },
        undefined,
        { timeout: 120_000 },
      );
      add(
        'tokenizer lab: open → ready',
        `${ready} ms`,
        'click on the lab button → [data-tokenizer-lab][data-ready] (3 tokenizers), Node-side clock',
        '≤ 2 s',
        ready <= 2000,
      );
      add(
        'tokenizer lab: tokenize 10,000 characters',
        `${await tok.jsonValue()} ms`,
        "the lab's own data-tokenize-ms after typing 10,000 characters (all three tokenizers)",
      );
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
}

async function lighthouseFigures(url: string, compression: string): Promise<void> {
  const pages = {
    home: '/',
    review: '/reviews/qwen/',
    chart: '/charts/qwen-long-context-ppl/',
    embed: '/embed/qwen-long-context-ppl/',
  };
  console.error('lighthouse (3 runs per page) …');
  const res = await lighthouseMedian(
    Object.values(pages).map((p) => url + p),
    { chromePath: CHROME, flags: FLAGS, port: PORT + 5 },
  );
  for (const [name, path] of Object.entries(pages)) {
    const m = res.get(url + path)!;
    const s = [m.scores.performance, m.scores.accessibility, m.scores['best-practices'], m.scores.seo];
    add(
      `Lighthouse ${name} (perf / a11y / best practices / SEO)`,
      `${s.join(' / ')} (perf runs ${m.perfRuns.join(', ')}; TBT ${m.tbtMs} ms, LCP ${m.lcpMs} ms)`,
      `lighthouse 13 mobile preset, median of 3 runs by performance, behind the bench's static server with ${compression}`,
      '100 each',
      s.every((x) => x === 100),
    );
  }
}

async function devFigures(): Promise<void> {
  console.error('dev server: one-review edit …');
  const r = await measureDevEdit(ROOT, PORT + 4, CHROME);
  add(
    'dev: one-review edit → updated page',
    `${r.editMs} ms (first render of that review ${r.firstRenderMs} ms)`,
    '`npm run dev` in a temporary copy, the review open in Chromium; append a paragraph to content/reviews/pangu-pi-pro.mdx; time from the write until the open page (after the dev server reloads it) shows that paragraph; 1 run',
    '≤ 2 s (quiet machine)',
    r.editMs <= 2000,
  );
}

interface CiRecord {
  date: string;
  seconds: number;
  exit: number | null;
  last: string;
  commit: string;
  loadBefore: string;
  loadAfter: string;
}

/** Runs `bash <args>` in a fresh clone of this repository's HEAD and times it. */
function timeInFreshClone(args: string[]): CiRecord {
  const dir = mkdtempSync(join(tmpdir(), 'prn-ci-'));
  try {
    const clone = spawnSync('git', ['clone', '--quiet', ROOT, dir], { encoding: 'utf8' });
    if (clone.status !== 0) throw new Error(`git clone failed: ${clone.stderr}`);
    const before = load();
    const t = performance.now();
    const r = spawnSync('bash', args, {
      cwd: dir,
      env: { ...process.env, TEST_PORT: String(PORT + 3) },
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    });
    const ms = performance.now() - t;
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
    return {
      date: new Date().toISOString(),
      seconds: Math.round(ms / 1000),
      exit: r.status,
      last: (r.stdout ?? '').trim().split('\n').pop() ?? '',
      commit,
      loadBefore: before,
      loadAfter: load(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ciFigure(): void {
  if (args.includes('--ci-dry')) {
    // The recording path without the 20-minute run: `bash -n` only parses .ci/run in the clone.
    const rec = timeInFreshClone(['-n', '.ci/run']);
    console.error(
      `--ci-dry: fresh clone at ${rec.commit}, bash -n .ci/run exit ${rec.exit}; would record ${JSON.stringify(rec)}`,
    );
    add(
      'CI recording (dry run)',
      `fresh clone at ${rec.commit}, bash -n .ci/run exit ${rec.exit}, ${rec.seconds} s`,
      '`bash -n .ci/run` in a fresh `git clone` through the same timing path as --ci; ci-time.json left alone',
      'exit 0',
      rec.exit === 0,
    );
  } else if (args.includes('--ci')) {
    console.error('bash .ci/run in a fresh clone …');
    writeFileSync(CI_RECORD, JSON.stringify(timeInFreshClone(['.ci/run']), null, 2) + '\n');
  }
  const method =
    '`bash .ci/run` (npm install + npm test) in a fresh `git clone`, wall clock, 1 run; recorded by `npm run bench -- --ci`';
  if (!existsSync(CI_RECORD)) {
    add('CI time (bash .ci/run)', 'not recorded yet', method, '< 30 min', null);
    return;
  }
  const c = JSON.parse(readFileSync(CI_RECORD, 'utf8')) as CiRecord;
  add(
    'CI time (bash .ci/run)',
    `${(c.seconds / 60).toFixed(1)} min, exit ${c.exit}, "${c.last}" (recorded ${c.date.slice(0, 16)}Z at ${c.commit}, load ${c.loadBefore})`,
    method,
    '< 30 min',
    c.seconds < 1800 && c.exit === 0,
  );
}

function printTable(): void {
  const cols = ['figure', 'value', 'target', 'met', 'method'] as const;
  const cells = rows.map((r) => ({
    figure: r.figure,
    value: r.value,
    target: r.target,
    met: r.ok === null ? '' : r.ok ? 'yes' : 'NO',
    method: r.method,
  }));
  const w = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...cells.map((x) => x[c].length))])) as Record<
    (typeof cols)[number],
    number
  >;
  console.log(`\n${cols.map((c) => c.padEnd(w[c])).join(' | ')}`);
  console.log(cols.map((c) => '-'.repeat(w[c])).join('-|-'));
  for (const x of cells) console.log(cols.map((c) => x[c].padEnd(w[c])).join(' | '));
}

/** A part that fails leaves a row saying so; the other figures are still measured and printed. */
async function part(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    add(`${name}: FAILED`, (e as Error).message.split('\n')[0]!.slice(0, 200), 'see the error above');
    console.error(e);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = load();
  let coldMs = NaN;
  if (!skip.has('build')) coldMs = await buildFigures();
  else if (!existsSync(join(ROOT, 'dist', 'index.html')))
    throw new Error('--skip=build needs a built dist/ (npm run build)');

  const server = await startStaticServer({ root: join(ROOT, 'dist'), port: PORT, compression: 'gzip' });
  try {
    await part('browser figures', () => browserFigures(server.url, server.describe));
    if (!skip.has('lighthouse')) await part('lighthouse', () => lighthouseFigures(server.url, server.describe));
  } finally {
    await server.close();
  }
  if (!skip.has('dev')) await part('dev edit', devFigures);
  if (!skip.has('growth') && !skip.has('build')) await part('growth', () => growthFigures(coldMs));
  ciFigure();

  printTable();
  const meta = {
    date: new Date().toISOString(),
    loadAtStart,
    loadAtEnd: load(),
    minutes: +((performance.now() - started) / 60_000).toFixed(1),
    cpus: spawnSync('nproc', { encoding: 'utf8' }).stdout.trim(),
    compression: server.describe,
    skipped: [...skip],
  };
  console.log(
    `\nbench ${meta.date}: ${meta.minutes} min, ${meta.cpus} CPUs, load average (1/5/15 min) ${meta.loadAtStart} at start, ${meta.loadAtEnd} at end`,
  );
  writeFileSync(join(ROOT, 'bench-results.json'), JSON.stringify({ ...meta, rows }, null, 2) + '\n');
}

await main();
