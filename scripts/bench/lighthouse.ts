// Lighthouse (mobile preset, the default) as measures.md defines it: median of N runs per
// page. The caller serves the site through the compressing static server.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

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
  const chrome = await chromeLauncher.launch({ chromePath: opts.chromePath, chromeFlags: opts.flags, port: opts.port });
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
