// End to end: build a copy of the site with one broken fixture added, and check
// that `astro build` fails naming the file, the field (or line) and the expectation — and
// that it leaves no output directory behind that could pass for a finished site.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'build-broken');
const work = mkdtempSync(join(tmpdir(), 'prn-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The project files a build needs; node_modules is linked, not copied.
const PROJECT = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'content'];

function buildWith(fixture: string): { code: number; output: string; outDir: string } {
  const root = join(work, fixture);
  for (const f of PROJECT) cpSync(join(ROOT, f), join(root, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  cpSync(join(FIXTURES, fixture), root, { recursive: true });
  const outDir = join(root, 'dist');
  const r = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: r.status ?? 1, output: `${r.stdout}\n${r.stderr}`, outDir };
}

const CASES: Array<[string, RegExp[]]> = [
  ['missing-field', [/content\/papers\/zz-extra\.yaml → title: .*expected string, received undefined/]],
  ['missing-frontmatter', [/content\/concepts\/zz-check\.mdx → frontmatter\.summary: .*expected string, received undefined/]],
  ['wrong-type', [/content\/data\/results\/zz-extra\.yaml → tables\[0\]\.rows\[0\]\.score: .*expected number, received string/]],
  ['unknown-model', [/zz-extra\.yaml → tables\[0\]\.rows\[0\]\.model: a model id from content\/data\/models\.yaml, got "qwen-700b"/]],
  ['unknown-benchmark', [/zz-extra\.yaml → tables\[0\]\.rows\[0\]\.benchmark: a benchmark id .*, got "mmlu-redux"/]],
  ['score-out-of-range', [/zz-extra\.yaml → tables\[0\]\.rows\[0\]\.score: a score within MMLU's range \[0, 100\], got 582/]],
  ['duplicate-row', [/zz-extra\.yaml → tables\[0\]\.rows\[1\]: one row per \(model, benchmark, shots, setting\)/]],
  ['unknown-concept', [/content\/concepts\/zz-check\.mdx:\d+ → <Concept id>: a concept id from content\/concepts\/, got "no-such-concept"/]],
  ['unknown-chart', [/content\/concepts\/zz-check\.mdx:\d+ → <Chart id>: a chart id .*got "no-such-chart"/]],
  ['unknown-score', [/content\/concepts\/zz-check\.mdx:\d+ → <Score>: exactly one row for qwen-7b \/ no-such-benchmark in qwen table-2, found 0/]],
  ['broken-link', [/content\/concepts\/zz-check\.mdx:\d+ → link: an anchor that exists on \/reviews\/qwen\/ .*got "#no-such-section"/]],
  ['invalid-mdx', [/zz-check\.mdx/, /Callout|closing tag|Expected a closing tag/i]],
];

describe('a broken content file stops the build', () => {
  it('the fixtures cover every case', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(CASES.map((c) => c[0]).sort());
  });
  it.each(CASES)('%s', (fixture, patterns) => {
    const r = buildWith(fixture);
    expect(r.code, r.output.slice(-2000)).not.toBe(0);
    for (const p of patterns) expect(r.output).toMatch(p);
    expect(existsSync(join(r.outDir, 'index.html')), 'a failed build must not leave a site behind').toBe(false);
  }, 180_000);
});
