// Lighthouse (mobile preset, the default) as measures.md defines it: median of N runs per
// page. The caller serves the site through the compressing static server.
//
// Lighthouse and its launcher are the bench's alone, and with their dependencies (Puppeteer,
// Sentry, trace engine) they were 89 of the 729 packages every `npm ci` unpacked: 10 s of a
// fresh clone's CI install, for a tool no test runs. They live in their own package
// (lighthouse-kit/, exact versions, its own lockfile), installed by `npm ci` there on the bench's
// first Lighthouse run. Their types are therefore not on the project's import path; the bench
// states the part of their API it calls below.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const KIT = join(import.meta.dirname, 'lighthouse-kit');

/** The part of chrome-launcher's API the bench calls. */
interface ChromeLauncher {
  launch(o: { chromePath: string; chromeFlags: string[]; port: number }): Promise<{ port: number; kill(): void }>;
}

/** The part of Lighthouse's API (and of its result) the bench calls. */
type Lighthouse = (
  url: string,
  flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] },
) => Promise<
  | {
      lhr: {
        categories: Record<string, { score: number | null } | undefined>;
        audits: Record<string, { numericValue?: number } | undefined>;
      };
    }
  | undefined
>;

/** Installs the kit on first use (exactly its lockfile), with the npm of the Node running the bench. */
function installKit(): void {
  if (existsSync(join(KIT, 'node_modules', 'lighthouse', 'package.json'))) return;
  console.error('lighthouse: installing scripts/bench/lighthouse-kit (first run only) …');
  const npmBin = dirname(process.execPath);
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: KIT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PATH: `${npmBin}:${process.env.PATH ?? ''}` },
  });
  if (r.status !== 0)
    throw new Error(
      `lighthouse: \`npm ci\` in ${KIT} failed (exit ${r.status ?? r.signal}); the bench needs the registry once for it`,
    );
}

async function loadKit(): Promise<{ launcher: ChromeLauncher; lighthouse: Lighthouse }> {
  installKit();
  const resolve = createRequire(join(KIT, 'package.json')).resolve;
  const load = (name: string): Promise<unknown> => import(pathToFileURL(resolve(name)).href);
  const [launcher, lh] = await Promise.all([load('chrome-launcher'), load('lighthouse')]);
  return { launcher: launcher as ChromeLauncher, lighthouse: (lh as { default: Lighthouse }).default };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseMedian {
  /** Category scores (0–100) of the run with the median performance score. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Every run's performance score, in run order. */
  perfRuns: number[];
  tbtMs: number;
  lcpMs: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function lighthouseMedian(
  urls: string[],
  opts: { chromePath: string; flags: string[]; port: number; runs?: number },
): Promise<Map<string, LighthouseMedian>> {
  const runs = opts.runs ?? 3;
  const out = new Map<string, LighthouseMedian>();
  const { launcher, lighthouse } = await loadKit();
  const chrome = await launcher.launch({ chromePath: opts.chromePath, chromeFlags: opts.flags, port: opts.port });
  try {
    for (const url of urls) {
      const results: Array<{ scores: LighthouseMedian['scores']; tbt: number; lcp: number }> = [];
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!r) throw new Error(`lighthouse returned nothing for ${url}`);
        const c = r.lhr.categories;
        const scores = Object.fromEntries(
          CATEGORIES.map((k) => [k, Math.round((c[k]?.score ?? 0) * 100)]),
        ) as LighthouseMedian['scores'];
        results.push({
          scores,
          tbt: r.lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          lcp: r.lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        });
      }
      const perfRuns = results.map((x) => x.scores.performance);
      const mid = [...results].sort((a, b) => a.scores.performance - b.scores.performance)[
        Math.floor(results.length / 2)
      ]!;
      out.set(url, { scores: mid.scores, perfRuns, tbtMs: Math.round(mid.tbt), lcpMs: Math.round(mid.lcp) });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
