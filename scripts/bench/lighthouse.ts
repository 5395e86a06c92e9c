// Lighthouse (mobile preset, the default) as measures.md defines it: median of N runs per
// page. The caller serves the site through the compressing static server.
//
// Lighthouse and its launcher are the bench's alone, and with their dependencies (Puppeteer,
// Sentry, trace engine) they were 89 of the 729 packages every `npm ci` unpacked: 10 s of a
// fresh clone's CI install, for a tool no test runs. They live in their own package
// (lighthouse-kit/, exact versions, its own lockfile), installed by `npm ci` there on the bench's
// first Lighthouse run. Their types are therefore not on the project's import path; the bench
// states the part of their API it calls below.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const KIT = join(import.meta.dirname, 'lighthouse-kit');

/** The part of chrome-launcher's API the bench calls. */
interface ChromeLauncher {
  launch(o: {
    chromePath: string;
    chromeFlags: string[];
    port: number;
  }): Promise<{ port: number; process: ChildProcess; kill(): void }>;
}

/** The part of Lighthouse's API (and of its result) the bench calls. */
type Lighthouse = (
  url: string,
  flags: {
    port: number;
    output: 'json';
    logLevel: 'error';
    onlyCategories: string[];
    throttling?: { cpuSlowdownMultiplier: number };
  },
) => Promise<
  | {
      lhr: {
        categories: Record<string, { score: number | null } | undefined>;
        audits: Record<string, { numericValue?: number } | undefined>;
        environment: { benchmarkIndex: number };
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

/** The preset's CPU slowdown (Lighthouse 13's mobile default). */
export const DEFAULT_CPU_SLOWDOWN = 4;

/**
 * The CPU slowdown Lighthouse's own docs suggest for a host of this benchmarkIndex, so that the
 * run emulates the device the default means (docs/throttling.md, "Calibrating the CPU slowdown":
 * the constant 4× "moves a typical run in the high-end desktop bracket" (index 1500–2000) "into
 * the mid-tier mobile bracket"; from a low-end desktop (1000–1500) or a high-end phone (800–1200)
 * the table's suggestion is 2×, from a mid-tier phone (125–800) 1×). The bench reports scores at
 * this multiplier beside the preset's, never instead of them: it explains a miss, it is no target.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
    throw new Error(`lighthouse: benchmarkIndex must be a positive number, got ${benchmarkIndex}`);
  if (benchmarkIndex >= 1500) return DEFAULT_CPU_SLOWDOWN;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}

export interface LighthouseMedian {
  /** Category scores (0–100) of the run with the median performance score. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Every run's performance score, in run order. */
  perfRuns: number[];
  tbtMs: number;
  lcpMs: number;
  /** Every run's host benchmarkIndex (Lighthouse's measure of this machine's CPU), in run order. */
  benchmarkIndexes: number[];
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function lighthouseMedian(
  urls: string[],
  opts: {
    chromePath: string;
    flags: string[];
    port: number;
    runs?: number;
    /** the preset's 4× unless given (calibratedCpuSlowdown) */
    cpuSlowdown?: number;
    /** all four unless given; a performance-only run leaves the other scores at 0 */
    categories?: ReadonlyArray<(typeof CATEGORIES)[number]>;
  },
): Promise<Map<string, LighthouseMedian>> {
  const runs = opts.runs ?? 3;
  const categories = opts.categories ?? CATEGORIES;
  const throttling = opts.cpuSlowdown === undefined ? {} : { throttling: { cpuSlowdownMultiplier: opts.cpuSlowdown } };
  const out = new Map<string, LighthouseMedian>();
  const { launcher, lighthouse } = await loadKit();
  const chrome = await launcher.launch({ chromePath: opts.chromePath, chromeFlags: opts.flags, port: opts.port });
  try {
    for (const url of urls) {
      const results: Array<{ scores: LighthouseMedian['scores']; tbt: number; lcp: number; bi: number }> = [];
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
          ...throttling,
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
          bi: r.lhr.environment.benchmarkIndex,
        });
      }
      const perfRuns = results.map((x) => x.scores.performance);
      const mid = [...results].sort((a, b) => a.scores.performance - b.scores.performance)[
        Math.floor(results.length / 2)
      ]!;
      out.set(url, {
        scores: mid.scores,
        perfRuns,
        tbtMs: Math.round(mid.tbt),
        lcpMs: Math.round(mid.lcp),
        benchmarkIndexes: results.map((x) => Math.round(x.bi)),
      });
    }
  } finally {
    // kill() only signals: wait for the exit, or a second call on the same port (the bench's
    // calibrated pass) finds the dying browser there and loses its connection
    const running = chrome.process.exitCode === null && chrome.process.signalCode === null;
    const exited = running ? once(chrome.process, 'exit') : Promise.resolve();
    chrome.kill();
    await exited;
  }
  return out;
}
