// Where a search query's time goes (#15 point 1): types a query into the open dialog and prints
// a timeline (last keystroke, each fetch, first result in the list, results marked done) and the
// main-thread CPU time by function from a Chromium CPU profile over the same span.
// Usage: BENCH_URL=http://localhost:4441 npm exec -- node scripts/bench/search-profile.ts [query…]
import { chromium, type Page } from '@playwright/test';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

type Win = {
  __t: { key?: number; first?: number; done?: number; fetches: Array<[string, number, number]> };
};

async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Win;
    w.__t = { fetches: [] };
    const orig = window.fetch.bind(window);
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const t0 = performance.now();
      const r = await orig(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      w.__t.fetches.push([url, t0, performance.now()]);
      return r;
    };
  });
}

async function profileQuery(page: Page, q: string): Promise<void> {
  const input = page.locator('[data-search-dialog] [data-search-input]');
  await input.fill('');
  await page.evaluate(() => {
    const w = window as unknown as Win;
    w.__t = { fetches: [] };
    const list = document.querySelector<HTMLElement>('[data-search-dialog] [data-search-results]')!;
    const input = document.querySelector<HTMLInputElement>('[data-search-dialog] [data-search-input]')!;
    input.addEventListener(
      'input',
      () => {
        w.__t = { key: performance.now(), fetches: [] };
      },
      { capture: true },
    );
    new MutationObserver(() => {
      // "first": the result list for the typed query is drawn; "done": its excerpts are all in
      const mine = w.__t.key && list.dataset.query === input.value.trim();
      if (mine && !w.__t.first) w.__t.first = performance.now();
      if (mine && list.dataset.filled === list.dataset.generation) w.__t.done = performance.now();
    }).observe(list, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-generation', 'data-filled'],
    });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await input.pressSequentially(q, { delay: 25 });
  await page.waitForFunction(() => (window as unknown as Win).__t.done !== undefined);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  const t = await page.evaluate(() => (window as unknown as Win).__t);
  const rel = (x?: number) => (x === undefined ? '-' : `${Math.round(x - t.key!)} ms`);
  console.log(`\n“${q}”: results ${rel(t.first)}, excerpts in ${rel(t.done)}`);
  for (const [u, a, b] of t.fetches)
    console.log(`  fetch ${rel(a)} → ${rel(b)}  ${u.replace(/^https?:\/\/[^/]+/, '').slice(0, 60)}`);
  // self time per function (ms), only for samples after the last keystroke
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let clock = profile.startTime;
  // profile timestamps are monotonic µs; align by the span's end instead of wall time
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const spanUs = (t.done! - t.key!) * 1000;
  profile.samples.forEach((id, i) => {
    clock += profile.timeDeltas[i]!;
    if (clock - profile.startTime < total - spanUs) return;
    const n = byId.get(id)!;
    const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 14);
  for (const [name, ms] of top) console.log(`  cpu ${ms.toFixed(1).padStart(6)} ms  ${name}`);
  await cdp.detach();
}

const base = process.env.BENCH_URL ?? 'http://localhost:4441';
const queries = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await instrument(page);
await page.goto(base + '/reviews/llama-2/');
await page.waitForLoadState('load');
await page.keyboard.press('Control+k');
await page.locator('[data-search-dialog] [data-search-input]').waitFor({ state: 'visible' });
await page.waitForTimeout(1000);
for (const q of queries.length
  ? queries
  : ['DeepSeek 67B MMLU', 'GQA', '토크나이저를', 'reward model', '라마2 70B GSM8K'])
  await profileQuery(page, q);
await browser.close();
