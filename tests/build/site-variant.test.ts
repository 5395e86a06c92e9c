// One real build of a copy of the site that carries three things at once, so they share one
// build instead of three (each build is the costliest step of the suite):
//   - a fifth paper that needs no code (tests/fixtures/fifth-paper: paper card, models, a
//     benchmark, results + configs, comparison facts, a short MDX review) — found on the home page,
//     in the explorer data, on every comparison page where it has data, in the Pagefind index and
//     in the RSS feed, with every file under src/ unchanged;
//   - inputs that must work (tests/fixtures/build/edge-cases: BOM, tags with ? % / .. Hangul
//     emoji, code spans, comments, quotes, expressions);
//   - a GitHub Pages project-site base path (/repo/): every link, script, stylesheet and asset
//     reference of every page, the feed and the sitemap stay under it and resolve.
// The build is `npm run build` (scripts/build.ts: atomic, with the search index).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, childEnv, copyProject } from './project-copy.ts';

const FIFTH = join(ROOT, 'tests', 'fixtures', 'fifth-paper');
const EDGE = join(ROOT, 'tests', 'fixtures', 'build', 'edge-cases');
const BASE = '/repo/';
const ORIGIN = 'http://localhost:4429';
const work = mkdtempSync(join(tmpdir(), 'prn-variant-'));
const DIST = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, name) : name.test(n) ? [p] : [];
  });
}

function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of files(dir, /./).sort()) h.update(relative(dir, f)).update(readFileSync(f));
  return h.digest('hex');
}

/** The file a path under BASE is served from, or null when nothing would answer. */
function served(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!).slice(BASE.length - 1);
  const target = join(DIST, clean);
  if (!target.startsWith(DIST)) return null;
  if (existsSync(target) && statSync(target).isFile()) return target;
  if (existsSync(join(target, 'index.html'))) return join(target, 'index.html');
  return null;
}

const dist = (...p: string[]) => readFileSync(join(DIST, ...p), 'utf8');
let build = { code: 1, output: '' };
let srcAtCopy = '';

beforeAll(() => {
  copyProject(work);
  srcAtCopy = treeHash(join(work, 'src'));
  cpSync(join(FIFTH, 'content'), join(work, 'content'), { recursive: true });
  appendFileSync(join(work, 'content/data/models.yaml'), readFileSync(join(FIFTH, 'models-append.yaml'), 'utf8'));
  appendFileSync(
    join(work, 'content/data/benchmarks.yaml'),
    readFileSync(join(FIFTH, 'benchmarks-append.yaml'), 'utf8'),
  );
  cpSync(EDGE, work, { recursive: true });
  // a build is ~40 s on a quiet machine; a loaded one (load 40 on 2 cores) took over 10 min
  const r = spawnSync('npm', ['run', 'build'], {
    cwd: work,
    // its own Vite and Astro caches: the copy's node_modules is a link to the project's, and another
    // Astro process may run on it at the same time (astro.config.ts, PRN_CACHE_DIR)
    env: childEnv({ SITE_URL: ORIGIN, BASE_PATH: BASE, PRN_CACHE_DIR: join(work, '.prn-cache') }),
    encoding: 'utf8',
    timeout: 1_500_000,
  });
  build = { code: r.status ?? 1, output: `${r.stdout}\n${r.stderr}` };
}, 1_600_000);

describe('the build of a copy with a fifth paper, edge-case inputs and a base path', () => {
  it('prints no warning: a new one is read here, not scrolled past in a 400-line log', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(build.output.split('\n').filter((line) => /\[WARN\]/.test(line))).toEqual([]);
  });

  it('succeeds, whole, with no file under src/ changed', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    for (const f of [
      'index.html',
      'sitemap-index.xml',
      'pagefind/pagefind.js',
      '_headers',
      'reviews/zz-edge/index.html',
      'reviews/zz-fictional/index.html',
    ])
      expect(existsSync(join(DIST, f)), f).toBe(true);
    expect(existsSync(join(DIST, '.prerender'))).toBe(false);
    expect(readdirSync(work).filter((n) => n.startsWith('.dist-'))).toEqual([]);
    // the copy's src/ is the repository's, untouched by adding the paper and by the build
    expect(srcAtCopy).not.toBe('');
    expect(treeHash(join(work, 'src'))).toBe(srcAtCopy);
    expect(existsSync(join(work, 'src', 'pages', 'reviews', 'zz-fictional'))).toBe(false);
  });
});

