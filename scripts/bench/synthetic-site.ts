// A temporary copy of the project with N synthetic reviews for the build-growth figure.
// Each synthetic review is a real review (default: PanGu-π Pro) re-pointed at its own
// cloned paper, so it carries every part a real review has: its own results tables (each
// exported as CSV and PNG), its own registry charts (chart page, embed, SVG/PNG/CSV
// exports), benchmark tables, scores, config values, math and labs. Never committed; the
// copy is removed afterwards.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  appendFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitMdx } from '../../src/lib/content/collector.ts';
import { scanComponents } from '../../src/lib/content/mdx-scan.ts';

const COPY = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'content', 'scripts', 'assets'];

export interface SyntheticSite {
  root: string;
  /** Synthetic reviews added (on top of the real ones). */
  added: number;
}

const pad = (i: number) => String(i).padStart(3, '0');

function replaceAllOrFail(text: string, from: RegExp, to: string, what: string): string {
  if (!from.test(text)) throw new Error(`synthetic site: the base review has no ${what} to re-point (pattern ${from})`);
  return text.replace(from, to);
}

/** Appends the synthetic chart ids and registry entries (clones of the base review's series charts). */
function registerCharts(root: string, clones: Array<{ id: string; base: string; paper: string }>): void {
  if (!clones.length) return;
  const list = JSON.stringify(clones);
  appendFileSync(
    join(root, 'src/charts/ids.ts'),
    `\n// bench: synthetic charts (temporary copy only)\n(chartIds as unknown as string[]).push(...${JSON.stringify(clones.map((c) => c.id))});\n`,
  );
  appendFileSync(
    join(root, 'src/charts/registry.ts'),
    `
// bench: synthetic charts (temporary copy only). Each clone draws its own series file
// through the base chart's code by presenting that series under the base series id.
for (const s of ${list} as Array<{ id: string; base: string; paper: string }>) {
  const b = charts.find((d) => d.id === s.base);
  if (!b) throw new Error('synthetic chart base ' + s.base + ' is not in the registry');
  const swap = (c: SiteContent): SiteContent => {
    const own = c.series.find((x) => x.id === s.id);
    if (!own) throw new Error('synthetic chart needs series ' + s.id);
    return { ...c, series: c.series.map((x) => (x.id === s.base ? { ...own, id: s.base } : x)) };
  };
  (charts as ChartDef[]).push({
    ...b,
    id: s.id as ChartId,
    title: b.title + ' · ' + s.paper,
    paper: s.paper,
    source: (c) => b.source(swap(c)),
    series: (c) => b.series(swap(c)),
    data: (c) => b.data(swap(c)),
    render: (c, theme, state, width) => b.render(swap(c), theme, state, width),
  });
}
`,
  );
}

/** The chart ids a review shows, read with the validator's MDX parser (code and comments are not charts). */
function chartIdsOf(mdx: string, review: string): string[] {
  const uses = scanComponents(splitMdx({ file: `content/reviews/${review}.mdx`, text: mdx }).body);
  return [...new Set(uses.filter((u) => u.name === 'Chart' && u.attrs.id).map((u) => u.attrs.id!))];
}

export function makeSyntheticSite(projectRoot: string, added: number, baseReview = 'pangu-pi-pro'): SyntheticSite {
  const root = mkdtempSync(join(tmpdir(), `prn-bench-${added}-`));
  for (const f of COPY) cpSync(join(projectRoot, f), join(root, f), { recursive: true });
  // its own node_modules folder of links, so build caches (.astro, .vite, exports) stay in the copy
  mkdirSync(join(root, 'node_modules'));
  for (const n of readdirSync(join(projectRoot, 'node_modules'))) {
    if (n === '.cache' || n === '.astro' || n === '.vite') continue;
    symlinkSync(join(projectRoot, 'node_modules', n), join(root, 'node_modules', n));
  }

  const review = readFileSync(join(projectRoot, 'content/reviews', `${baseReview}.mdx`), 'utf8');
  const paper = readFileSync(join(projectRoot, 'content/papers', `${baseReview}.yaml`), 'utf8');
  const results = readFileSync(join(projectRoot, 'content/data/results', `${baseReview}.yaml`), 'utf8');
  const chartIds = chartIdsOf(review, baseReview);
  const seriesCharts = chartIds.filter((id) => existsSync(join(projectRoot, 'content/data/series', `${id}.yaml`)));
  if (added > 0 && !seriesCharts.length)
    throw new Error(`synthetic site: ${baseReview}.mdx shows no <Chart> of a series file to clone (or does not parse)`);
  const clones: Array<{ id: string; base: string; paper: string }> = [];
  const esc = baseReview.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

  for (let i = 0; i < added; i++) {
    const id = `synth-${pad(i)}`;
    let p = replaceAllOrFail(paper, new RegExp(`^id: ${esc}$`, 'm'), `id: ${id}`, 'paper id');
    p = replaceAllOrFail(p, /^shortTitle: .*$/m, `shortTitle: "합성 논문 ${pad(i)}"`, 'paper shortTitle');
    writeFileSync(join(root, 'content/papers', `${id}.yaml`), p);
    writeFileSync(
      join(root, 'content/data/results', `${id}.yaml`),
      replaceAllOrFail(results, new RegExp(`^paper: ${esc}$`, 'm'), `paper: ${id}`, 'results paper'),
    );

    let r = replaceAllOrFail(review, new RegExp(`^paper: ${esc}$`, 'm'), `paper: ${id}`, 'frontmatter paper');
    r = r.replace(/^title: .*$/m, `title: "합성 리뷰 ${pad(i)} (빌드 규모 측정용)"`);
    r = r.replace(new RegExp(`paper="${esc}"`, 'g'), `paper="${id}"`);
    for (const chart of seriesCharts) {
      const cid = `${id}-${chart}`;
      const series = readFileSync(join(projectRoot, 'content/data/series', `${chart}.yaml`), 'utf8');
      let s = replaceAllOrFail(series, new RegExp(`^id: ${chart}$`, 'm'), `id: ${cid}`, `series id of ${chart}`);
      s = s.replace(new RegExp(`^paper: ${esc}$`, 'm'), `paper: ${id}`);
      writeFileSync(join(root, 'content/data/series', `${cid}.yaml`), s);
      r = r.replaceAll(`<Chart id="${chart}"`, `<Chart id="${cid}"`);
      clones.push({ id: cid, base: chart, paper: id });
    }
    const left = chartIdsOf(r, id).filter((c) => seriesCharts.includes(c));
    if (left.length) throw new Error(`synthetic site: could not re-point <Chart id> ${left.join(', ')} in ${id}`);
    writeFileSync(join(root, 'content/reviews', `${id}.mdx`), r);
  }
  registerCharts(root, clones);
  return { root, added };
}
