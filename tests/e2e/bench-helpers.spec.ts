// The bench's own helpers (scripts/bench/*, scripts/static-server.ts) measure what their
// labels say: the search wait cannot return on stale results, and the byte counter equals
// what the browser received, compressed, on a fixture page with known files.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer, GZIP_LEVEL, type StaticServer } from '../../scripts/static-server.ts';
import { firstVisit, isScript } from '../../scripts/bench/transfer.ts';
import { timeQuery, waitForResults } from '../../scripts/bench/search-wait.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'bench-page');
const gz = (f: string) => gzipSync(readFileSync(join(FIXTURE, f)), { level: GZIP_LEVEL }).length;
const raw = (f: string) => readFileSync(join(FIXTURE, f)).length;

test.describe('bench search wait', () => {
  test('waitForResults ignores results of the previous query and of earlier runs, and resolves on the new ones', async ({
    page,
  }) => {
    await page.setContent('<div data-root><input data-search-input><ol data-search-results></ol></div>');
    const render = (q: string, gen: number, items: string[]) =>
      page.evaluate(
        ({ q, gen, items }) => {
          const ol = document.querySelector<HTMLElement>('[data-search-results]')!;
          ol.replaceChildren(...items.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
          ol.dataset.query = q;
          ol.dataset.generation = String(gen);
        },
        { q, gen, items },
      );
    const frames = (n: number) =>
      page.evaluate(
        (n) =>
          new Promise<void>((done) => {
            const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
            step(n);
          }),
        n,
      );

    await render('A', 1, ['A의 결과']);
    let resolved = false;
    const wait = waitForResults(page, '[data-root]', 'B', 1).then((g) => ((resolved = true), g));
    // A's results stay on screen, even re-rendered as a newer generation: not B's
    await render('A', 2, ['A의 결과']);
    await frames(5);
    expect(resolved).toBe(false);
    await render('B', 3, ['B의 결과']);
    expect(await wait).toBe(3);

    // The same query typed again: its old results (generation 3) must not satisfy a new wait.
    resolved = false;
    const again = waitForResults(page, '[data-root]', 'B', 3).then((g) => ((resolved = true), g));
    await frames(5);
    expect(resolved).toBe(false);
    await render('B', 4, ['B의 새 결과']);
    expect(await again).toBe(4);
    await expect(page.locator('[data-search-results] li')).toHaveText(['B의 새 결과']);
  });

  test('on the real search page, timeQuery returns only once the new query’s results are in the DOM', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000); // two cold index loads on a busy 2-core machine
    const titles = (p: typeof page) => p.locator('[data-search-page] .search-hit > a .search-title').allTextContents();
    await page.goto('/search/');
    const a = await timeQuery(page, '[data-search-page]', '토크나이저');
    const forA = await titles(page);
    // a two-letter word waits out the widget's 40 ms debounce (a longer one searches at once)
    const b = await timeQuery(page, '[data-search-page]', 'KV');
    const forB = await titles(page); // read right when the wait returned
    expect(b.generation).toBeGreaterThan(a.generation);
    expect(b.ms).toBeGreaterThanOrEqual(40); // the debounce is inside the measured time
    expect(b.filledMs).toBeGreaterThanOrEqual(b.ms); // excerpts are in no sooner than the list
    expect(forB).not.toEqual(forA);
    // the same query on a fresh page gives the same results: what we saw were B's
    const fresh = await browser.newPage();
    await fresh.goto('/search/?q=KV');
    await waitForResults(fresh, '[data-search-page]', 'KV', 0);
    expect(await titles(fresh)).toEqual(forB);
    await fresh.close();
  });
});

test.describe('bench byte counter', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await startStaticServer({
      root: FIXTURE,
      port: Number(process.env.BENCH_TEST_PORT ?? 0),
      compression: 'gzip',
    });
  });
  test.afterAll(async () => server.close());

  test('counts the compressed bytes the browser received, idle-time scripts and worker fetches included', async ({
    page,
  }) => {
    const counter = await firstVisit(page, server.url + '/');
    await expect(page.locator('body')).toHaveAttribute('data-late', '50');
    await expect(page.locator('body')).toHaveAttribute('data-worker', '600');
    const got = Object.fromEntries((await counter.entries()).map((e) => [new URL(e.url).pathname, e.bodyBytes]));

    // 1. what the server sent, per file (gzip where compressible, PNG as stored)
    const expected: Record<string, number> = {
      '/': gz('index.html'),
      '/style.css': gz('style.css'),
      '/app.js': gz('app.js'),
      '/late.js': gz('late.js'),
      '/data.json': gz('data.json'),
      '/pic.svg': gz('pic.svg'),
      '/dot.png': raw('dot.png'),
      '/worker.js': gz('worker.js'),
      '/words.json': gz('words.json'), // fetched inside the worker
    };
    for (const [path, bytes] of Object.entries(expected)) expect(got[path], path).toBe(bytes);
    const sent = Object.fromEntries(server.sent.map((s) => [s.path, s.bodyBytes]));
    expect(got).toEqual(sent); // nothing counted that was not sent, nothing sent that was not counted
    expect(await counter.bodyBytes()).toBe(Object.values(sent).reduce((a, b) => a + b, 0));
    expect(await counter.bodyBytes(isScript)).toBe(gz('app.js') + gz('late.js') + gz('worker.js'));
    expect(gz('data.json')).toBeLessThan(raw('data.json') / 3); // really compressed

    // 2. the page's own Resource Timing agrees (encodedBodySize = compressed body bytes); the
    //    worker's fetch is in the worker's timeline, not the page's
    const rt = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(
        (e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).encodedBodySize] as const,
      ),
    );
    const { '/words.json': _inWorker, ...sentByPage } = sent;
    expect(Object.fromEntries(rt)).toEqual(sentByPage);
    counter.stop();
  });
});