describe('a fifth paper is content only', () => {
  it('appears on the home page, its review page and in the RSS feed', () => {
    expect(dist('index.html')).toContain(`href="${BASE}reviews/zz-fictional/"`);
    expect(dist('reviews', 'zz-fictional', 'index.html')).toContain('Zyzzyva 3B는 실제로 존재하지 않는 모델입니다');
    const rss = dist('rss.xml');
    expect(rss).toContain('Zyzzyva 가상 논문 리뷰 (테스트 전용)');
    expect(rss).toContain(`${ORIGIN}${BASE}reviews/zz-fictional/`);
  });

  it('appears in the explorer data and on its paper page', () => {
    const data = dist('benchmarks', 'data.json');
    expect(data).toContain('zz-fictional-3b');
    expect(data).toContain('zz-riddles');
    expect(dist('papers', 'zz-fictional', 'index.html')).toContain('가상 벤치마크 결과');
  });

  it('appears on every comparison page where it has data, with computed cells', () => {
    for (const [topic, model] of [
      ['architecture', 'zz-fictional-3b'],
      ['training', 'zz-fictional-3b'],
      ['alignment', 'zz-fictional-3b-chat'],
      ['long-context', 'zz-fictional-3b'],
      ['tokenizers', 'zz-fictional-3b'],
    ] as const)
      expect(dist('compare', topic, 'index.html'), topic).toContain(`id="row-${model}"`);
    // 2 × 24 layers × 4 KV heads × 128 (2560 ÷ 20) × 2 bytes = 49,152 B = 48 KiB
    const arch = dist('compare', 'architecture', 'index.html');
    expect(arch).toMatch(/id="row-zz-fictional-3b"[\s\S]*?>48<\/span>/);
    expect(dist('compare', 'memory', 'index.html')).toContain('Zyzzyva 3B');
    // its point on the KV-cache chart: 1.78B parameters (counted, tied embedding), 48 KiB, GQA column
    expect(dist('charts', 'compare-kv-cache.csv')).toMatch(/^1\.78,,48\r?$/m);
    // the review's <Compare> shows up as a backlink
    expect(arch).toContain(`${BASE}reviews/zz-fictional/#summary`);
  });

  it('is in the Pagefind search index', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    expect(existsSync(dir)).toBe(true);
    const fragments = readdirSync(dir).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, f)))
            .toString('utf8')
            .replace(/^[^{]*/, ''),
        ) as { url: string; content: string },
    );
    const hit = fragments.find((f) => f.url === `${BASE}reviews/zz-fictional/`);
    expect(hit?.content).toContain('Zyzzyva');
  });
});

describe('inputs that must work', () => {
  it('odd tags get working tag pages: ? % / .. Hangul emoji', () => {
    const edge = dist('reviews', 'zz-edge', 'index.html');
    for (const slug of ['해시', '50', 'a-b', 'tag-2e-2e', '한국어-태그', 'tag-1f680']) {
      expect(edge, slug).toContain(`href="${BASE}tags/${slug}/"`);
      expect(served(`${BASE}tags/${encodeURIComponent(slug)}/`), slug).not.toBeNull();
    }
  });
});

describe(`under the base path ${BASE}`, () => {
  it('every page, feed and sitemap link stays under the base path and resolves', () => {
    const broken: string[] = [];
    const pages = files(DIST, /\.html$/).filter((f) => !f.startsWith(join(DIST, 'pagefind')));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const refs = [...html.matchAll(/\s(?:href|src|action|data-embed-path|data-pack)="([^"]*)"/g)].map((m) =>
        m[1]!.replaceAll('&amp;', '&'),
      );
      for (const ref of refs) {
        const local = ref.startsWith(ORIGIN) ? ref.slice(ORIGIN.length) : ref;
        if (!local.startsWith('/') || local.startsWith('//')) {
          if (/^https?:\/\/localhost/.test(ref)) broken.push(`${page}: ${ref} (another host)`);
          continue;
        }
        if (!local.startsWith(BASE)) broken.push(`${page}: ${ref} (outside ${BASE})`);
        else if (!served(local)) broken.push(`${page}: ${ref} (no such file)`);
      }
    }
    expect(broken).toEqual([]);

    // Feed, sitemap and the search index carry the base path too.
    expect(dist('rss.xml')).toContain(`${ORIGIN}${BASE}reviews/qwen/`);
    const sitemap = files(DIST, /^sitemap-\d+\.xml$/)
      .map((f) => readFileSync(f, 'utf8'))
      .join('');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(20);
    expect(locs.filter((l) => !l.startsWith(`${ORIGIN}${BASE}`) || !served(new URL(l).pathname))).toEqual([]);
  });
});
