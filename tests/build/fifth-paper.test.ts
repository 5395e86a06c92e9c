// A fifth paper needs no code: copy the site, add a clearly fictional test-only paper
// (tests/fixtures/fifth-paper: paper card, models, a benchmark, results + configs,
// comparison facts, a short MDX review), build with the search index, and find it on the
// home page, in the explorer data, on every comparison page where it has data, in the
// Pagefind index and in the RSS feed — with every file under src/ unchanged.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'fifth-paper');
const PROJECT = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'content', 'scripts'];
const work = mkdtempSync(join(tmpdir(), 'prn-fifth-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) =>
    readdirSync(d).sort().forEach((n) => {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(dir, p)).update(readFileSync(p));
    });
  walk(dir);
  return h.digest('hex');
}

const dist = (...p: string[]) => readFileSync(join(work, 'dist', ...p), 'utf8');
let build = { code: 1, output: '' };
let srcAtCopy = '';

beforeAll(() => {
  for (const f of PROJECT) cpSync(join(ROOT, f), join(work, f), { recursive: true });
  srcAtCopy = treeHash(join(work, 'src'));
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  cpSync(join(FIXTURE, 'content'), join(work, 'content'), { recursive: true });
  appendFileSync(join(work, 'content/data/models.yaml'), readFileSync(join(FIXTURE, 'models-append.yaml'), 'utf8'));
  appendFileSync(join(work, 'content/data/benchmarks.yaml'), readFileSync(join(FIXTURE, 'benchmarks-append.yaml'), 'utf8'));
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  const a = spawnSync('npx', ['astro', 'build'], { cwd: work, env, encoding: 'utf8', timeout: 1_500_000 });
  const b = a.status === 0 ? spawnSync(process.execPath, ['scripts/index-search.ts'], { cwd: work, env, encoding: 'utf8', timeout: 120_000 }) : a;
  build = { code: b.status ?? 1, output: `${a.stdout}\n${a.stderr}\n${b === a ? '' : `${b.stdout}\n${b.stderr}`}` };
}, 1_700_000);

describe('a fifth paper is content only', () => {
  it('builds with no file under src/ changed', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    // the copy's src/ is the repository's, untouched by adding the paper and by the build
    expect(srcAtCopy).not.toBe('');
    expect(treeHash(join(work, 'src'))).toBe(srcAtCopy);
    expect(existsSync(join(work, 'src', 'pages', 'reviews', 'zz-fictional'))).toBe(false);
  });

  it('appears on the home page, its review page and in the RSS feed', () => {
    expect(dist('index.html')).toContain('/reviews/zz-fictional/');
    expect(dist('reviews', 'zz-fictional', 'index.html')).toContain('Zyzzyva 3B는 실제로 존재하지 않는 모델입니다');
    expect(dist('rss.xml')).toContain('Zyzzyva 가상 논문 리뷰 (테스트 전용)');
  });

  it('appears in the explorer data and on its paper page', () => {
    const data = dist('benchmarks', 'data.json');
    expect(data).toContain('zz-fictional-3b');
    expect(data).toContain('zz-riddles');
    expect(dist('papers', 'zz-fictional', 'index.html')).toContain('가상 벤치마크 결과');
  });

  it('appears on every comparison page where it has data, with computed cells', () => {
    for (const [topic, model] of [['architecture', 'zz-fictional-3b'], ['training', 'zz-fictional-3b'], ['alignment', 'zz-fictional-3b-chat'], ['long-context', 'zz-fictional-3b'], ['tokenizers', 'zz-fictional-3b']] as const)
      expect(dist('compare', topic, 'index.html'), topic).toContain(`id="row-${model}"`);
    // 2 × 24 layers × 4 KV heads × 128 (2560 ÷ 20) × 2 bytes = 49,152 B = 48 KiB
    const arch = dist('compare', 'architecture', 'index.html');
    expect(arch).toMatch(/id="row-zz-fictional-3b"[\s\S]*?>48<\/span>/);
    expect(dist('compare', 'memory', 'index.html')).toContain('Zyzzyva 3B');
    // its point on the KV-cache chart: 1.78B parameters (counted, tied embedding), 48 KiB, GQA column
    expect(readFileSync(join(work, 'dist', 'charts', 'compare-kv-cache.csv'), 'utf8')).toMatch(/^1\.78,,48\r?$/m);
    // the review's <Compare> shows up as a backlink
    expect(arch).toContain('/reviews/zz-fictional/#summary');
  });

  it('is in the Pagefind search index', () => {
    const dir = join(work, 'dist', 'pagefind', 'fragment');
    expect(existsSync(dir)).toBe(true);
    const fragments = readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^[^{]*/, '')) as { url: string; content: string });
    const hit = fragments.find((f) => f.url === '/reviews/zz-fictional/');
    expect(hit?.content).toContain('Zyzzyva');
  });
});
