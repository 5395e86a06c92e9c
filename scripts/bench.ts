// `npm run bench`: measures the built site in one run and prints one table (also written to
// bench-results.json). Targets come from the quality issue; "ok" says whether each is met.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { measureSearch, SEARCH_TARGETS } from './bench-search.ts';

const ROOT = process.cwd();
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PORT = 4329;
const BASE = `http://localhost:${PORT}`;
const PAGES = { home: '/', review: '/reviews/qwen/', chart: '/charts/qwen-long-context-ppl/', embed: '/embed/qwen-long-context-ppl/' };

interface Row {
  metric: string;
  value: string;
  target: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const add = (metric: string, value: string, target = '', ok: boolean | null = null) => {
  rows.push({ metric, value, target, ok });
  console.error(`  ${metric}: ${value}`);
};

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    const s = statSync(p);
    return n + (s.isDirectory() ? dirSize(p) : s.size);
  }, 0);
}

function timedBuild(cwd: string, env: Record<string, string> = {}): number {
  rmSync(join(cwd, '.astro'), { recursive: true, force: true });
  rmSync(join(cwd, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  const t = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed in ${cwd}:\n${r.stdout}\n${r.stderr}`.slice(-3000));
  return (performance.now() - t) / 1000;
}

function countHtml(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? countHtml(p) : f.endsWith('.html') ? 1 : 0);
  }, 0);
}

// Synthetic reviews for the scale test: real structure (frontmatter questions, headings,
// math, a data-backed table and a score), generated text. Never committed.
function syntheticReview(i: number): string {
  const qs = Array.from({ length: 8 }, (_, k) => ({ id: `q${k}`, title: `합성 질문 ${k + 1}` }));
  const para = '이 문단은 빌드 규모를 재기 위해 생성한 합성 문장입니다. 토크나이저와 위치 인코딩, 정렬 기법을 두루 언급해 검색 색인의 크기도 현실에 가깝게 만듭니다. '.repeat(6);
  return [
    '---',
    `title: "합성 리뷰 ${i}"`,
    'paper: qwen',
    `summary: "빌드 규모 측정을 위한 합성 리뷰 ${i}번입니다."`,
    'tags: [합성]',
    'reviewedAt: 2020-01-01',
    'questions:',
    ...qs.map((q) => `  - { id: ${q.id}, title: ${q.title} }`),
    '---',
    ...qs.flatMap((q, k) => [
      `## ${q.title}`,
      '',
      para,
      '',
      '$$\n\\theta_i = b^{-2i/d}\n$$',
      '',
      k === 0 ? '<BenchmarkTable paper="qwen" table="table-2" models={["qwen-7b","qwen-14b"]} />' : `### 세부 ${k}\n\n${para}`,
      '',
      k === 1 ? 'Qwen-14B의 MMLU는 <Score paper="qwen" table="table-2" model="qwen-14b" benchmark="mmlu" />입니다.' : '',
      '',
    ]),
  ].join('\n');
}

function scaleBuild(n: number): { seconds: number; pages: number; bytes: number } {
  const root = mkdtempSync(join(tmpdir(), `prn-bench-${n}-`));
  for (const f of ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'content', 'scripts']) cpSync(join(ROOT, f), join(root, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'content', 'reviews'), { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(root, 'content', 'reviews', `synthetic-${String(i).padStart(3, '0')}.mdx`), syntheticReview(i));
  const seconds = timedBuild(root);
  const out = { seconds, pages: countHtml(join(root, 'dist')), bytes: dirSize(join(root, 'dist')) };
  rmSync(root, { recursive: true, force: true });
  return out;
}

