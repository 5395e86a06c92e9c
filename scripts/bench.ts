// `npm run bench`: measures the site as ../shared/notes/measures.md defines each figure and
// prints one table of figure, value, target and method (also written to bench-results.json).
//
//   npm run bench                      everything (the 160-review growth build dominates: about 14 CPU-minutes)
//   npm run bench -- --skip=growth,dev  leave parts out (build, peer, growth, transfer, search, lab, lighthouse, dev)
//   npm run bench -- --ci               also time `bash .ci/run` in a fresh clone and record it
//   npm run bench -- --skip=build,transfer,search,lab,lighthouse,dev,growth --ci-dry
//                                       the same recording path with `bash -n` (parse only), nothing written
//   BENCH_GROWTH=4,40,160               review counts of the growth builds (default)
//   BENCH_PORT=4401                     first of the ports used (static server, dev server +4, Chrome +5)
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { format } from 'prettier';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startStaticServer } from './static-server.ts';
import { firstVisit, isScript } from './bench/transfer.ts';
import { timeQuery } from './bench/search-wait.ts';
import { calibratedCpuSlowdown, DEFAULT_CPU_SLOWDOWN, lighthouseMedian, median } from './bench/lighthouse.ts';
import { makeSyntheticSite } from './bench/synthetic-site.ts';
import { measureSearch, SEARCH_TARGETS, searchIndexSizes } from './bench-search.ts';
import { measureDevEdit } from './bench/dev-edit.ts';
import { treeDifferences, treeDigests } from './bench/dist-diff.ts';
import { growthCosts, loadedBuilds, timedBuild, timedCommand, type BuildTime } from './bench/build-time.ts';
import { clearPeer, PEER_DIR, PEER_ENV, PEER_LABEL, preparePeer } from './bench/peer.ts';
import { cpuBetween, machineCpu, type CpuTimes } from './bench/machine-cpu.ts';

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