async function waitFor(url: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Bytes of JS a page loads before any interaction, gzip-compressed as a host would serve it. */
async function transferred(page: Page, path: string): Promise<{ js: number; total: number }> {
  const bodies: Array<{ type: string; size: number }> = [];
  const onResponse = async (r: import('@playwright/test').Response) => {
    try {
      const b = await r.body();
      const type = r.headers()['content-type'] ?? '';
      const compressible = /javascript|css|html|json|svg|text/.test(type);
      bodies.push({ type, size: compressible ? gzipSync(b).length : b.length });
    } catch {
      /* redirects have no body */
    }
  };
  page.on('response', onResponse);
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  return {
    js: bodies.filter((b) => /javascript/.test(b.type)).reduce((n, b) => n + b.size, 0),
    total: bodies.reduce((n, b) => n + b.size, 0),
  };
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  console.error('cold build …');
  const cold = timedBuild(ROOT);
  const pages = countHtml(join(ROOT, 'dist'));
  add('cold build (Astro + Pagefind + chart exports), 4 reviews', `${cold.toFixed(1)} s (${pages} pages)`, '≤ 30 s', cold <= 30);
  add('output size, 4 reviews', kb(dirSize(join(ROOT, 'dist'))) + ` (of which tokenizer vocab ${kb(dirSize(join(ROOT, 'dist', '_astro')))} in _astro/)`);

  // its own process group, so the whole npx → astro chain stops afterwards
  const server: ChildProcess = spawn('npx', ['astro', 'preview', '--port', String(PORT)], { cwd: ROOT, stdio: 'ignore', detached: true });
  try {
    await waitFor(BASE + '/');
    const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      const t = await transferred(page, path);
      const target = name === 'review' ? '≤ 15 KB' : name === 'embed' ? '≤ 60 KB total' : '';
      const ok = name === 'review' ? t.js <= 15 * 1024 : name === 'embed' ? t.total <= 60 * 1024 : null;
      add(`JS before interaction (gzip), ${name}`, kb(t.js), name === 'review' ? target : '', name === 'review' ? ok : null);
      if (name === 'embed') add('embed page total transfer (gzip)', kb(t.total), target, ok);
    }

    // Search: first query and warm queries as measures.md defines them (scripts/bench-search.ts).
    const sctx = await browser.newContext();
    const search = await measureSearch(await sctx.newPage(), BASE);
    await sctx.close();
    add(`search: first query “${search.query}”, keystroke → results (dialog open 1 s, debounce incl.)`, `${search.firstMs} ms`, `≤ ${SEARCH_TARGETS.firstMs} ms`, search.firstMs <= SEARCH_TARGETS.firstMs);
    add('search: bytes from opening the dialog to those results (compressed)', kb(search.firstBytes), `≤ ${kb(SEARCH_TARGETS.firstBytes)}`, search.firstBytes <= SEARCH_TARGETS.firstBytes);
    add('search: warm query, keystroke → results (median of 5)', `${search.warmMs} ms`, `≤ ${SEARCH_TARGETS.warmMs} ms`, search.warmMs <= SEARCH_TARGETS.warmMs);

    // Tokenizer lab: open → ready, then tokenize 10,000 characters with all three.
    await page.goto(BASE + '/reviews/qwen/');
    const t0 = Date.now();
    await page.click('[data-lab-open]');
    await page.waitForSelector('[data-tokenizer-lab][data-ready]', { timeout: 60_000 });
    const ready = Date.now() - t0;
    const text = '언어 모델은 토크나이저가 자른 조각을 읽습니다. Tokens are integers. 大型语言模型. '.repeat(200).slice(0, 10_000);
    await page.fill('[data-lab-input]', text);
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-tokenizer-lab]') as HTMLElement;
      return el.dataset.tokenizeMs !== undefined && (document.querySelector('[data-lab-input]') as HTMLTextAreaElement).value.length === 10000 && el.querySelector('tbody tr td')?.textContent !== '';
    });
    await page.waitForTimeout(400);
    const tok = Number(await page.getAttribute('[data-tokenizer-lab]', 'data-tokenize-ms'));
    add('tokenizer lab: open → ready (3 tokenizers, local server)', `${ready} ms`, '≤ 2 s', ready <= 2000);
    add('tokenizer lab: tokenize 10,000 characters (all three)', `${tok} ms`);
    await browser.close();

    // Lighthouse (mobile emulation, offline against the local preview).
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      for (const [name, path] of Object.entries(PAGES)) {
        const r = await lighthouse(BASE + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const c = r!.lhr.categories;
        const s = ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((c[k]?.score ?? 0) * 100));
        add(`Lighthouse ${name} (perf / a11y / best practices / SEO)`, s.join(' / '), '100 each', s.every((x) => x === 100));
      }
    } finally {
      await chrome.kill();
    }
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }

  console.error('scale builds (synthetic reviews in a temporary copy) …');
  const base = { seconds: cold, pages };
  for (const n of [100, 400]) {
    const r = scaleBuild(n);
    add(`build with ${n} synthetic reviews`, `${r.seconds.toFixed(1)} s, ${r.pages} pages, ${kb(r.bytes)}`);
    if (n === 400) {
      const perPageSmall = base.seconds / base.pages;
      const perPageLarge = r.seconds / r.pages;
      const ratio = perPageLarge / perPageSmall;
      add('per-page build cost, 400 reviews vs 4', `${(perPageLarge * 1000).toFixed(0)} ms vs ${(perPageSmall * 1000).toFixed(0)} ms (×${ratio.toFixed(2)})`, '≤ ×1.5', ratio <= 1.5);
    }
  }

  const w = Math.max(...rows.map((r) => r.metric.length));
  const v = Math.max(...rows.map((r) => r.value.length));
  console.log(`\n${'metric'.padEnd(w)} | ${'value'.padEnd(v)} | target   | met`);
  console.log(`${'-'.repeat(w)}-|-${'-'.repeat(v)}-|----------|----`);
  for (const r of rows) console.log(`${r.metric.padEnd(w)} | ${r.value.padEnd(v)} | ${r.target.padEnd(8)} | ${r.ok === null ? '' : r.ok ? 'yes' : 'NO'}`);
  writeFileSync(join(ROOT, 'bench-results.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) process.exitCode = 1;
}

await main();