/** Cold: no dist/, no Astro/Vite caches, none of the build's own caches (exports, search index, font subsets, YAML). */
function clearBuildState(root: string): void {
  for (const p of [
    'dist',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
    'node_modules/.cache/prn-exports',
    'node_modules/.cache/prn-search',
    'node_modules/.cache/prn-fonts',
    'node_modules/.cache/prn-yaml',
  ])
    rmSync(join(root, p), { recursive: true, force: true });
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

const cpu = (b: BuildTime) => `${sec(b.cpuMs)} CPU`;

async function buildFigures(): Promise<BuildTime> {
  console.error('cold build …');
  clearBuildState(ROOT);
  const cold = timedBuild(ROOT, exportCacheOf(ROOT));
  const pages = countHtml(join(ROOT, 'dist'));
  const coldTree = treeDigests(join(ROOT, 'dist'));
  add(
    'build, cold (4 reviews)',
    `${sec(cold.ms)} (${cpu(cold)}; ${pages} pages, ${cold.rendered} exports rendered)`,
    'dist/, .astro, node_modules/.astro, .vite, the export, search-index, font-subset and YAML caches removed; `npm run build` (Astro + Pagefind) wall clock, 1 run',
    '≤ 30 s',
    cold.ms <= 30_000,
  );
  console.error('warm build …');
  const warm = timedBuild(ROOT, exportCacheOf(ROOT));
  const diff = treeDifferences(coldTree, treeDigests(join(ROOT, 'dist')));
  if (diff.length) console.error(`warm build differs from the cold one:\n  ${diff.join('\n  ')}`);
  add(
    'build, warm (nothing changed)',
    `${sec(warm.ms)} (${(warm.ms / cold.ms).toFixed(2)}× cold; ${cpu(warm)}; ${warm.rendered} exports rendered, search index ${warm.indexReused ? 'reused' : 'rebuilt'}, ${diff.length ? `${diff.length} of ${coldTree.size} files differ from the cold build` : `all ${coldTree.size} files identical to the cold build`})`,
    'a second `npm run build` right after the cold one, caches kept; wall clock, 1 run; every dist/ file compared with the cold build by SHA-256',
    // the issue asks for "well under the cold one"; a ratio bar also moves with every cold-build speed-up
    // (0.37× at 38 s cold; 0.46× at 25 s cold with a faster warm build), so it is ≤ half, not tighter
    'well under cold (≤ 0.5×), 0 re-rendered, identical output',
    warm.ms <= 0.5 * cold.ms && warm.rendered === 0 && diff.length === 0,
  );
  add(
    'output size (4 reviews)',
    `${kb(dirSize(join(ROOT, 'dist')))} (of which ${kb(dirSize(join(ROOT, 'dist', '_astro')))} in _astro/, mostly tokenizer vocabularies)`,
    'sum of file sizes in dist/ (uncompressed)',
  );
  return cold;
}

/** #19's build ratio: the Starlight peer of the same reviews (scripts/bench/peer.ts), built cold after our cold and warm builds. */
async function peerFigures(cold: BuildTime): Promise<void> {
  const ids = preparePeer();
  clearPeer();
  console.error(`peer cold build (${PEER_LABEL}) …`);
  const peer = timedCommand(PEER_DIR, 'npx astro build', PEER_ENV);
  const peerPages = countHtml(join(PEER_DIR, 'dist'));
  const ratio = cold.ms / peer.ms;
  add(
    `build ratio, ours cold / ${PEER_LABEL} peer cold (${ids.length} reviews)`,
    `${ratio.toFixed(2)}× (${sec(cold.ms)} vs ${sec(peer.ms)}; per review ${sec(cold.ms / ids.length)} vs ${sec(peer.ms / ids.length)}; CPU ${sec(cold.cpuMs)} vs ${sec(peer.cpuMs)}, ${(cold.cpuMs / peer.cpuMs).toFixed(2)}×; ${countHtml(join(ROOT, 'dist'))} vs ${peerPages} pages)`,
    `ours: the cold build row above; peer: a minimal Starlight site made from the same content/reviews/*.mdx in ${PEER_DIR} (components unwrapped or dropped, math by rehype-katex, Astro and KaTeX pinned to ours), its dist/ and Astro/Vite caches removed, \`npx astro build\` wall clock, 1 run, after ours; medians of alternating rounds and the cost of the exported files: \`npm run bench:peer\``,
    '≤ 1.5×',
    ratio <= 1.5,
  );
}

async function growthFigures(cold: BuildTime): Promise<void> {
  const [base, mid, top] = GROWTH as [number, number, number];
  const real = reviewIds().length;
  if (base !== real) throw new Error(`BENCH_GROWTH must start at the real review count (${real}), got ${base}`);
  const builds = new Map<number, BuildTime>([[base, cold]]);
  for (const total of [mid, top]) {
    console.error(`growth build with ${total} reviews (${total - real} synthetic) …`);
    const site = makeSyntheticSite(ROOT, total - real);
    try {
      const b = timedBuild(site.root, exportCacheOf(site.root));
      builds.set(total, b);
      add(
        `build, cold, ${total} reviews`,
        `${sec(b.ms)} (${cpu(b)}; ${countHtml(join(site.root, 'dist'))} pages, ${b.rendered} exports rendered)`,
        `temporary copy with ${total - real} synthetic reviews (each a clone of the PanGu-π Pro review with its own paper, results tables and charts, so its own table/chart/OG PNGs, SVGs, CSVs and slide pack), every cache empty; 1 run`,
      );
    } finally {
      rmSync(site.root, { recursive: true, force: true });
    }
  }
  const points = (f: (b: BuildTime) => number) =>
    [base, mid, top].map((n) => [n, f(builds.get(n)!)] as [number, number]);
  const g = growthCosts(points((b) => b.cpuMs));
  const w = growthCosts(points((b) => b.ms));
  const loaded = loadedBuilds(
    [base, mid, top].map((n) => ({ reviews: n, load: builds.get(n)!.load })),
    cpus().length,
  );
  add(
    `build growth: CPU per added review, ${base}→${mid} vs ${mid}→${top}`,
    `${sec(g.perA)} vs ${sec(g.perB)} (×${g.ratio.toFixed(2)}; wall clock ${sec(w.perA)} vs ${sec(w.perB)}, ×${w.ratio.toFixed(2)})` +
      (loaded.length ? ` — NOT COMPARABLE, built on a busy machine: ${loaded.join(', ')}; rerun quiet` : ''),
    `(C(n2) − C(n1)) / (n2 − n1), C = user + system CPU of \`npm run build\` and its child processes (bash \`times\`), from the cold builds of ${base} (the site's own), ${mid} and ${top} reviews above; CPU because the three builds run minutes apart and wall clock moves with the machine's load; void when a build's 1-minute load exceeds twice the CPU count (CPU time inflates under contention)`,
    'within 1.5× of each other, builds at comparable load',
    g.ok && !loaded.length,
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
      let maxWeight = 0;
      for (const id of reviewIds()) {
        const t = await visit(`/reviews/${id}/`);
        weights.push(`${id} ${kb(t.total)}`);
        js.push(`${id} ${kb(t.js)}`);
        maxJs = Math.max(maxJs, t.js);
        maxWeight = Math.max(maxWeight, t.total);
      }
      add(
        'review weight, per review',
        weights.join(' · '),
        `all transfer of a ${how}`,
        '≤ 90 KB each',
        maxWeight <= 90 * 1024,
      );
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
      const warmFilled: number[] = [];
      for (const q of ['GQA', 'DPO', '스케일링', 'RoPE 보간', '보상 모델이']) {
        const t = await timeQuery(page, root, q);
        warm.push(t.ms);
        warmFilled.push(t.filledMs);
      }
      counter.stop();
      await ctx.close();
      const waitHow =
        'in-page: the input event of the typed query → first frame after [data-search-results][data-query=q] gets a newer data-generation; debounce included';
      add(
        'search, first query: time',
        `${first.ms} ms (excerpts in: ${first.filledMs} ms)`,
        `home page after its first visit, dialog opened with Ctrl+K, empty cache; ${waitHow}`,
      );
      add(
        'search, first query: bytes',
        `${kb(bytes)} (${req} responses)`,
        `compressed transfer from opening the dialog until the results and their excerpts are shown (request.sizes(), the search worker's fetches included), served ${compression}`,
      );
      const wm = median(warm);
      add(
        'search, warm query: time (median of 5)',
        `${wm} ms (runs ${warm.join(', ')}; excerpts in: median ${median(warmFilled)} ms)`,
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
        `${s2.firstMs} ms (excerpts in: ${s2.firstFilledMs} ms)`,
        `review page, empty cache, dialog opened, 1 s wait, then typed; ${waitHow}`,
        `≤ ${SEARCH_TARGETS.firstMs} ms`,
        s2.firstMs <= SEARCH_TARGETS.firstMs,
      );
      add(
        'search, query 1 s after opening: bytes',
        kb(s2.firstBytes),
        `everything transferred from opening the dialog until those results and their excerpts show, bodies gzip-6 as a host serves them (scripts/bench-search.ts)`,
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
      // The page's own clock: from the click event to the first frame after the lab is marked
      // ready, so Playwright's polling and protocol delays are not counted as the lab's.
      await page.evaluate(() => {
        const root = document.querySelector('[data-tokenizer-lab]')!;
        const w = window as unknown as { labClick?: number; labShown?: number };
        // on window, before the first-use loader holds the click back until the lab's code is in
        window.addEventListener('click', (e) => root.contains(e.target as Node) && (w.labClick ??= e.timeStamp), {
          capture: true,
        });
        new MutationObserver(() => {
          if (root.hasAttribute('data-ready') && w.labShown === undefined)
            requestAnimationFrame(() => (w.labShown ??= performance.now()));
        }).observe(root, { attributes: true });
      });
      await page.click('[data-lab-open]');
      const ready = Number(
        await (
          await page.waitForFunction(
            () => {
              const w = window as unknown as { labClick?: number; labShown?: number };
              return w.labShown !== undefined && w.labClick !== undefined && Math.round(w.labShown - w.labClick);
            },
            undefined,
            { timeout: 120_000 },
          )
        ).jsonValue(),
      );
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
        "click event on the lab button → first animation frame after [data-tokenizer-lab][data-ready] (3 tokenizers), the page's clock",
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
    // --- review weight (#19): every review, not one ---
    'review deepseek-llm': '/reviews/deepseek-llm/',
    'review llama-2': '/reviews/llama-2/',
    'review pangu-pi-pro': '/reviews/pangu-pi-pro/',
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
  // The preset's 4× CPU slowdown assumes a high-end desktop host; this VM measures lower and
  // drifts. Say how fast the host was, and what the reviews score at the slowdown Lighthouse's docs
  // give for that host: beside the target figures above, to explain them, never to replace them.
  const indexes = [...res.values()].flatMap((m) => m.benchmarkIndexes);
  const bi = Math.round(median(indexes));
  const slowdown = calibratedCpuSlowdown(bi);
  add(
    'Lighthouse host benchmarkIndex',
    `${bi} (median of ${indexes.length} runs, ${Math.min(...indexes)}–${Math.max(...indexes)})`,
    `Lighthouse's own CPU measure of this machine in each run above; the preset's ${DEFAULT_CPU_SLOWDOWN}× CPU slowdown is calibrated for 1500–2000 (lighthouse docs/throttling.md)`,
  );
  if (slowdown === DEFAULT_CPU_SLOWDOWN) return;
  const reviews = Object.entries(pages).filter(([name]) => name.startsWith('review'));
  console.error(`lighthouse at ${slowdown}× CPU (3 runs per review) …`);
  const calibrated = await lighthouseMedian(
    reviews.map(([, path]) => url + path),
    { chromePath: CHROME, flags: FLAGS, port: PORT + 5, cpuSlowdown: slowdown, categories: ['performance'] },
  );
  for (const [name, path] of reviews) {
    const m = calibrated.get(url + path)!;
    add(
      `Lighthouse ${name}, performance at ${slowdown}× CPU`,
      `${m.scores.performance} (runs ${m.perfRuns.join(', ')}; TBT ${m.tbtMs} ms, LCP ${m.lcpMs} ms)`,
      `as above with throttling.cpuSlowdownMultiplier ${slowdown}, the multiplier Lighthouse's docs suggest for benchmarkIndex ${bi}; explains the ${DEFAULT_CPU_SLOWDOWN}× figure, is not the target`,
    );
  }
}

async function devFigures(): Promise<void> {
  console.error('dev server: one-review edit …');
  const r = await measureDevEdit(ROOT, PORT + 4, CHROME);
  add(
    'dev: one-review edit → updated page',
    `${r.editMs} ms (page with the new text served after ${r.servedMs ?? '?'} ms, the rest is the browser's reload; first render of that review ${r.firstRenderMs} ms)`,
    '`npm run dev` in a temporary copy, the review open in Chromium; append a paragraph to content/reviews/pangu-pi-pro.mdx; time from the write until the open page (after the dev server reloads it) shows that paragraph; 1 run',
    '≤ 2 s (quiet machine)',
    r.editMs <= 2000,
  );
}

interface CiRecord {
  date: string;
  /** wall clock of `bash .ci/run`, whole seconds */
  seconds: number;
  /** its exit code (null when a signal ended it, see `signal`) */
  exit: number | null;
  signal?: string;
  /** the "N passed, N failed" line `npm test` ends with, or what was printed last */
  summary: string;
  commit: string;
  loadBefore: string;
  loadAfter: string;
  /** machine-wide CPU seconds over the run (absent in records made before it was measured, or off Linux) */
  cpu?: CpuTimes;
}

const SUMMARY = /^\d+ passed, \d+ failed$/;

/** Runs `bash <args>` in a fresh clone of this repository's HEAD and times it; its output goes to `logFile`. */
function timeInFreshClone(args: string[], logFile: string): CiRecord {
  const dir = mkdtempSync(join(tmpdir(), 'prn-ci-'));
  try {
    const clone = spawnSync('git', ['clone', '--quiet', ROOT, dir], { encoding: 'utf8' });
    if (clone.status !== 0) throw new Error(`git clone failed: ${clone.stderr}`);
    const before = load();
    const cpuBefore = machineCpu();
    const out = openSync(logFile, 'w');
    const t = performance.now();
    const r = spawnSync('bash', args, {
      cwd: dir,
      env: { ...process.env, TEST_PORT: String(PORT + 3) },
      stdio: ['ignore', out, out],
    });
    const ms = performance.now() - t;
    const cpuAfter = machineCpu();
    closeSync(out);
    const lines = readFileSync(logFile, 'utf8').trim().split('\n');
    const commit = headCommit(dir);
    return {
      date: new Date().toISOString(),
      seconds: Math.round(ms / 1000),
      exit: r.status,
      ...(r.signal ? { signal: r.signal } : {}),
      summary:
        lines.findLast((l) => SUMMARY.test(l.trim()))?.trim() ??
        `no "N passed, N failed" line; last: ${lines.at(-1) ?? ''}`,
      commit,
      loadBefore: before,
      loadAfter: load(),
      ...(cpuBefore && cpuAfter ? { cpu: cpuBetween(cpuBefore, cpuAfter) } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The short hash of HEAD in `dir`. */
function headCommit(dir: string): string {
  return spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
}

// Issue 11's target for a fresh clone on a quiet machine (the guide's own limit is 30 min); one
// recorded run cannot show the machine was quiet, so its load and CPU seconds are printed with it.
const CI_TARGET_SECONDS = 240;
const CI_TARGET = '< 4 min quiet, 0 failed';

/** --ci: times `bash .ci/run` in a fresh clone and records it (read by no test, so committing it cannot change CI). */
async function ciFigure(): Promise<void> {
  const log = join(tmpdir(), `prn-ci-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
  if (args.includes('--ci-dry')) {
    // The recording path without the 20-minute run: `bash -n` only parses .ci/run in the clone.
    const rec = timeInFreshClone(['-n', '.ci/run'], log);
    console.error(`--ci-dry: would record ${JSON.stringify(rec)} (output in ${log})`);
    add(
      'CI recording (dry run)',
      `fresh clone at ${rec.commit}, bash -n .ci/run exit ${rec.exit}, ${rec.seconds} s`,
      '`bash -n .ci/run` in a fresh `git clone` through the same timing path as --ci; ci-time.json left alone',
      'exit 0',
      rec.exit === 0,
    );
  } else if (args.includes('--ci')) {
    console.error(`bash .ci/run in a fresh clone (output in ${log}) …`);
    const rec = timeInFreshClone(['.ci/run'], log);
    console.error(`  CI: ${rec.summary} · exit ${rec.exit} · ${(rec.seconds / 60).toFixed(1)} min wall clock`);
    // formatted as `npm run format:check` expects, so the record can be committed as it is
    writeFileSync(CI_RECORD, await format(JSON.stringify(rec), { parser: 'json' }));
  }
  const method =
    "`bash .ci/run` (npm ci + npm test) in a fresh `git clone` of HEAD, wall clock, 1 run, with the whole machine's CPU seconds from /proc/stat (steal: CPU the host withheld); recorded by `npm run bench -- --ci` into scripts/bench/ci-time.json";
  if (!existsSync(CI_RECORD)) {
    add('CI time (bash .ci/run)', 'not recorded yet', method, CI_TARGET, null);
    return;
  }
  const c = JSON.parse(readFileSync(CI_RECORD, 'utf8')) as CiRecord;
  const head = headCommit(process.cwd());
  // The record is committed after the run it describes, so HEAD is always ahead of it; the row
  // says so only when something besides the record changed since (any file: CI reads most of them).
  const changed = spawnSync('git', [
    'diff',
    '--quiet',
    c.commit,
    'HEAD',
    '--',
    '.',
    ':!scripts/bench/ci-time.json',
  ]).status;
  const stale =
    changed === 0
      ? ''
      : ` · recorded at ${c.commit}, HEAD is ${head} with other changes: run \`npm run bench -- --ci\``;
  add(
    'CI time (bash .ci/run)',
    `${(c.seconds / 60).toFixed(1)} min, exit ${c.exit}, "${c.summary}" (recorded ${c.date.slice(0, 16)}Z at ${c.commit}, load ${c.loadBefore} before, ${c.loadAfter} after${c.cpu ? `; machine CPU ${c.cpu.busy} s busy, ${c.cpu.steal} s stolen by the host, ${c.cpu.idle} s idle` : ''})${stale}`,
    method,
    CI_TARGET,
    c.seconds < CI_TARGET_SECONDS && c.exit === 0 && / 0 failed$/.test(c.summary),
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
  const cold: BuildTime | undefined = skip.has('build') ? undefined : await buildFigures();
  if (cold && !skip.has('peer')) await part('peer build', () => peerFigures(cold));
  if (!cold && !existsSync(join(ROOT, 'dist', 'index.html')))
    throw new Error('--skip=build needs a built dist/ (npm run build)');

  const server = await startStaticServer({ root: join(ROOT, 'dist'), port: PORT, compression: 'gzip' });
  try {
    await part('browser figures', () => browserFigures(server.url, server.describe));
    if (!skip.has('lighthouse')) await part('lighthouse', () => lighthouseFigures(server.url, server.describe));
  } finally {
    await server.close();
  }
  if (!skip.has('dev')) await part('dev edit', devFigures);
  if (!skip.has('growth') && cold) await part('growth', () => growthFigures(cold));
  await ciFigure();

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
